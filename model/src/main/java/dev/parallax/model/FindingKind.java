package dev.parallax.model;

/** The relation a finding reports between claims. */
public enum FindingKind {
  /** Two or more outlets state the same fact, with compatible values. */
  AGREEMENT,
  /** The same measured thing is given values whose intervals do not overlap. */
  NUMERIC_DISCREPANCY,
  /** Aligned claims that cannot both be true: opposite polarity, antonyms, exclusive categories. */
  CONTRADICTION,
  /** A claim and an explicit denial or rejection of it. */
  DISPUTE
}
