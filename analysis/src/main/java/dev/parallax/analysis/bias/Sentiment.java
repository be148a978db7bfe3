package dev.parallax.analysis.bias;

/** How a sentence portrays a person or actor. */
public enum Sentiment {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /** -1, 0 or 1. */
  public int sign() {
    return ordinal() - 1;
  }
}
