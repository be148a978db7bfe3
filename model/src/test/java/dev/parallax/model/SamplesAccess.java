package dev.parallax.model;

/** Lets tests in other packages use {@link Samples}. */
public final class SamplesAccess {
  private SamplesAccess() {}

  public static Report report() {
    return Samples.report();
  }
}
