package dev.parallax.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Report;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

class QuotedSpeakersChartTest {
  private final Report report = Story.report();

  @Test
  void sharesPerArticleWithKindsInStackingOrder() {
    QuotedSpeakersChart.Data data = QuotedSpeakersChart.data(report).orElseThrow();
    assertEquals("quoted-sources", data.indicator());
    // "official" in a3 and "OFFICIAL" in a1 are one kind
    assertEquals(List.of("OFFICIAL", "EXPERT", "GROUP"), data.kinds());
    assertEquals(List.of("a1", "a2", "a3"), data.rows().stream().map(QuotedSpeakersChart.Row::articleId).toList());
    QuotedSpeakersChart.Row a1 = data.rows().get(0);
    assertEquals(3.0, a1.total());
    assertEquals(2.0 / 3, a1.shares().get("OFFICIAL"), 1e-12);
    assertEquals(0.0, a1.shares().get("EXPERT"));
    assertEquals(1.0 / 3, a1.shares().get("GROUP"), 1e-12);
    assertEquals(1.0, data.rows().get(2).shares().get("OFFICIAL"), 1e-12);
  }

  @Test
  void findsABreakdownOfSpeakerKindsUnderAnotherName() {
    Report renamed = withIndicator(new BiasIndicator("voices", 2, "count", List.of(), "Who speaks.",
        Map.of("EXPERT", 1.0, "citizen", 1.0)));
    assertEquals("voices", QuotedSpeakersChart.data(renamed).orElseThrow().indicator());
  }

  @Test
  void skipsTheChartWithoutOne() {
    Report none = withIndicator(new BiasIndicator("hedges", 2, "count", List.of(), "Softeners.",
        Map.of("probably", 1.0, "may", 1.0)));
    assertTrue(QuotedSpeakersChart.data(none).isEmpty());
    assertTrue(QuotedSpeakersChart.create(none).isEmpty());
  }

  private Report withIndicator(BiasIndicator indicator) {
    return Report.builder(report.provenance()).articles(report.articles()).claims(report.claims())
        .bias(List.of(new BiasProfile("a1", List.of(indicator)))).build();
  }

  @Test
  void everyStyleIsApartFromEveryOtherInColourAndInGreyscale() {
    List<QuotedSpeakersChart.KindStyle> styles = QuotedSpeakersChart.styles();
    assertEquals(QuotedSpeakersChart.MAX_KINDS, styles.size());
    for (int i = 0; i < styles.size(); i++) {
      for (int j = i + 1; j < styles.size(); j++) {
        QuotedSpeakersChart.KindStyle a = styles.get(i);
        QuotedSpeakersChart.KindStyle b = styles.get(j);
        String pair = hex(a) + " and " + hex(b);
        // colour: CIE76 distance in CIELAB; 25 is well past a just-noticeable difference (about 2.3)
        assertTrue(deltaE(a.color(), b.color()) >= 25, pair + ": colour distance " + deltaE(a.color(), b.color()));
        // greyscale: what is left is lightness and pattern; two fills with the same pattern differ in lightness
        double dL = Math.abs(lab(a.color())[0] - lab(b.color())[0]);
        assertTrue(a.hatched() != b.hatched() || dL >= 10, pair + ": same pattern, lightness only " + dL + " apart");
      }
    }
  }

  @Test
  void theSeedsNineKindsGetNineStylesAndTheChartDrawsThem() {
    // the kinds of the seeds' report: official, five kinds of official, expert, citizen, other
    List<String> kinds = List.of("OFFICIAL", "OFFICIAL: AL-QAEDA", "OFFICIAL: PAKISTAN", "OFFICIAL: TALIBAN",
        "OFFICIAL: TEHREEK-E-TALIBAN PAKISTAN", "OFFICIAL: UNITED NATIONS", "EXPERT", "CITIZEN", "OTHER");
    Map<String, Double> breakdown = new java.util.LinkedHashMap<>();
    kinds.forEach(k -> breakdown.put(k.toLowerCase(java.util.Locale.ROOT), 1.0));
    Report seeds = withIndicator(new BiasIndicator("quoted-sources", 9, "count", List.of(), "Who speaks.", breakdown));
    QuotedSpeakersChart.Data data = QuotedSpeakersChart.data(seeds).orElseThrow();
    assertEquals(kinds, data.kinds());
    List<QuotedSpeakersChart.KindStyle> styles = data.styles();
    assertEquals(kinds.size(), new java.util.HashSet<>(styles).size(), "no two kinds alike");
    // official and citizen, once one dark purple, are plain fills far apart
    QuotedSpeakersChart.KindStyle official = styles.get(0);
    QuotedSpeakersChart.KindStyle citizen = styles.get(7);
    assertFalse(official.hatched() || citizen.hatched());
    assertTrue(Math.abs(lab(official.color())[0] - lab(citizen.color())[0]) >= 20);
    // kinds of a kind are hatched
    for (int k = 1; k <= 5; k++) {
      assertTrue(styles.get(k).hatched(), kinds.get(k));
    }
    JFreeChart chart = QuotedSpeakersChart.create(data, new OutletPalette(seeds));
    CategoryPlot plot = chart.getCategoryPlot();
    List<ChartKey.Entry> key = ChartKey.of(chart).orElseThrow().entries();
    assertEquals(kinds.stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).toList(),
        key.stream().map(ChartKey.Entry::label).toList());
    for (int k = 0; k < kinds.size(); k++) {
      assertEquals(styles.get(k).color(), plot.getRenderer().getSeriesPaint(k), kinds.get(k));
      ChartKey.Box box = (ChartKey.Box) key.get(k).swatches().get(0);
      assertEquals(styles.get(k).color(), box.fill());
      assertEquals(styles.get(k).hatched(), box.hatched(), "the key shows the pattern the bars have");
    }
  }

  @Test
  void moreKindsThanStylesFoldTheSmallestIntoOne() {
    Map<String, Double> breakdown = new java.util.LinkedHashMap<>();
    breakdown.put("OFFICIAL", 10.0);
    breakdown.put("EXPERT", 5.0);
    for (int i = 1; i <= 13; i++) {
      breakdown.put(String.format(java.util.Locale.ROOT, "OFFICIAL: PARTY %02d", i), (double) i);
    }
    Report many = withIndicator(new BiasIndicator("quoted-sources", 106, "count", List.of(), "Who speaks.", breakdown));
    QuotedSpeakersChart.Data data = QuotedSpeakersChart.data(many).orElseThrow();
    assertEquals(QuotedSpeakersChart.MAX_KINDS, data.kinds().size());
    assertEquals(QuotedSpeakersChart.MORE_KINDS, data.kinds().get(data.kinds().size() - 1));
    // the main kinds stay; the parties with the fewest quotations (1 to 4) are folded
    assertEquals(List.of("OFFICIAL: PARTY 01", "OFFICIAL: PARTY 02", "OFFICIAL: PARTY 03", "OFFICIAL: PARTY 04"),
        data.folded());
    assertTrue(data.kinds().containsAll(List.of("OFFICIAL", "EXPERT", "OFFICIAL: PARTY 13")));
    assertEquals("4 more kinds", data.label(QuotedSpeakersChart.MORE_KINDS));
    QuotedSpeakersChart.Row row = data.rows().get(0);
    assertEquals(10.0 / 106, row.shares().get(QuotedSpeakersChart.MORE_KINDS), 1e-12);
    assertEquals(1.0, row.shares().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    assertEquals(data.kinds().size(), new java.util.HashSet<>(data.styles()).size());
  }

  private static String hex(QuotedSpeakersChart.KindStyle s) {
    return String.format(java.util.Locale.ROOT, "#%06x%s", s.color().getRGB() & 0xFFFFFF, s.hatched() ? " hatched" : "");
  }

  /** CIE76 colour difference. */
  private static double deltaE(Color a, Color b) {
    double[] x = lab(a);
    double[] y = lab(b);
    return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
  }

  /** sRGB to CIELAB (D65), written out here rather than taken from the code under test. */
  private static double[] lab(Color c) {
    double r = lin(c.getRed());
    double g = lin(c.getGreen());
    double b = lin(c.getBlue());
    double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
  }

  private static double lin(int channel) {
    double v = channel / 255.0;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  private static double f(double t) {
    return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
  }

  @Test
  void renders() throws Exception {
    QuotedSpeakersChart.Data data = QuotedSpeakersChart.data(report).orElseThrow();
    String svg = Rendering.check(() -> QuotedSpeakersChart.create(data, new OutletPalette(report)), ChartStyle.WIDTH,
        QuotedSpeakersChart.height(data), "quoted-sources");
    assertTrue(svg.contains("official"));
    assertTrue(svg.contains("67%"), "wide segments carry their share");
  }
}
