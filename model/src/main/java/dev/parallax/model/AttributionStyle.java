package dev.parallax.model;

/** How an article attributes a statement to someone. */
public enum AttributionStyle {
  /** Words in quotation marks with a speaker: "..." he said. */
  DIRECT_QUOTE,
  /** Reported speech without quotation marks: X said that ..., X warned ... */
  REPORTED_SPEECH,
  /** A source named for a fact: according to X, X's figures show ... */
  ACCORDING_TO
}
