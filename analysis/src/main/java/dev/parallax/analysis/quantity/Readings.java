package dev.parallax.analysis.quantity;

import dev.parallax.model.Interval;

/**
 * The reading of a reported number: the interval it stands for when compared with another
 * outlet's number (ARCHITECTURE.md, "Numbers are intervals"). One table, one place:
 *
 * <table>
 *   <caption>Reading rules; v is the stated value, g its rounding step</caption>
 *   <tr><th>hedge</th><th>example</th><th>reading</th></tr>
 *   <tr><td>EXACT</td><td>"56%"</td><td>[v, v]</td></tr>
 *   <tr><td>ABOUT</td><td>"about 3.7 million"</td><td>[v − 5%, v + 5%] = [3.515e6, 3.885e6]</td></tr>
 *   <tr><td>NEARLY</td><td>"nearly 20 years"</td><td>[v − 10%, v] = [18, 20]</td></tr>
 *   <tr><td>MORE_THAN</td><td>"more than 5,200"</td><td>[v, v + s] = [5200, 5460]</td></tr>
 *   <tr><td>AT_LEAST</td><td>"at least 200"</td><td>[v, v + s] = [200, 220]</td></tr>
 *   <tr><td>LESS_THAN</td><td>"less than 15%"</td><td>[v − s, v] = [14, 15]</td></tr>
 *   <tr><td>AT_MOST</td><td>"up to 700"</td><td>[v − max(s, 10%), v] = [630, 700]</td></tr>
 *   <tr><td>RANGE</td><td>"35-30 thousand"</td><td>[low, high] = [30000, 35000]</td></tr>
 *   <tr><td>VAGUE</td><td>"millions"</td><td>the table in {@link VagueAmounts}: [1e6, 1e7]</td></tr>
 * </table>
 *
 * <p>The spread s of a one-sided bound is the rounding step g of the number, kept between 5% and
 * 10% of the value. g is the place value of the last non-zero digit: 540,000 has g = 10,000,
 * 1,500 has g = 100, 3.7 million has g = 100,000, 56 has g = 1. A journalist who writes "more
 * than 1,500" has rounded down to the hundred, so the true figure is read as lying within one
 * step above ([1500, 1600]); "more than 40" reads [40, 44], "more than 540,000" [540000, 567000]. Bounds are read as
 * closed (the interval type is closed); "more than 40" includes 40 in its reading, which only
 * matters at the exact edge. Negative values are mirrored so that "more than" always moves up.
 */
final class Readings {
  private Readings() {}

  /** Half-width of ABOUT, as a fraction of the value. */
  static final double ABOUT_SPREAD = 0.05;
  /** How far below the value NEARLY reaches, as a fraction of the value. */
  static final double NEARLY_SPREAD = 0.10;
  /** The minimum spread of one-sided bounds, as a fraction of the value. */
  static final double BOUND_SPREAD = 0.05;
  /** The maximum spread of one-sided bounds, as a fraction of the value. */
  static final double MAX_BOUND_SPREAD = 0.10;
  /** The minimum spread of "up to" and "at most". */
  static final double AT_MOST_SPREAD = 0.10;

  /** The reading of a single hedged value. */
  static Interval of(Hedge hedge, double v) {
    double a = Math.abs(v);
    double s = Math.min(Math.max(step(v), BOUND_SPREAD * a), MAX_BOUND_SPREAD * a);
    if (a == 0) {
      s = 1;
    }
    switch (hedge) {
      case ABOUT:
        return new Interval(v - ABOUT_SPREAD * a, v + ABOUT_SPREAD * a);
      case NEARLY:
        return new Interval(v - NEARLY_SPREAD * a, v);
      case MORE_THAN:
      case AT_LEAST:
        return new Interval(v, v + s);
      case LESS_THAN:
        return new Interval(v - s, v);
      case AT_MOST:
        return new Interval(v - Math.max(s, AT_MOST_SPREAD * a), v);
      case EXACT:
      case RANGE:
      case VAGUE:
      default:
        return Interval.point(v);
    }
  }

  /** The reading of a range with two explicit ends, in either order. */
  static Interval range(double a, double b) {
    return new Interval(Math.min(a, b), Math.max(a, b));
  }

  /**
   * The rounding step of a value: the place value of its last non-zero digit (1 for 56, 100 for
   * 1,500, 0.1 for 2.5); 1 for zero. Values with more than six decimals get their own magnitude
   * divided by a million, so the step never vanishes.
   */
  static double step(double v) {
    double a = Math.abs(v);
    if (a == 0) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(a)));
    for (int k = 0; k < 24; k++) {
      double q = a / p;
      if (Math.abs(q - Math.rint(q)) < 1e-9 * Math.max(1, q)) {
        return p;
      }
      p /= 10;
    }
    return Math.pow(10, Math.floor(Math.log10(a))) / 1e6;
  }
}
