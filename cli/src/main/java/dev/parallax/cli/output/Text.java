package dev.parallax.cli.output;

import dev.parallax.model.Attribution;
import dev.parallax.model.Claim;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import dev.parallax.model.Interval;
import dev.parallax.model.Qualifier;
import dev.parallax.model.QuantityMention;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * Formatting and escaping shared by the writers. Numbers use {@link Locale#ROOT} symbols, so every
 * machine prints the same bytes.
 */
final class Text {
  private Text() {}

  /** The kinds in the order the reports list them: the ones to check first come first. */
  static final List<FindingKind> KIND_ORDER =
      List.of(FindingKind.NUMERIC_DISCREPANCY, FindingKind.CONTRADICTION, FindingKind.DISPUTE, FindingKind.AGREEMENT);

  /** {@code share} (0..1) as a whole percentage, such as {@code 11%}. */
  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  /** A confidence with two decimals, such as {@code 0.85}. */
  static String confidence(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** A number with grouped thousands and up to three decimals: {@code 11,300}, {@code 0.125}. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
    BigDecimal rounded = BigDecimal.valueOf(v).round(new java.math.MathContext(6));
    DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(rounded);
  }

  /**
   * The interval a figure is read as, in words: {@code 56}, {@code 2,000 to 2,400}; empty when the
   * mention has no reading.
   */
  static String reading(QuantityMention q) {
    Interval r = q.reading();
    if (r == null) {
      return "";
    }
    return r.low() == r.high() ? number(r.low()) : number(r.low()) + " to " + number(r.high());
  }

  /** A qualifier in words: {@code more than}, {@code about}; empty for null and exact values. */
  static String qualifier(Qualifier q) {
    if (q == null) {
      return "";
    }
    switch (q) {
      case APPROXIMATE:
        return "about";
      case AT_LEAST:
        return "at least";
      case MORE_THAN:
        return "more than";
      case AT_MOST:
        return "at most";
      case LESS_THAN:
        return "less than";
      case RANGE:
        return "range";
      default:
        return "";
    }
  }

  /**
   * How a claim is made, in words: "attributed to the mayor (say) · negated"; empty for a plain
   * assertion in the outlet's own voice.
   */
  static String stance(Claim c) {
    List<String> parts = new ArrayList<>();
    Attribution a = c.attribution();
    if (a != null) {
      parts.add("attributed to " + a.speaker() + " (" + a.verb() + ")");
    }
    if (c.modality() == Modality.HEDGED) {
      parts.add("hedged");
    } else if (c.modality() == Modality.PRESCRIPTIVE) {
      parts.add("prescriptive");
    } else if (c.modality() == Modality.REPORTED && a == null) {
      parts.add("reported speech");
    }
    if (c.polarity() == Polarity.NEGATED) {
      parts.add("negated");
    }
    return String.join(" · ", parts);
  }

  /** "Numeric discrepancy", "Contradiction", … */
  static String kindLabel(FindingKind kind) {
    switch (kind) {
      case NUMERIC_DISCREPANCY:
        return "Numeric discrepancy";
      case CONTRADICTION:
        return "Contradiction";
      case DISPUTE:
        return "Dispute";
      default:
        return "Agreement";
    }
  }

  /** "Numeric discrepancies", "Contradictions", … */
  static String kindPlural(FindingKind kind) {
    return kind == FindingKind.NUMERIC_DISCREPANCY ? "Numeric discrepancies" : kindLabel(kind) + "s";
  }

  /** What a kind means, in one sentence for readers new to the report. */
  static String kindMeaning(FindingKind kind) {
    switch (kind) {
      case NUMERIC_DISCREPANCY:
        return "The same measured thing, with figures whose readings do not overlap.";
      case CONTRADICTION:
        return "Claims about the same thing that cannot both be true.";
      case DISPUTE:
        return "A claim and an explicit denial or rejection of it.";
      default:
        return "Two or more outlets state the same fact, with compatible figures.";
    }
  }

  /** "1 dispute", "3 numeric discrepancies". */
  static String count(FindingKind kind, long n) {
    return plural(n, kindLabel(kind).toLowerCase(Locale.ROOT), kindPlural(kind).toLowerCase(Locale.ROOT));
  }

  /** "1 article", "3 articles", "4,813 articles": the count with thousands separators. */
  static String plural(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? one : many);
  }

  /** A lower-case name made of letters, digits and dashes, for ids and anchors. */
  static String slug(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
      out.setLength(out.length() - 1);
    }
    return out.length() == 0 ? "x" : out.toString();
  }

  /** {@code s} with its first letter in upper case: "loaded language" gives "Loaded language". */
  static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Cuts {@code s} to at most {@code max} characters, ending with "…" when cut. */
  static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    return s.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
  }

  /**
   * The five characters HTML reads as markup, as entities. Not {@link
   * org.apache.commons.text.StringEscapeUtils#escapeHtml4}: that one also turns every accented
   * letter into a named entity, which the page (UTF-8) does not need and which would make the
   * sentences harder to search in the page's source.
   */
  private static final CharSequenceTranslator HTML = new LookupTranslator(Map.<CharSequence, CharSequence>of(
      "<", "&lt;", ">", "&gt;", "&", "&amp;", "\"", "&quot;", "'", "&#39;"));

  /** In a Markdown paragraph or table cell: a backslash before each markup character, angle brackets as entities, no line breaks. */
  private static final CharSequenceTranslator MARKDOWN = new LookupTranslator(Map.<CharSequence, CharSequence>ofEntries(
      Map.entry("\\", "\\\\"), Map.entry("|", "\\|"), Map.entry("*", "\\*"), Map.entry("_", "\\_"),
      Map.entry("`", "\\`"), Map.entry("[", "\\["), Map.entry("]", "\\]"), Map.entry("#", "\\#"),
      Map.entry("~", "\\~"), Map.entry("<", "&lt;"), Map.entry(">", "&gt;"), Map.entry("\r", ""),
      Map.entry("\n", " ")));

  /**
   * An ampersand that begins what a Markdown renderer would read as a character reference ({@code &amp;},
   * {@code &#60;}); any other ampersand ("AT&T", "R&D") is shown as it is and stays as written.
   */
  private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(?=#?[A-Za-z0-9]{1,32};)");

  /** In an element's content, where quotes need no escaping. */
  private static final CharSequenceTranslator HTML_CONTENT = new LookupTranslator(Map.<CharSequence, CharSequence>of(
      "<", "&lt;", ">", "&gt;", "&", "&amp;"));

  /** Text safe in HTML content and attribute values. */
  static String html(String s) {
    return s == null ? "" : HTML.translate(s);
  }

  /** Text safe in an HTML element's content (not in an attribute): quotes stay as they are. */
  static String htmlContent(String s) {
    return s == null ? "" : HTML_CONTENT.translate(s);
  }

  /**
   * Text safe inside a Markdown paragraph or table cell: characters Markdown would read as markup
   * are escaped, line breaks become spaces.
   */
  static String md(String s) {
    return s == null ? "" : MARKDOWN.translate(ENTITY.matcher(s).replaceAll("&amp;"));
  }

  /**
   * Splits {@code s} into lines of at most {@code width} characters at spaces (a word longer than a
   * line is cut), returned as half-open {@code [start, end)} offsets into {@code s} so callers can
   * map highlights onto lines. Line breaks in {@code s} start new lines.
   */
  static List<int[]> wrap(String s, int width) {
    List<int[]> lines = new ArrayList<>();
    int w = Math.max(width, 8);
    int start = 0;
    while (start < s.length()) {
      while (start < s.length() && s.charAt(start) == ' ') {
        start++;
      }
      if (start >= s.length()) {
        break;
      }
      int newline = s.indexOf('\n', start);
      int limit = Math.min(s.length(), start + w);
      if (newline >= 0 && newline < limit) {
        lines.add(new int[] {start, trimEnd(s, start, newline)});
        start = newline + 1;
        continue;
      }
      if (limit == s.length()) {
        lines.add(new int[] {start, trimEnd(s, start, limit)});
        break;
      }
      int space = s.lastIndexOf(' ', limit);
      int end = space > start ? space : limit;
      lines.add(new int[] {start, trimEnd(s, start, end)});
      start = end;
    }
    return lines;
  }

  private static int trimEnd(String s, int start, int end) {
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
