package dev.parallax.model;

/** How a number is hedged or bounded in the text. The names are those of the quantities protocol. */
public enum Qualifier {
  /** Stated as a plain value: "56%". */
  EXACT,
  /** "about", "around", "nearly", "some", "roughly". */
  APPROXIMATE,
  /** "at least", "no fewer than". */
  AT_LEAST,
  /** "more than", "over", "above", "a record" (when it bounds from below). */
  MORE_THAN,
  /** "at most", "up to", "no more than". */
  AT_MOST,
  /** "less than", "under", "fewer than". */
  LESS_THAN,
  /** Two explicit ends: "between 30,000 and 35,000", "10 to 12". */
  RANGE
}
