package dev.parallax.analysis.quantity;

import java.util.Map;

/**
 * Vague amounts and the intervals they are read as. The table is Parallax's convention, chosen so
 * that neighbouring words do not overlap much: "dozens" is at least two dozen and below a hundred,
 * "hundreds" at least two hundred and below a thousand, and so on.
 *
 * <table>
 *   <caption>Readings of vague amounts</caption>
 *   <tr><th>words</th><th>reading</th></tr>
 *   <tr><td>a couple (of)</td><td>[2, 3], nominal 2</td></tr>
 *   <tr><td>a few</td><td>[2, 5], nominal 3</td></tr>
 *   <tr><td>several</td><td>[3, 9], nominal 3</td></tr>
 *   <tr><td>dozens</td><td>[24, 100]</td></tr>
 *   <tr><td>hundreds</td><td>[200, 1000]</td></tr>
 *   <tr><td>thousands</td><td>[2000, 10000]</td></tr>
 *   <tr><td>tens of thousands</td><td>[20000, 100000]</td></tr>
 *   <tr><td>hundreds of thousands</td><td>[200000, 1e6]</td></tr>
 *   <tr><td>millions</td><td>[1e6, 1e7]</td></tr>
 *   <tr><td>tens of millions, hundreds of millions</td><td>[2e7, 1e8], [2e8, 1e9]</td></tr>
 *   <tr><td>billions (and tens, hundreds of), trillions</td><td>[1e9, 1e10], …</td></tr>
 *   <tr><td>several / a few / a couple of hundred, thousand, million…</td><td>the multiples above times the scale</td></tr>
 * </table>
 */
final class VagueAmounts {
  private VagueAmounts() {}

  /**
   * A vague amount over tokens [from, to).
   *
   * @param nominal the value to use where one number is needed (a few days is 3 days), or NaN
   */
  record Vague(int from, int to, double low, double high, double nominal) {}

  private static final Map<String, Double> PLURALS =
      Map.of("dozens", 12.0, "hundreds", 100.0, "thousands", 1e3, "millions", 1e6, "billions", 1e9, "trillions", 1e12);

  /** The vague amount at token {@code i}, or null. */
  static Vague at(Tokens t, int i) {
    String w = t.norm(i);
    if (!t.isWord(i)) {
      return null;
    }
    // "tens of thousands", "hundreds of millions"
    if ((w.equals("tens") || w.equals("hundreds")) && t.word(i + 1, "of") && PLURALS.containsKey(t.norm(i + 2))
        && !t.word(i + 2, "dozens") && !t.word(i + 2, "hundreds")) {
      double s = PLURALS.get(t.norm(i + 2));
      double m = w.equals("tens") ? 10 : 100;
      return new Vague(i, i + 3, 2 * m * s, 10 * m * s, Double.NaN);
    }
    Double p = PLURALS.get(w);
    if (p != null) {
      if (p == 12.0) {
        return new Vague(i, i + 1, 24, 100, Double.NaN);
      }
      return new Vague(i, i + 1, p == 1e6 ? p : 2 * p, 10 * p, Double.NaN);
    }
    // "a few", "several", "a couple of", possibly followed by a scale: "a few thousand"
    int k;
    double low;
    double high;
    double nominal;
    if (w.equals("a") && t.word(i + 1, "few")) {
      k = i + 2;
      low = 2;
      high = 5;
      nominal = 3;
    } else if (w.equals("several")) {
      k = i + 1;
      low = 3;
      high = 9;
      nominal = 3;
    } else if (w.equals("a") && (t.word(i + 1, "couple") || t.word(i + 1, "pair"))) {
      k = i + 2;
      if (t.word(k, "of")) {
        k++;
      }
      low = 2;
      high = t.word(i + 1, "pair") ? 2 : 3;
      nominal = 2;
    } else {
      return null;
    }
    String next = t.norm(k);
    Double s = t.isWord(k) ? NumberWords.SCALES.get(next) : null;
    if (next.equals("hundred")) {
      s = 100.0;
    } else if (next.equals("dozen")) {
      s = 12.0;
    }
    if (s != null && !NumberWords.PLURAL_SCALES.contains(next)) {
      return new Vague(i, k + 1, low * s, high * s, nominal * s);
    }
    return new Vague(i, k, low, high, nominal);
  }
}
