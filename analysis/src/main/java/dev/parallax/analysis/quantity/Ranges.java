package dev.parallax.analysis.quantity;

import dev.parallax.model.QuantityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins amounts into ranges: "10 to 12%", "between 30,000 and 35,000", "$10-$20", "35-30 thousand"
 * (the scale is shared and the ends may come in either order), "from 100 to 1000 g"; and one-sided
 * bounds into two-sided ones: "above 1000 and below 1500".
 */
final class Ranges {
  private Ranges() {}

  private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "~", "\u2012");
  private static final Set<String> TO_WORDS = Set.of("to", "through", "thru", "till", "until");
  /** Hedge words allowed right before the second end: "between 2.0 g and about 7.0 g", "2 - ~7 grams". */
  private static final Set<String> INNER = Set.of("about", "around", "approximately", "~", "roughly", "some", "the");

  /** Pairs of neighbouring amounts joined into ranges where the words between them say so. */
  static List<Amount> join(Tokens t, List<Amount> atoms) {
    List<Amount> out = new ArrayList<>(atoms.size());
    for (int x = 0; x < atoms.size(); x++) {
      Amount a = atoms.get(x);
      if (x + 1 < atoms.size()) {
        Amount r = range(t, a, atoms.get(x + 1));
        if (r != null) {
          out.add(r);
          x++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static boolean joinable(Amount a) {
    return !a.isVague() && !a.isRange() && !a.weak && a.hedge == Hedge.EXACT && !Double.isNaN(a.value)
        && a.kind != QuantityKind.DATE && a.kind != QuantityKind.TIME;
  }

  private static Amount range(Tokens t, Amount a, Amount b) {
    if (!joinable(a) || !joinable(b) || a.ordinal != b.ordinal) {
      return null;
    }
    // two four-digit numbers that could be years, left over by the date reader, are not a range of counts
    if (a.yearLike() && b.yearLike() && a.value >= 1900 && b.value <= 2100) {
      return null;
    }
    int k = a.to;
    int end = b.from;
    // words allowed in front of the second end
    int e = end;
    while (e > k + 1 && (t.isWord(e - 1) || t.get(e - 1).isSymbol()) && INNER.contains(t.norm(e - 1))) {
      e--;
    }
    if (e - k != 1) {
      return null;
    }
    String c = t.norm(k);
    boolean between = t.word(a.from - 1, "between") || t.word(a.from - 1, "the") && t.word(a.from - 2, "between");
    boolean from = t.word(a.from - 1, "from") || t.word(a.from - 1, "the") && t.word(a.from - 2, "from");
    boolean dash = DASHES.contains(c) && t.get(k).isSymbol();
    if (dash) {
      boolean touching = !t.get(k).space && t.touching(k + 1);
      boolean spaced = t.get(k).space && !t.touching(k + 1);
      if (!touching && !spaced && !(t.get(k).space && INNER.contains(t.norm(k + 1)))
          && !(!t.get(k).space && !t.touching(k + 1))) {
        return null;
      }
      // a chain of numbers and dashes is a phone number, a code or a date
      if (t.sym(a.from - 1, '-') && t.isDigits(a.from - 2) || t.sym(b.to, '-') && t.isDigits(b.to + 1)
          || t.sym(a.from - 1, '/') || t.sym(b.to, '/') && t.isDigits(b.to + 1)) {
        return null;
      }
    } else if (TO_WORDS.contains(c) && t.isWord(k)) {
      if ((c.equals("till") || c.equals("until")) && !from) {
        return null;
      }
      // "fell $2.50 to $78.40", "rose from 9 to 12": a change and the level it reached, not a range
      if (Changes.verbBefore(t, from ? a.from - 2 : a.from - 1) != null && (from || a.unit != null && b.unit != null
          && !a.unitBefore == !b.unitBefore)) {
        return null;
      }
    } else if (c.equals("and") && (between || from)) {
      // "between 10 and 20", "from 1.1 and 1.3 dollars"
    } else if (c.equals("or") && a.number != null && b.number != null && a.number.words() && b.number.words()
        && b.value > a.value && b.value - a.value <= 2) {
      // "two or three"
    } else {
      return null;
    }
    QuantityKind kind;
    String unit;
    double av = a.value;
    double bv = b.value;
    if (a.kind == b.kind && java.util.Objects.equals(a.unit, b.unit)) {
      kind = a.kind;
      unit = a.unit;
    } else if (a.kind == QuantityKind.NUMBER && a.unit == null && !a.ordinal) {
      kind = b.kind;
      unit = b.unit;
      // the unit's factor: "10-20 cents" is 0.10 to 0.20 USD, "2-3 decades" 20 to 30 years
      if (b.number != null && b.number.value() != 0
          && (b.kind == QuantityKind.MONEY || b.kind == QuantityKind.DURATION)) {
        double factor = b.value / b.number.value();
        if (b.scale > 1 && b.number.scale() == 1) {
          factor /= b.scale;
        }
        av *= factor;
      }
    } else if (b.kind == QuantityKind.NUMBER && b.unit == null && (a.unitBefore || a.kind == QuantityKind.PERCENT)) {
      kind = a.kind;
      unit = a.unit;
    } else {
      return null;
    }
    boolean shared = false;
    if (b.scale > 1 && a.scale == 1 && Math.abs(av) < 1000 && av != 0) {
      double scaled = av * b.scale;
      double ratio = Math.abs(scaled / bv);
      if (ratio > 0.05 && ratio < 20) {
        av = scaled;
        shared = true;
      }
    }
    if (av == bv || av > bv && !shared) {
      return null;
    }
    if (a.yearLike() && b.value < 100 && dash) {
      return null;
    }
    Amount r = new Amount(between || from ? a.from - 1 : a.from, b.to, kind);
    if (t.word(r.from, "the")) {
      r.from--;
    }
    if (kind != QuantityKind.DURATION) {
      r.kind = QuantityKind.RANGE;
    }
    r.coreFrom = a.coreFrom;
    r.coreTo = b.coreTo;
    r.low = Math.min(av, bv);
    r.high = Math.max(av, bv);
    r.unit = unit;
    r.hedge = Hedge.RANGE;
    r.grain = b.grain != null ? b.grain : a.grain;
    r.number = b.number;
    r.scale = b.scale;
    r.unitBefore = a.unitBefore;
    return r;
  }

  /** "above 1000 and below 1500", "at most 100 and at least 20": two bounds of one range. */
  static List<Amount> twoSided(Tokens t, List<Amount> amounts) {
    List<Amount> out = new ArrayList<>(amounts.size());
    for (int x = 0; x < amounts.size(); x++) {
      Amount a = amounts.get(x);
      if (x + 1 < amounts.size()) {
        Amount b = amounts.get(x + 1);
        Amount r = bounds(t, a, b);
        if (r != null) {
          out.add(r);
          x++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static Amount bounds(Tokens t, Amount a, Amount b) {
    boolean lowFirst = a.hedge.lower() && b.hedge.upper();
    boolean highFirst = a.hedge.upper() && b.hedge.lower();
    if (!lowFirst && !highFirst || Double.isNaN(a.value) || Double.isNaN(b.value)) {
      return null;
    }
    if (a.kind != b.kind || !java.util.Objects.equals(a.unit, b.unit)) {
      return null;
    }
    int gap = b.from - a.to;
    boolean conj = gap == 1 && (t.word(a.to, "and") || t.word(a.to, "but") || t.sym(a.to, ','))
        || gap == 2 && t.sym(a.to, ',') && (t.word(a.to + 1, "and") || t.word(a.to + 1, "but"));
    if (!conj) {
      return null;
    }
    double low = lowFirst ? a.value : b.value;
    double high = lowFirst ? b.value : a.value;
    if (!(low < high)) {
      return null;
    }
    Amount r = new Amount(a.from, b.to, a.kind == QuantityKind.NUMBER ? QuantityKind.RANGE : a.kind);
    if (r.kind != QuantityKind.DURATION) {
      r.kind = QuantityKind.RANGE;
    }
    r.coreFrom = a.coreFrom;
    r.coreTo = b.coreTo;
    r.low = low;
    r.high = high;
    r.unit = a.unit;
    r.hedge = Hedge.RANGE;
    r.grain = a.grain;
    return r;
  }
}
