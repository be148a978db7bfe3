package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.model.Interval;
import dev.parallax.model.QuantityMention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How findings are worded for readers: outlet names, short quotes, numbers. */
final class Wording {
  private Wording() {}

  static String outlet(AlignableClaim c) {
    return c.outlet() != null ? c.outlet() : "the article " + c.articleId() + " (outlet not named)";
  }

  /** The outlets of the claims, each once, joined as "A, B and C". */
  static String outlets(List<AlignableClaim> claims) {
    Set<String> names = new LinkedHashSet<>();
    for (AlignableClaim c : claims) {
      names.add(outlet(c));
    }
    return join(new ArrayList<>(names));
  }

  /**
   * A figure as written, for the middle of a sentence: a capitalized opening word ("About 40,000",
   * "Nearly half") is put in lower case; symbols, digits and acronyms ("US$5m") are left alone.
   */
  static String figure(String text) {
    if (text.length() >= 2 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }

  static String join(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** The claim's text, shortened to about {@code max} characters at a word boundary. */
  static String quote(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max);
    return text.substring(0, cut > max / 2 ? cut : max) + "...";
  }

  /**
   * The part of {@code text} around {@code word}, about {@code max} characters, cut at word boundaries
   * with "..." where text was left out; the start of the text when {@code word} is not in it.
   */
  static String excerpt(String text, String word, int max) {
    int at = word == null ? -1 : text.toLowerCase(Locale.ROOT).indexOf(word.toLowerCase(Locale.ROOT));
    if (text.length() <= max || at < 0 || at + word.length() <= max - 10) {
      return quote(text, max);
    }
    int from = Math.max(0, at - max / 2);
    int space = text.indexOf(' ', from);
    from = space >= 0 && space < at ? space + 1 : from;
    int to = Math.min(text.length(), from + max);
    int end = text.lastIndexOf(' ', to);
    to = to == text.length() || end <= at ? to : end;
    return (from > 0 ? "..." : "") + text.substring(from, to) + (to < text.length() ? "..." : "");
  }

  /** A number as a reader writes it: 56, 3.7 million, 0.25. */
  static String number(double v) {
    double a = Math.abs(v);
    if (a >= 1e9 && a % 1e7 == 0) {
      return trim(v / 1e9) + " billion";
    }
    if (a >= 1e6 && a % 1e4 == 0) {
      return trim(v / 1e6) + " million";
    }
    if (a == Math.rint(a) && a < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return trim(v);
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.3f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }


  static String interval(Interval r, String unit) {
    String u = unit == null ? "" : unit.equals("%") ? "%" : " " + unit;
    if (r.low() == r.high()) {
      return number(r.low()) + u;
    }
    return number(r.low()) + "-" + number(r.high()) + u;
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  static String decimal(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
