package dev.parallax.model;

/** The direction of a change a number describes: "rose by 50%", "fell to 9", "doubled". */
public enum Change {
  /** The number is the size of a rise, or the level after one. */
  INCREASE,
  /** The number is the size of a fall, or the level after one. */
  DECREASE
}
