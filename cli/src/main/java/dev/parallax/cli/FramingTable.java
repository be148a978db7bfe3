package dev.parallax.cli;

import dev.parallax.analysis.bias.EvidenceFramingAnalyzer;
import dev.parallax.charts.FramingProfileChart;
import dev.parallax.model.Article;
import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Report;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code parallax framing FILES...} prints: each article's framing indicators as the report of
 * the same files holds them (the value in the report's own format, its unit and the first parts of
 * its breakdown), then the labels each article gives each actor. The report comes from the same
 * pipeline {@code compare} runs, so the two commands show the same values, sentence counts and
 * outlets.
 */
final class FramingTable {
  /** How many parts of a breakdown are shown on an indicator's line. */
  private static final int PARTS = 6;

  private FramingTable() {}

  static void print(Report report, PrintWriter out) {
    Map<String, BiasProfile> profiles = new HashMap<>();
    for (BiasProfile p : report.bias()) {
      profiles.put(p.articleId(), p);
    }
    Map<String, Map<String, List<String>>> labels = new TreeMap<>();
    for (Article a : report.articles()) {
      out.printf(Locale.ROOT, "%s  %s  [%s]%n", a.id(), a.source(), a.outletOrUnknown());
      BiasProfile profile = profiles.get(a.id());
      for (BiasIndicator ind : profile == null ? List.<BiasIndicator>of() : profile.indicators()) {
        if (ind.name().equals(EvidenceFramingAnalyzer.CONTEXT)) {
          out.printf(Locale.ROOT, "  %-16s %s%n", ind.name(), ind.description());
          continue;
        }
        out.printf(Locale.ROOT, "  %-16s %7s  %-34s %s%n", ind.name(), value(ind), ind.unit(), breakdown(ind)).flush();
        if (ind.name().equals(EvidenceFramingAnalyzer.LABELS)) {
          ind.breakdown().forEach((k, v) -> {
            int colon = k.indexOf(": ");
            if (colon > 0) {
              labels.computeIfAbsent(k.substring(0, colon), x -> new TreeMap<>())
                  .computeIfAbsent(a.id(), x -> new ArrayList<>())
                  .add(k.substring(colon + 2) + " " + number(v));
            }
          });
        }
      }
      out.println();
    }
    out.println("Labels by actor and article (own sentences):");
    labels.forEach((actor, byArticle) -> {
      out.println("  " + actor);
      byArticle.forEach((id, l) -> out.println("    " + id + ": " + String.join(", ", l)));
    });
    out.flush();
  }

  /** The value as the HTML and Markdown reports write it: "57.9%" for a share, "3" for a count. */
  static String value(BiasIndicator ind) {
    return FramingProfileChart.formatValue(ind.value(), ind.unit());
  }

  private static String breakdown(BiasIndicator ind) {
    StringBuilder b = new StringBuilder();
    int shown = 0;
    for (Map.Entry<String, Double> e : ind.breakdown().entrySet()) {
      if (shown++ == PARTS) {
        b.append(" ...");
        break;
      }
      b.append(shown > 1 ? "; " : "").append(e.getKey()).append(' ').append(number(e.getValue()));
    }
    return b.toString();
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
