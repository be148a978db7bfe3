package dev.parallax.model;

/**
 * A closed interval of real numbers, {@code [low, high]}, used as the reading of a reported number.
 *
 * <p>"56%" reads as {@code [56, 56]}; "about 3.7 million" as roughly {@code [3.5e6, 3.9e6]}; "more
 * than 5,200" as a little above 5,200. Two numbers about the same thing agree when their readings
 * {@linkplain #overlaps overlap}.
 *
 * @param low lower end, finite
 * @param high upper end, finite, {@code >= low}
 */
public record Interval(double low, double high) {

  public Interval {
    Checks.finite(low, "low");
    Checks.finite(high, "high");
    if (high < low) {
      throw new IllegalArgumentException("interval high " + high + " is below low " + low);
    }
  }

  /** The interval holding just {@code value}. */
  public static Interval point(double value) {
    return new Interval(value, value);
  }

  /** True when the two intervals share at least one number. */
  public boolean overlaps(Interval other) {
    return low <= other.high && other.low <= high;
  }

  /** The midpoint. */
  public double middle() {
    return low / 2 + high / 2;
  }

  /**
   * The gap between two disjoint intervals relative to the larger magnitude of the closer ends:
   * {@code [50,50]} and {@code [56,56]} are 0.107 apart. Zero when they overlap.
   */
  public double relativeGap(Interval other) {
    if (overlaps(other)) {
      return 0.0;
    }
    double nearA = high < other.low ? high : low;
    double nearB = high < other.low ? other.low : other.high;
    double scale = Math.max(Math.abs(nearA), Math.abs(nearB));
    return scale == 0.0 ? 0.0 : Math.abs(nearB - nearA) / scale;
  }
}
