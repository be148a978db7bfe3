package dev.parallax.cli;

import dev.parallax.model.Interval;
import dev.parallax.model.QuantityMention;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The readable output of {@code parallax quantities FILE}: one aligned row per mention with its
 * offsets, kind, text, value or interval, unit, qualifier, date, change and reading. Numbers are
 * written with {@link Locale#ROOT}, so the table is the same on every machine.
 */
final class QuantitiesTable {
  private QuantitiesTable() {}

  private static final String[] HEADER = {
    "start", "end", "kind", "text", "value", "unit", "qualifier", "date", "change", "reading"
  };

  /** Writes the table of {@code mentions} to {@code out}. */
  static void write(List<QuantityMention> mentions, PrintWriter out) {
    List<String[]> rows = new ArrayList<>(mentions.size() + 1);
    rows.add(HEADER);
    for (QuantityMention m : mentions) {
      rows.add(new String[] {
        Integer.toString(m.start()), Integer.toString(m.end()), m.kind().name(), oneLine(m.text()), value(m),
        orDash(m.unit()), m.qualifier() == null ? "-" : m.qualifier().name(), date(m),
        m.change() == null ? "-" : m.change().name(), reading(m.reading())
      });
    }
    int[] width = new int[HEADER.length];
    for (String[] r : rows) {
      for (int c = 0; c < r.length; c++) {
        width[c] = Math.max(width[c], r[c].codePointCount(0, r[c].length()));
      }
    }
    for (String[] r : rows) {
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < r.length; c++) {
        if (c > 0) {
          b.append("  ");
        }
        b.append(r[c]);
        if (c < r.length - 1) {
          b.append(" ".repeat(width[c] - r[c].codePointCount(0, r[c].length())));
        }
      }
      out.println(b.toString().stripTrailing());
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

  private static String value(QuantityMention m) {
    if (m.low() != null || m.high() != null) {
      return "[" + number(m.low()) + ", " + number(m.high()) + "]";
    }
    return m.value() == null ? "-" : number(m.value());
  }

  private static String date(QuantityMention m) {
    if (m.date() == null && m.dateEnd() == null) {
      return "-";
    }
    if (m.dateEnd() == null) {
      return m.date();
    }
    return (m.date() == null ? "" : m.date()) + ".." + m.dateEnd();
  }

  private static String reading(Interval r) {
    if (r == null) {
      return "-";
    }
    return r.low() == r.high() ? number(r.low()) : "[" + number(r.low()) + ", " + number(r.high()) + "]";
  }

  /** A number without a needless ".0" and without exponent for everyday magnitudes. */
  static String number(Double v) {
    if (v == null) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%d", v.longValue());
    }
    String s = String.format(Locale.ROOT, "%.6f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
