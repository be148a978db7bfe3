package dev.parallax.model;

/** Who owns an outlet, as recorded in the outlet registry. Shown for context, never used to score. */
public enum Ownership {
  /** Owned or controlled by a government. */
  STATE,
  /** Publicly funded with editorial independence by statute. */
  PUBLIC,
  /** Privately owned, commercial or non-profit. */
  PRIVATE,
  /** Not recorded. */
  UNKNOWN
}
