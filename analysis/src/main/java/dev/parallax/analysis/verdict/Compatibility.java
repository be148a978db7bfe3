package dev.parallax.analysis.verdict;

import dev.parallax.model.Interval;
import dev.parallax.model.Qualifier;
import dev.parallax.model.QuantityMention;

/**
 * Whether two figures for the same measured thing can both be true, from their readings
 * ({@link QuantityMention#reading()}) and how they are bounded:
 *
 * <ul>
 *   <li>Readings are half-open: "$5.5 billion" ([5.45, 5.55)) and "$5.6 billion" ([5.55, 5.65)) do
 *       not meet, "51 percent" ([50.5, 51.5)) and "51.2%" do.
 *   <li>A lower bound ("more than 150", "over 270") holds for a figure at or above it, up to half
 *       to twice the bound ({@value #BOUND_REACH} times): a toll that has grown past a rounded-down bound does not
 *       contradict it, but "more than 2,000" does not describe 11,300. An upper bound ("up to 700",
 *       "fewer than 15") likewise holds down to half of it. "At least N" is read as the count N
 *       (how news gives a confirmed toll), as precise as written.
 *   <li>A figure given with fewer digits is compatible with a longer one it truncates: "2.75 million"
 *       and "2,759,256".
 * </ul>
 *
 * Stateless.
 */
final class Compatibility {
  private Compatibility() {}

  /** True when both figures can be true of one measured thing. */
  static boolean compatible(QuantityMention a, QuantityMention b) {
    Interval ra = a.reading();
    Interval rb = b.reading();
    if (ra == null || rb == null) {
      return true;
    }
    if (lowerBound(a) && above(ra.low(), rb) || lowerBound(b) && above(rb.low(), ra)) {
      return true;
    }
    if (upperBound(a) && below(ra.high(), rb) || upperBound(b) && below(rb.high(), ra)) {
      return true;
    }
    if (meet(ra, rb)) {
      return true;
    }
    return truncates(a, b) || truncates(b, a);
  }

  /**
   * How far apart two incompatible figures are, relative to the larger: the gap between the nearer
   * ends of their readings, 0 when they are compatible.
   */
  static double gap(QuantityMention a, QuantityMention b) {
    if (compatible(a, b)) {
      return 0;
    }
    return a.reading().relativeGap(b.reading());
  }

  /** The gap between the two stated values, relative to the larger: 0.107 for 50 against 56. */
  static double valueGap(QuantityMention a, QuantityMention b) {
    double x = value(a);
    double y = value(b);
    double scale = Math.max(Math.abs(x), Math.abs(y));
    return scale == 0 ? 0 : Math.abs(x - y) / scale;
  }

  /** The figure's stated value, or the middle of its reading. */
  static double value(QuantityMention q) {
    if (q.value() != null) {
      return q.value();
    }
    return q.reading().middle();
  }

  /**
   * How far past a bound a figure may lie and still fit it: "more than 150" fits 182 (a toll that grew
   * past a rounded-down bound), but not 11,300 (no one who knew of thousands would write "more than
   * 2,000"). A lower bound N fits figures up to this many times N; an upper bound, down to N over it.
   */
  static final double BOUND_REACH = 2.0;

  /** A figure (its reading {@code r}) fits the lower bound {@code low}: at or above it, and within reach. */
  private static boolean above(double low, Interval r) {
    return r.high() >= low && r.low() <= reach(low);
  }

  /** A figure fits the upper bound {@code high}: at or below it, and within reach. */
  private static boolean below(double high, Interval r) {
    return r.low() <= high && r.high() >= high / BOUND_REACH;
  }

  private static double reach(double low) {
    return low >= 0 ? low * BOUND_REACH : low / BOUND_REACH;
  }

  /**
   * A vague amount with a conventional interval: "dozens", "tens of thousands", "several thousand". A
   * range with two stated ends ("between 30,000 and 35,000") is not vague: its ends bound it, and it is
   * compared by its interval as an exact figure is.
   */
  static boolean vague(QuantityMention q) {
    if (q.qualifier() == Qualifier.RANGE && q.low() != null && q.high() != null) {
      return false;
    }
    return q.value() == null || q.qualifier() == Qualifier.APPROXIMATE && q.low() != null && q.high() != null;
  }

  private static boolean lowerBound(QuantityMention q) {
    return q.qualifier() == Qualifier.MORE_THAN;
  }

  private static boolean upperBound(QuantityMention q) {
    return q.qualifier() == Qualifier.LESS_THAN || q.qualifier() == Qualifier.AT_MOST;
  }

  /** Half-open readings meet; a point meets an interval that holds it. */
  private static boolean meet(Interval a, Interval b) {
    boolean pointA = a.low() == a.high();
    boolean pointB = b.low() == b.high();
    if (pointA || pointB) {
      return a.low() <= b.high() && b.low() <= a.high();
    }
    return a.low() < b.high() && b.low() < a.high();
  }

  /** {@code shorter} is {@code longer} with its last digits dropped: "2.75 million" of "2,759,256". */
  private static boolean truncates(QuantityMention shorter, QuantityMention longer) {
    if (shorter.value() == null || longer.value() == null || shorter.qualifier() != Qualifier.EXACT) {
      return false;
    }
    double step = 2 * (shorter.reading().high() - shorter.value());
    double longerStep = 2 * (longer.reading().high() - longer.value());
    if (step <= 0 || longerStep >= step) {
      return false;
    }
    double truncated = Math.floor(Math.abs(longer.value()) / step + 1e-9) * step;
    return Math.abs(truncated - Math.abs(shorter.value())) < step * 1e-6 && Math.signum(shorter.value())
        == Math.signum(longer.value());
  }
}
