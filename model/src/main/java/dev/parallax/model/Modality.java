package dev.parallax.model;

/** The stance in which a claim is made. */
public enum Modality {
  /** Stated as fact in the outlet's own voice. */
  ASSERTED,
  /** Softened: "probably", "may", "seems", "is unlikely to". */
  HEDGED,
  /** A recommendation or demand: "must", "should", "needs to". */
  PRESCRIPTIVE,
  /** Somebody else's words, reported: see the claim's attribution. */
  REPORTED
}
