package dev.parallax.analysis.quantity;

import java.util.Map;
import java.util.Set;

/**
 * Reads numbers written in digits, in words or in a mix of both, starting at a given token.
 *
 * <p>Digits: thousands separators (western "1,234,567", Indian "12,34,567", spaced "1 234 567"),
 * decimals (".08", "1,674.5", a decimal comma "1,3"), signs, exponents ("1e10", "1.1^23",
 * "1.3x10^6"), fractions ("3/4", "2 1/4", "½") and scale suffixes ("5k", "1.2b", "£3.2bn" with
 * {@code money}). Words: "one hundred and five", "twenty-one trillion three hundred", "ninety-five
 * hundred", "three lakh crore", "two point two million", "a dozen", "half a million", "two thirds",
 * "one and a half", "five and a half million", "one hundred thirty fifths". Mixed: "4 thousand 3
 * hundred and 21", "3.7 million".
 *
 * <p>The parser is stateless; every method is a pure function of the tokens.
 */
final class NumberParser {
  private NumberParser() {}

  private static final Set<String> DOZEN = Set.of("dozen", "dozens", "dz", "dzs", "doz", "dozs");

  private static final Map<Character, Double> VULGAR =
      Map.ofEntries(
          Map.entry('½', 0.5), Map.entry('⅓', 1 / 3.0), Map.entry('⅔', 2 / 3.0), Map.entry('¼', 0.25),
          Map.entry('¾', 0.75), Map.entry('⅕', 0.2), Map.entry('⅖', 0.4), Map.entry('⅗', 0.6),
          Map.entry('⅘', 0.8), Map.entry('⅙', 1 / 6.0), Map.entry('⅚', 5 / 6.0), Map.entry('⅐', 1 / 7.0),
          Map.entry('⅛', 0.125), Map.entry('⅜', 0.375), Map.entry('⅝', 0.625), Map.entry('⅞', 0.875),
          Map.entry('⅑', 1 / 9.0), Map.entry('⅒', 0.1));

  /**
   * The longest number that starts at token {@code i}, or null.
   *
   * @param money true next to a currency, where "m" and "mm" after digits mean million
   */
  static NumberPhrase parse(Tokens t, int i, boolean money) {
    if (!t.exists(i) || t.inAddress(i)) {
      return null;
    }
    int j = i;
    boolean negative = false;
    if (signAt(t, i)) {
      negative = true;
      j = i + 1;
    } else if ((t.word(i, "minus") || t.word(i, "negative")) && t.exists(i + 1)) {
      negative = true;
      j = i + 1;
    }
    NumberPhrase core = unsigned(t, j, money);
    if (core == null) {
      return null;
    }
    if (!negative) {
      return core;
    }
    return new NumberPhrase(i, core.to(), -core.value(), core.words() || t.isWord(i), false, 0, core.scale(),
        core.fraction());
  }

  /** A minus sign that belongs to the number after it (not a dash between two numbers). */
  private static boolean signAt(Tokens t, int i) {
    Token s = t.get(i);
    if (!(s.is('-') || s.is('\u2212'))) {
      return false;
    }
    Token next = t.get(i + 1);
    if (!(next.isDigits() || (next.is('.') && t.isDigits(i + 2)))) {
      return false;
    }
    if (i > 0) {
      Token prev = t.get(i - 1);
      if (prev.isDigits() || prev.isWord() || prev.is('%') || prev.is(')') || prev.is(']')
          || prev.is('\u00a3') || prev.is('$') || prev.is('\u20ac')) {
        if (!(prev.isWord() && s.space && !next.space && !isNumberWord(prev.norm))) {
          return false;
        }
      }
      if (!s.space && prev.isSymbol() && "-/".indexOf(prev.text.charAt(0)) >= 0) {
        return false;
      }
    }
    if (next.space) {
      return i == 0 || t.get(i - 1).is('(') || t.get(i - 1).is(':');
    }
    return true;
  }

  private static boolean isNumberWord(String w) {
    return NumberWords.small(w) >= 0 || w.equals("hundred") || NumberWords.SCALES.containsKey(w);
  }

  private static NumberPhrase unsigned(Tokens t, int j, boolean money) {
    NumberPhrase best = compound(t, j, money);
    NumberPhrase frac = fractionFirst(t, j);
    if (frac != null && (best == null || frac.to() > best.to())) {
      best = frac;
    }
    return best;
  }

  // ---------------------------------------------------------------------------------- compound

  private static NumberPhrase compound(Tokens t, int j, boolean money) {
    Group g = group(t, j, money);
    if (g == null) {
      return null;
    }
    if (g.closed) {
      return new NumberPhrase(j, g.end, g.value, false, g.plain, g.digits, g.scale, g.fraction);
    }
    double total = 0;
    double cur = g.value;
    int end = g.end;
    double lastScale = Double.POSITIVE_INFINITY;
    double appliedScale = 1;
    boolean words = g.words;
    boolean afterScale = false;
    boolean pointUsed = false;
    boolean fraction = false;
    Group last = g;
    while (true) {
      if (!pointUsed && !afterScale && t.word(end, "point") && cur == Math.rint(cur)) {
        Decimal d = pointDecimals(t, end + 1);
        if (d != null) {
          cur += d.value;
          end = d.end;
          pointUsed = true;
          words = true;
          continue;
        }
      }
      Double s = scaleAt(t, end);
      if (s == null) {
        break;
      }
      if (s >= lastScale) {
        if (!afterScale) {
          break;
        }
        total = (total + cur) * s;
        cur = 0;
        lastScale = s;
        appliedScale *= s;
        end++;
        words = true;
        continue;
      }
      total += cur * s;
      cur = 0;
      lastScale = s;
      appliedScale = s;
      end++;
      words = true;
      afterScale = true;
      if (!t.exists(end)) {
        break;
      }
      // "three lakh crore": a larger scale right after multiplies everything before it
      Double next = scaleAt(t, end);
      if (next != null && next > s && !NumberWords.PLURAL_SCALES.contains(t.norm(end))) {
        continue;
      }
      int k = end;
      boolean and = t.word(k, "and");
      if (and) {
        k++;
      }
      Fraction f = fraction(t, k, false);
      if (f != null && and) {
        Double s2 = scaleAt(t, f.end);
        if (s2 != null && s2 < lastScale) {
          total += f.value * s2;
          end = f.end + 1;
        } else {
          total += f.value * lastScale;
          end = f.end;
        }
        fraction = true;
        break;
      }
      Group g2 = group(t, k, false);
      if (g2 == null || g2.closed || g2.value <= 0 || g2.value >= s || (!g2.words && !g.words && !and && !t.isWord(k))
          || !g2.integral()) {
        break;
      }
      cur = g2.value;
      end = g2.end;
      words |= g2.words;
      afterScale = false;
      last = g2;
    }
    double value = total + cur;
    // dozens: "three dozens", "three hundred and two dozens", "200 dozens", "a dozen"
    if (total == 0 && t.exists(end) && DOZEN.contains(t.norm(end)) && !pointUsed) {
      value = last.tail > 0 && last.head > 0 ? last.head + last.tail * 12 : value * 12;
      return new NumberPhrase(j, end + 1, value, true, false, 0, 12, false);
    }
    // mixed number: "one and a half", "twenty and three fifths", "five and a half million"
    if (!afterScale && total == 0 && t.word(end, "and")) {
      Fraction f = fraction(t, end + 1, false);
      if (f != null) {
        value += f.value;
        end = f.end;
        fraction = true;
        Double s = scaleAt(t, end);
        if (s != null && !NumberWords.PLURAL_SCALES.contains(t.norm(end))) {
          value *= s;
          appliedScale = s;
          end++;
        }
        return new NumberPhrase(j, end, value, true, false, 0, appliedScale, true);
      }
    }
    // numerator and denominator: "two thirds", "one hundred thirty fifths", "twenty twenty fifths"
    if (words && !pointUsed && !afterScale || (words && afterScale && total > 0)) {
      NumberPhrase f = denominatorAfter(t, j, end, value, last, afterScale);
      if (f != null) {
        return f;
      }
    }
    boolean plain = g.plain && end == g.end;
    return new NumberPhrase(j, end, value, words, plain, plain ? g.digits : 0, appliedScale, fraction || g.fraction);
  }

  /** A value below a thousand, or a number in digits, possibly with "hundred": one group of a compound. */
  private static final class Group {
    double value;
    int end;
    boolean words;
    boolean plain;
    int digits;
    boolean closed;
    double scale = 1;
    boolean fraction;
    /** The hundreds of the group, and what follows them ("three hundred and two": 300 and 2). */
    double head;
    double tail;
    /** The last small number was a unit word right after "and" ("one hundred and three"). */
    boolean unitAfterAnd;
    /** Value of a bare tens word that ends the group ("one hundred thirty"), or 0. */
    int trailingTens;
    boolean trailingTensAfterAnd;

    boolean integral() {
      return value == Math.rint(value);
    }
  }

  private static Group group(Tokens t, int k, boolean money) {
    if (!t.exists(k) || t.inAddress(k)) {
      return null;
    }
    DigitNumber d = digits(t, k, money);
    if (d != null) {
      Group g = new Group();
      g.value = d.value;
      g.end = d.end;
      g.plain = d.plain;
      g.digits = d.digits;
      g.closed = d.closed;
      g.scale = d.scale;
      g.fraction = d.fraction;
      g.tail = d.value;
      if (!d.closed && t.word(d.end, "hundred")) {
        g.value *= 100;
        g.end = d.end + 1;
        g.head = g.value;
        g.tail = 0;
        g.words = true;
        g.plain = false;
        addTail(t, g);
      }
      return g;
    }
    if (t.word(k, "a") || t.word(k, "an")) {
      if (t.word(k + 1, "hundred")) {
        Group g = new Group();
        g.value = 100;
        g.head = 100;
        g.end = k + 2;
        g.words = true;
        addTail(t, g);
        return g;
      }
      if (scaleAt(t, k + 1) != null && !NumberWords.PLURAL_SCALES.contains(t.norm(k + 1))
          || DOZEN.contains(t.norm(k + 1))) {
        Group g = new Group();
        g.value = 1;
        g.tail = 1;
        g.end = k + 1;
        g.words = true;
        return g;
      }
      return null;
    }
    Small s = small(t, k);
    if (s == null) {
      return null;
    }
    Group g = new Group();
    g.value = s.value;
    g.end = s.end;
    g.words = true;
    if (t.word(s.end, "hundred") || (t.sym(s.end, '-') && t.touching(s.end) && t.word(s.end + 1, "hundred"))) {
      g.end = t.word(s.end, "hundred") ? s.end + 1 : s.end + 2;
      g.value *= 100;
      g.head = g.value;
      addTail(t, g);
      return g;
    }
    g.tail = s.value;
    if (s.bareTens) {
      g.trailingTens = (int) s.value;
      // "twenty and four hours": a tens word, "and", a unit word
      if (t.word(g.end, "and")) {
        Small u = small(t, g.end + 1);
        if (u != null && u.value >= 1 && u.value <= 9 && !isDenominator(t, u.end) && !t.word(u.end, "hundred")
            && scaleAt(t, u.end) == null) {
          g.value += u.value;
          g.tail = g.value;
          g.end = u.end;
          g.trailingTens = 0;
        }
      }
    }
    return g;
  }

  /** After "hundred": an optional "and" and a value below a hundred. */
  private static void addTail(Tokens t, Group g) {
    int k = g.end;
    boolean and = t.word(k, "and");
    if (and) {
      k++;
    }
    Small s = small(t, k);
    double v;
    int end;
    boolean bareTens = false;
    if (s != null) {
      v = s.value;
      end = s.end;
      bareTens = s.bareTens;
    } else if (t.isDigits(k) && t.get(k).text.length() <= 2 && !t.touching(k + 1)) {
      v = Double.parseDouble(t.get(k).text);
      end = k + 1;
    } else {
      return;
    }
    if (v <= 0 || t.word(end, "hundred") || (and && t.isDigits(k) && scaleAt(t, end) != null)) {
      return;
    }
    g.value += v;
    g.tail = v;
    g.end = end;
    g.unitAfterAnd = and && v < 10;
    if (bareTens) {
      g.trailingTens = (int) v;
      g.trailingTensAfterAnd = and;
    }
  }

  /** A cardinal word below a hundred: "seven", "fifty-two", "fifty - two", "fifty two". */
  private static final class Small {
    final double value;
    final int end;
    final boolean bareTens;

    Small(double value, int end, boolean bareTens) {
      this.value = value;
      this.end = end;
      this.bareTens = bareTens;
    }
  }

  private static Small small(Tokens t, int k) {
    if (!t.isWord(k)) {
      return null;
    }
    String w = t.norm(k);
    Integer u = NumberWords.UNITS.get(w);
    if (u != null) {
      return new Small(u, k + 1, false);
    }
    Integer tens = NumberWords.TENS.get(w);
    if (tens == null) {
      return null;
    }
    int m = k + 1;
    if (t.sym(m, '-')) {
      m++;
    }
    Integer unit = NumberWords.UNITS.get(t.isWord(m) ? t.norm(m) : "");
    if (unit != null && unit >= 1 && unit <= 9 && (m == k + 1 || t.sym(k + 1, '-'))) {
      return new Small(tens + unit, m + 1, false);
    }
    return new Small(tens, k + 1, true);
  }

  private static Double scaleAt(Tokens t, int k) {
    if (!t.isWord(k)) {
      return null;
    }
    String w = t.norm(k);
    Double s = NumberWords.SCALES.get(w);
    if (s == null) {
      return null;
    }
    // "cr" and "kr" only as whole lower-case words or capitalised ("Cr"), never inside a name
    if ((w.equals("cr") || w.equals("kr") || w.equals("lac") || w.equals("lkh")) && t.touching(k)) {
      return null;
    }
    return s;
  }

  private static boolean isDenominator(Tokens t, int k) {
    return t.isWord(k) && NumberWords.DENOMINATORS.containsKey(t.norm(k));
  }

  // ---------------------------------------------------------------------------------- fractions

  /** A fraction phrase: "a half", "one third", "three quarters", "two thirds"; bare "half" with {@code bare}. */
  private static final class Fraction {
    final double value;
    final int end;
    final boolean bare;

    Fraction(double value, int end, boolean bare) {
      this.value = value;
      this.end = end;
      this.bare = bare;
    }
  }

  private static Fraction fraction(Tokens t, int k, boolean bare) {
    if (!t.isWord(k)) {
      return null;
    }
    String w = t.norm(k);
    // "one and half hour": "half" right after "and"
    if (!bare && w.equals("half") && t.word(k - 1, "and")) {
      return new Fraction(0.5, k + 1, false);
    }
    if (bare && (w.equals("half") || w.equals("quarter"))) {
      return new Fraction(w.equals("half") ? 0.5 : 0.25, k + 1, true);
    }
    double num;
    if (w.equals("a") || w.equals("an")) {
      num = 1;
    } else {
      Integer u = NumberWords.UNITS.get(w);
      if (u == null || u == 0) {
        return null;
      }
      num = u;
    }
    if (!isDenominator(t, k + 1)) {
      return null;
    }
    String d = t.norm(k + 1);
    if (num == 1 ? !NumberWords.singularDenominator(d) : NumberWords.singularDenominator(d)) {
      return null;
    }
    return new Fraction(num / NumberWords.DENOMINATORS.get(d), k + 2, false);
  }

  /**
   * Fractions that come first: "a half", "two thirds", "half a dozen", "half a million", "quarter
   * million", "three quarters billion", "two thirds of a million".
   */
  private static NumberPhrase fractionFirst(Tokens t, int j) {
    Fraction f = fraction(t, j, true);
    if (f == null) {
      return null;
    }
    int e = f.end;
    Double s = scaleAt(t, e);
    if (s != null && !NumberWords.PLURAL_SCALES.contains(t.norm(e))) {
      return new NumberPhrase(j, e + 1, f.value * s, true, false, 0, s, true);
    }
    if ((t.word(e, "a") || t.word(e, "an")) && scaleAt(t, e + 1) != null
        && !NumberWords.PLURAL_SCALES.contains(t.norm(e + 1))) {
      double s2 = scaleAt(t, e + 1);
      return new NumberPhrase(j, e + 2, f.value * s2, true, false, 0, s2, true);
    }
    if (t.word(e, "of") && t.word(e + 1, "a") && scaleAt(t, e + 2) != null
        && !NumberWords.PLURAL_SCALES.contains(t.norm(e + 2))) {
      double s2 = scaleAt(t, e + 2);
      return new NumberPhrase(j, e + 3, f.value * s2, true, false, 0, s2, true);
    }
    if ((t.word(e, "a") || t.word(e, "an")) && t.word(e + 1, "dozen")) {
      return new NumberPhrase(j, e + 2, f.value * 12, true, false, 0, 12, true);
    }
    if (f.bare) {
      return null;
    }
    // "a twenty-first", "one twenty-fifth": a compound singular denominator
    return new NumberPhrase(j, e, f.value, true, false, 0, 1, true);
  }

  /**
   * A denominator after a spelled-out numerator: "two thirds", "one hundred thirty fifths" (100/35),
   * "one hundred and thirty fifths" (130/5), "one hundred and three quarters" (100 3/4), "twenty
   * twenty fifths" (20/25), "ninety - five hundred-fifths" (9500/5).
   */
  private static NumberPhrase denominatorAfter(
      Tokens t, int from, int end, double numerator, Group last, boolean afterScale) {
    int k = end;
    if (t.sym(k, '-') && (t.touching(k) || !t.touching(k + 1)) && isDenominator(t, k + 1)
        && (t.touching(k) || !NumberWords.singularDenominator(t.norm(k + 1)) || numerator == 1)) {
      k++;
    }
    // a tens word right before the denominator that is not part of the numerator: "twenty twenty fifths"
    if (t.isWord(k) && NumberWords.TENS.containsKey(t.norm(k)) && (unitOrdinal(t, k + 1) || (t.sym(k + 1, '-')
        && unitOrdinal(t, k + 2)))) {
      int dk = t.sym(k + 1, '-') ? k + 2 : k + 1;
      String dw = t.norm(dk);
      boolean plural = !NumberWords.singularDenominator(dw);
      if (plural == (numerator != 1)) {
        double den = NumberWords.TENS.get(t.norm(k)) + unitOrdinalValue(dw);
        return new NumberPhrase(from, dk + 1, numerator / den, true, false, 0, 1, true);
      }
    }
    if (!isDenominator(t, k)) {
      return null;
    }
    String dw = t.norm(k);
    double den = NumberWords.DENOMINATORS.get(dw);
    boolean plural = !NumberWords.singularDenominator(dw);
    if (!afterScale && last.trailingTens > 0 && !last.trailingTensAfterAnd && NumberWords.unitDenominator(dw)
        && numerator - last.trailingTens > 0) {
      double num = numerator - last.trailingTens;
      if (plural == (num != 1)) {
        return new NumberPhrase(from, k + 1, num / (last.trailingTens + den), true, false, 0, 1, true);
      }
    }
    if (!afterScale && last.unitAfterAnd && last.head > 0) {
      double unit = last.tail;
      if (plural == (unit != 1)) {
        return new NumberPhrase(from, k + 1, last.head + unit / den, true, false, 0, 1, true);
      }
    }
    if (plural != (numerator != 1)) {
      return null;
    }
    return new NumberPhrase(from, k + 1, numerator / den, true, false, 0, 1, true);
  }

  private static boolean unitOrdinal(Tokens t, int k) {
    return t.isWord(k) && unitOrdinalValue(t.norm(k)) > 0;
  }

  private static int unitOrdinalValue(String w) {
    switch (w) {
      case "first":
      case "firsts":
        return 1;
      case "second":
      case "seconds":
        return 2;
      default:
        Double d = NumberWords.DENOMINATORS.get(w);
        return d != null && d >= 3 && d <= 9 ? d.intValue() : -1;
    }
  }

  // ---------------------------------------------------------------------------------- "point"

  private static final class Decimal {
    final double value;
    final int end;

    Decimal(double value, int end) {
      this.value = value;
      this.end = end;
    }
  }

  /** The digits after "point": "zero three", "nought four", "seventy-one", "77". */
  private static Decimal pointDecimals(Tokens t, int k) {
    if (t.isDigits(k)) {
      return new Decimal(Double.parseDouble("0." + t.get(k).text), k + 1);
    }
    StringBuilder digits = new StringBuilder();
    int m = k;
    while (t.isWord(m)) {
      Integer u = NumberWords.UNITS.get(t.norm(m));
      if (u == null || u > 9) {
        break;
      }
      digits.append(u);
      m++;
    }
    if (digits.length() == 0) {
      Small s = small(t, k);
      if (s == null) {
        return null;
      }
      digits.append((int) s.value);
      m = s.end;
    }
    return new Decimal(Double.parseDouble("0." + digits), m);
  }

  // ---------------------------------------------------------------------------------- digits

  /** A number written in digits. */
  private static final class DigitNumber {
    double value;
    int end;
    boolean plain;
    int digits;
    /** Nothing may be added after it: it has a scale suffix, is a fraction or has an exponent. */
    boolean closed;
    double scale = 1;
    boolean fraction;
  }

  private static DigitNumber digits(Tokens t, int i, boolean money) {
    Token first = t.get(i);
    if (first.isSymbol() && first.text.length() == 1 && VULGAR.containsKey(first.text.charAt(0))) {
      DigitNumber d = new DigitNumber();
      d.value = VULGAR.get(first.text.charAt(0));
      d.end = i + 1;
      d.closed = true;
      d.fraction = true;
      return d;
    }
    String intPart;
    String frac = null;
    int j;
    boolean plain = true;
    if (first.is('.') && t.isDigits(i + 1) && t.touching(i + 1)
        && !(t.touching(i) && (t.isDigits(i - 1) || t.isWord(i - 1)))) {
      intPart = "0";
      frac = t.get(i + 1).text;
      j = i + 2;
      plain = false;
    } else if (first.isDigits()) {
      intPart = first.text;
      j = i + 1;
      // thousands separators
      if (t.sym(j, ',') && t.touching(j) && t.isDigits(j + 1) && t.touching(j + 1)) {
        int k = j;
        StringBuilder groups = new StringBuilder();
        int count = 0;
        boolean western = intPart.length() <= 3;
        boolean indian = intPart.length() <= 2;
        int lastLen = 0;
        java.util.List<Integer> lens = new java.util.ArrayList<>();
        while (t.sym(k, ',') && t.touching(k) && t.isDigits(k + 1) && t.touching(k + 1)) {
          String g = t.get(k + 1).text;
          lens.add(g.length());
          groups.append(g);
          count++;
          lastLen = g.length();
          k += 2;
        }
        for (int x = 0; x < lens.size(); x++) {
          if (lens.get(x) != 3) {
            western = false;
          }
          if (x < lens.size() - 1 ? lens.get(x) != 2 : lens.get(x) != 3) {
            indian = false;
          }
        }
        if (count < 2) {
          indian = false;
        }
        if (western || indian) {
          intPart = intPart + groups;
          j = k;
          plain = false;
        } else if (count == 1 && lastLen <= 2 && intPart.length() <= 3
            && !(t.sym(k, '.') && t.touching(k) && t.isDigits(k + 1))
            && !(t.sym(i - 1, ',') && t.touching(i) && t.isDigits(i - 2))) {
          frac = groups.toString();
          j = k;
          plain = false;
        }
      } else if (t.sym(j, '.') && t.touching(j) && intPart.length() <= 3 && t.isDigits(j + 1) && t.touching(j + 1)
          && t.get(j + 1).text.length() == 3) {
        // "1.111,11": dots between thousands and a decimal comma
        int k = j;
        StringBuilder groups = new StringBuilder();
        while (t.sym(k, '.') && t.touching(k) && t.isDigits(k + 1) && t.touching(k + 1)
            && t.get(k + 1).text.length() == 3) {
          groups.append(t.get(k + 1).text);
          k += 2;
        }
        if (t.sym(k, ',') && t.touching(k) && t.isDigits(k + 1) && t.touching(k + 1)
            && t.get(k + 1).text.length() <= 2) {
          intPart = intPart + groups;
          frac = t.get(k + 1).text;
          j = k + 2;
          plain = false;
        }
      } else if (intPart.length() <= 3 && t.isDigits(j) && t.get(j).text.length() == 3 && singleSpace(t, j)
          && !t.touching(j + 1)) {
        // "1 234 567", "40 000"
        int k = j;
        StringBuilder groups = new StringBuilder();
        while (t.isDigits(k) && t.get(k).text.length() == 3 && singleSpace(t, k)
            && !(t.touching(k + 1) && (t.isDigits(k + 1) || t.isWord(k + 1) || t.sym(k + 1, '/')
                || t.sym(k + 1, ':') || t.sym(k + 1, '-')))) {
          groups.append(t.get(k).text);
          k++;
        }
        if (t.isDigits(k) && t.get(k).text.length() == 3 && singleSpace(t, k) && t.sym(k + 1, '.')
            && t.touching(k + 1) && t.isDigits(k + 2) && t.touching(k + 2)) {
          groups.append(t.get(k).text);
          k++;
        }
        if (groups.length() > 0) {
          intPart = intPart + groups;
          j = k;
          plain = false;
        }
      }
      // decimal point, unless this is a dotted chain (an address, a version, a date "23.04.2022")
      if (frac == null && t.sym(j, '.') && t.touching(j) && t.isDigits(j + 1) && t.touching(j + 1)) {
        boolean chain = t.sym(j + 2, '.') && t.touching(j + 2) && t.isDigits(j + 3) && t.touching(j + 3);
        boolean chainBefore = t.sym(i - 1, '.') && t.touching(i) && t.isDigits(i - 2) && t.touching(i - 1);
        if (!chain && !chainBefore) {
          frac = t.get(j + 1).text;
          j += 2;
          plain = false;
        }
      }
    } else {
      return null;
    }
    DigitNumber d = new DigitNumber();
    d.value = Double.parseDouble(frac == null ? intPart : intPart + "." + frac);
    d.end = j;
    d.plain = plain;
    d.digits = plain ? intPart.length() : 0;
    if (!Double.isFinite(d.value)) {
      return null;
    }
    // exponents: 1e10, 12.32e+14, -12e-1
    if (t.isWord(j) && t.touching(j) && (t.get(j).text.equals("e") || t.get(j).text.equals("E"))) {
      int k = j + 1;
      int sign = 1;
      if ((t.sym(k, '+') || t.sym(k, '-')) && t.touching(k)) {
        sign = t.sym(k, '-') ? -1 : 1;
        k++;
      }
      if (t.isDigits(k) && t.touching(k) && !t.touching(k + 1) || t.isDigits(k) && t.touching(k)
          && !(t.isWord(k + 1) || t.isDigits(k + 1))) {
        double v = d.value * Math.pow(10, sign * Double.parseDouble(t.get(k).text));
        if (Double.isFinite(v)) {
          d.value = v;
          d.end = k + 1;
          d.closed = true;
          d.plain = false;
          return d;
        }
      }
    }
    // powers: 1.1^23, 2.5^-1, -1.1^--23
    if (t.sym(j, '^') && t.touching(j)) {
      int k = j + 1;
      int sign = 1;
      while ((t.sym(k, '+') || t.sym(k, '-')) && t.touching(k)) {
        if (t.sym(k, '-')) {
          sign = -sign;
        }
        k++;
      }
      if (t.isDigits(k) && t.touching(k)) {
        double v = Math.pow(d.value, sign * Double.parseDouble(t.get(k).text));
        if (Double.isFinite(v)) {
          d.value = v;
          d.end = k + 1;
          d.closed = true;
          d.plain = false;
          return d;
        }
      }
    }
    // scientific notation: 1.3x10^6, 6.23×10^-4
    if ((t.word(j, "x") || t.sym(j, '\u00d7')) && t.touching(j) && t.isDigits(j + 1) && t.get(j + 1).text.equals("10")
        && t.touching(j + 1) && t.sym(j + 2, '^') && t.touching(j + 2)) {
      int k = j + 3;
      int sign = 1;
      if ((t.sym(k, '+') || t.sym(k, '-')) && t.touching(k)) {
        sign = t.sym(k, '-') ? -1 : 1;
        k++;
      }
      if (t.isDigits(k) && t.touching(k)) {
        d.value = d.value * Math.pow(10, sign * Double.parseDouble(t.get(k).text));
        d.end = k + 1;
        d.closed = true;
        d.plain = false;
        return d;
      }
    }
    // fractions: 3/4, 20/100 (not dates such as 5/17/2018)
    if (plain && t.sym(j, '/') && t.touching(j) && t.isDigits(j + 1) && t.touching(j + 1)
        && !(t.sym(j + 2, '/') && t.touching(j + 2)) && !(t.sym(j + 2, '.') && t.touching(j + 2)
            && t.isDigits(j + 3)) && !(t.sym(i - 1, '/') && t.touching(i))) {
      double den = Double.parseDouble(t.get(j + 1).text);
      if (den != 0) {
        d.value = d.value / den;
        d.end = j + 2;
        d.plain = false;
        d.digits = 0;
        d.closed = true;
        d.fraction = true;
        return d;
      }
    }
    // vulgar fraction glued to the digits: 2½
    if (plain && t.touching(j) && t.get(j).isSymbol() && t.get(j).text.length() == 1
        && VULGAR.containsKey(t.get(j).text.charAt(0))) {
      d.value += VULGAR.get(t.get(j).text.charAt(0));
      d.end = j + 1;
      d.plain = false;
      d.digits = 0;
      d.closed = true;
      d.fraction = true;
      return d;
    }
    // mixed numbers: 2 1/4, 10 1/2 miles, 101 1 / 4
    if (plain && frac == null && t.isDigits(j) && !t.touching(j) && mixedFraction(t, j) != null) {
      double[] mf = mixedFraction(t, j);
      d.value += mf[0];
      d.end = (int) mf[1];
      d.plain = false;
      d.digits = 0;
      d.closed = true;
      d.fraction = true;
      return d;
    }
    // scale suffixes: 5k, 10M, 1.2b, £3.2bn, 10 bln, 2.33 k
    Token s = t.get(j);
    if (s.isWord() && !t.touching(j + 1) || s.isWord() && t.exists(j + 1) && !t.get(j + 1).isWord()
        && !t.get(j + 1).isDigits()) {
      Double mult = NumberWords.SUFFIXES.get(s.text);
      if (mult == null && money) {
        mult = NumberWords.MONEY_SUFFIXES.get(s.text);
      }
      if (mult == null && money) {
        mult = NumberWords.SUFFIXES.get(s.norm);
      }
      if (mult != null && suffixPlacement(t, j, s)) {
        d.value *= mult;
        d.scale = mult;
        d.end = j + 1;
        d.closed = true;
        d.plain = false;
        d.digits = 0;
      }
    }
    return d;
  }

  private static boolean suffixPlacement(Tokens t, int j, Token s) {
    if (!s.space) {
      return true;
    }
    // a space before the suffix: only multi-letter suffixes ("10 bln"), or a lone "k"/"M"/"G" that ends the clause
    if (s.text.length() >= 2 && !s.text.equals("MM") && !s.text.equals("BN") && !s.text.equals("Bn")) {
      return !s.text.equals("mil") || t.atClauseEnd(j + 1) || t.isWord(j + 1);
    }
    return (s.text.equals("k") || s.text.equals("K") || s.text.equals("M") || s.text.equals("G"))
        && t.atClauseEnd(j + 1);
  }

  /** "1/4" after a space: {fraction value, end token}, or null. Only proper fractions. */
  private static double[] mixedFraction(Tokens t, int j) {
    int k = j;
    if (!t.isDigits(k)) {
      return null;
    }
    int slash = k + 1;
    boolean spaced = !t.touching(slash);
    if (!t.sym(slash, '/')) {
      return null;
    }
    if (!t.isDigits(slash + 1)) {
      return null;
    }
    if (spaced != !t.touching(slash + 1)) {
      return null;
    }
    if (t.sym(slash + 2, '/') || (t.touching(slash + 2) && (t.isDigits(slash + 2) || t.isWord(slash + 2)
        && !t.get(slash + 2).text.equals("th")))) {
      return null;
    }
    double num = Double.parseDouble(t.get(k).text);
    double den = Double.parseDouble(t.get(slash + 1).text);
    if (den == 0 || num >= den || den > 64) {
      return null;
    }
    return new double[] {num / den, slash + 2};
  }

  private static boolean singleSpace(Tokens t, int k) {
    Token prev = t.get(k - 1);
    Token cur = t.get(k);
    if (!cur.space) {
      return false;
    }
    int gap = cur.start - prev.end;
    if (gap != 1) {
      return false;
    }
    char c = t.text.charAt(prev.end);
    return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009';
  }

  // ---------------------------------------------------------------------------------- ordinals

  /** An ordinal at token {@code i}: "21st", "04th", "first", "twenty-first", "twenty fourth"; {value, end} or null. */
  static int[] ordinal(Tokens t, int i) {
    if (t.isDigits(i) && t.isWord(i + 1) && t.touching(i + 1)
        && NumberWords.ORDINAL_SUFFIXES.contains(t.norm(i + 1)) && t.get(i).text.length() <= 4
        && !(t.touching(i + 2) && (t.isWord(i + 2) || t.isDigits(i + 2)))) {
      return new int[] {Integer.parseInt(t.get(i).text), i + 2};
    }
    if (!t.isWord(i)) {
      return null;
    }
    String w = t.norm(i);
    Integer tens = NumberWords.TENS.get(w);
    if (tens != null) {
      int m = i + 1;
      if (t.sym(m, '-')) {
        m++;
      }
      Integer o = t.isWord(m) ? NumberWords.ORDINALS.get(t.norm(m)) : null;
      if (o != null && o >= 1 && o <= 9) {
        return new int[] {tens + o, m + 1};
      }
      return null;
    }
    Integer o = NumberWords.ORDINALS.get(w);
    if (o != null) {
      return new int[] {o, i + 1};
    }
    return null;
  }
}
