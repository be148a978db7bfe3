package dev.parallax.analysis.quantity;

import dev.parallax.model.Interval;

/**
 * The reading of a reported number: the interval it stands for when compared with another
 * outlet's number (ARCHITECTURE.md, "Numbers are intervals"). One table, one place:
 *
 * <table>
 *   <caption>Reading rules; v is the stated value, g its rounding step</caption>
 *   <tr><th>hedge</th><th>example</th><th>reading</th></tr>
 *   <tr><td>EXACT</td><td>"56%", "2.75 million", "2,122"</td><td>[v − h, v + h], h half the step of the
 *       last written digit: [55.5, 56.5], [2.745e6, 2.755e6]; a whole number written in full is rounded by
 *       at most 0.5%: [2121.5, 2122.5] ({@link #halfStep})</td></tr>
 *   <tr><td>ABOUT</td><td>"about 3.7 million"</td><td>[v − 5%, v + 5%] = [3.515e6, 3.885e6]</td></tr>
 *   <tr><td>NEARLY</td><td>"nearly 20 years"</td><td>[v − 10%, v] = [18, 20]</td></tr>
 *   <tr><td>MORE_THAN</td><td>"more than 5,200"</td><td>[v, v + s] = [5200, 5460]</td></tr>
 *   <tr><td>AT_LEAST</td><td>"at least 200"</td><td>as EXACT: "at least 91 killed" is how news gives a
 *       confirmed count</td></tr>
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

  /** The reading of a single hedged value, as if written with all its digits. */
  static Interval of(Hedge hedge, double v) {
    return of(hedge, v, null);
  }

  /**
   * The reading of a single hedged value. {@code written} is the mention's text ("51.2%", "2.75
   * million"), which says how precise the number is; null reads the value as exact.
   */
  static Interval of(Hedge hedge, double v, String written) {
    double a = Math.abs(v);
    double s = Math.min(Math.max(step(v), BOUND_SPREAD * a), MAX_BOUND_SPREAD * a);
    if (a == 0) {
      s = 1;
    }
    double h = written == null ? 0 : halfStep(v, written);
    switch (hedge) {
      case ABOUT:
        return new Interval(v - ABOUT_SPREAD * a, v + ABOUT_SPREAD * a);
      case NEARLY:
        return new Interval(v - NEARLY_SPREAD * a, v);
      case MORE_THAN:
        return new Interval(v, v + s);
      case AT_LEAST:
        // "at least 91 killed" is how news gives a confirmed count: read as the count, as precise as written
        return new Interval(v - h, v + h);
      case LESS_THAN:
        return new Interval(v - s, v);
      case AT_MOST:
        return new Interval(v - Math.max(s, AT_MOST_SPREAD * a), v);
      case EXACT:
      case RANGE:
      case VAGUE:
      default:
        return new Interval(v - h, v + h);
    }
  }

  /** The most a whole number written in full ("2,122", "500") is taken to be rounded, as a fraction of it. */
  static final double WHOLE_NUMBER_ROUNDING = 0.005;

  private static final java.util.regex.Pattern NUMERAL =
      java.util.regex.Pattern.compile("\\d[\\d,\\u00a0 ]*(?:\\.\\d+)?");

  /**
   * Half the step of the number's last written digit: the precision the writer gave it. A number
   * with decimals, a percentage, or a number with a scale word is as precise as its digits ("51.2%":
   * 0.05, "51 percent": 0.5, "2.75 million": 5,000, "6.8": 0.05). A whole number written in full
   * ("2,122", "500", "7") is a count, rounded at most to its last non-zero digit and by at most
   * {@value #WHOLE_NUMBER_ROUNDING} of its value ("2,500": 12.5, "500": 2.5, "7": 0.035). A number
   * written in words ("five") is exact to the unit, within the same limit.
   */
  static double halfStep(double v, String written) {
    double a = Math.abs(v);
    if (a == 0) {
      return 0;
    }
    java.util.regex.Matcher m = NUMERAL.matcher(written);
    if (!m.find()) {
      return Math.min(0.5, WHOLE_NUMBER_ROUNDING * a);
    }
    String numeral = m.group().replaceAll("[,\\u00a0 ]", "");
    double shown;
    try {
      shown = Double.parseDouble(numeral);
    } catch (NumberFormatException e) {
      return Math.min(0.5, WHOLE_NUMBER_ROUNDING * a);
    }
    int dot = numeral.indexOf('.');
    int decimals = dot < 0 ? 0 : numeral.length() - dot - 1;
    double scale = shown == 0 ? 1 : a / shown;
    boolean percent = written.contains("%") || written.toLowerCase(java.util.Locale.ROOT).contains("per");
    if (decimals > 0 || percent || scale > 1.5) {
      return 0.5 * Math.pow(10, -decimals) * Math.max(1, Math.rint(scale));
    }
    return Math.min(0.5 * step(v), WHOLE_NUMBER_ROUNDING * a);
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
