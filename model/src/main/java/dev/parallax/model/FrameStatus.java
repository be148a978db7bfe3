package dev.parallax.model;

/** How a number is put forward: what kind of figure it is, which decides what it may be compared with. */
public enum FrameStatus {
  /** A count or a measurement given as fact ("91 people were killed"). */
  COUNT,
  /** An estimate ("estimated at $5.5 billion", "likely 100 to 300"). */
  ESTIMATE,
  /** A projection, fear or ceiling about the future ("could reach 1,000", "is expected to rise to 20,000"). */
  PROJECTION,
  /** A reference value in a comparison, not a figure of the story ("stronger than a magnitude of 6.0"). */
  THRESHOLD
}
