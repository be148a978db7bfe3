package dev.parallax.model;

/** Whether a claim asserts or denies its predicate. */
public enum Polarity {
  /** "The Taliban accepted the line." */
  AFFIRMATIVE,
  /** "The Taliban have not accepted the line." */
  NEGATED
}
