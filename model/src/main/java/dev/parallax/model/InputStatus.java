package dev.parallax.model;

/** What became of one input file. */
public enum InputStatus {
  /** Read and analysed. */
  ANALYSED,
  /** The same text as an earlier input; counted once. */
  DUPLICATE,
  /** Not analysed; the diagnostics say why. */
  SKIPPED
}
