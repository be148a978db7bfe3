package dev.parallax.analysis.quantity;

/**
 * A number found in the token stream: digits, words or both ("3.7 million", "one hundred and
 * five", "two thirds", "-4/5").
 *
 * @param from first token, inclusive
 * @param to last token, exclusive
 * @param value the number
 * @param words true when at least part of it is spelled out
 * @param plainInteger true for one run of digits with nothing else ("2021", "0033")
 * @param digits the number of digits of a plain integer, otherwise 0
 * @param scale the scale word or suffix multiplied in at the end ("million" gives 1e6), or 1
 * @param fraction true when the number is a fraction or has a fractional part written as one
 */
record NumberPhrase(
    int from, int to, double value, boolean words, boolean plainInteger, int digits, double scale, boolean fraction) {

  NumberPhrase {
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException("bad token range [" + from + ", " + to + ")");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("number value must be finite, got " + value);
    }
  }

  /** The same number over another token range with another value. */
  NumberPhrase with(int newFrom, int newTo, double newValue) {
    return new NumberPhrase(newFrom, newTo, newValue, words, plainInteger && newFrom == from && newTo == to, digits,
        scale, fraction);
  }

  /** True when the value is a whole number. */
  boolean integral() {
    return value == Math.rint(value);
  }
}
