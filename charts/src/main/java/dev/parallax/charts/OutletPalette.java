package dev.parallax.charts;

import dev.parallax.model.Article;
import dev.parallax.model.Report;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per outlet, the same in every figure of a report: outlets take colours in the order they
 * first appear among the report's articles. The colours come from a palette safe for colour-blind
 * readers (Okabe and Ito) whose lightness also differs, so they stay apart in greyscale.
 */
public final class OutletPalette {
  private static final List<Color> COLORS =
      List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
          new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000));

  private final Map<String, Color> byOutlet = new LinkedHashMap<>();

  public OutletPalette(Report report) {
    for (Article a : report.articles()) {
      byOutlet.computeIfAbsent(a.outletOrUnknown(), k -> COLORS.get(byOutlet.size() % COLORS.size()));
    }
  }

  /** The colour of an outlet; outlets not in the report get a grey. */
  public Color color(String outlet) {
    return byOutlet.getOrDefault(outlet, Color.GRAY);
  }

  /** The colour as CSS hex, such as {@code #0072b2}. */
  public String hex(String outlet) {
    Color c = color(outlet);
    return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  /** The outlets in colour order. */
  public List<String> outlets() {
    return List.copyOf(byOutlet.keySet());
  }
}
