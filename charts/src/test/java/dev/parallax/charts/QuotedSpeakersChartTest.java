package dev.parallax.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Report;
import java.util.List;
import java.util.Map;
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
  void renders() throws Exception {
    QuotedSpeakersChart.Data data = QuotedSpeakersChart.data(report).orElseThrow();
    String svg = Rendering.check(() -> QuotedSpeakersChart.create(data, new OutletPalette(report)), ChartStyle.WIDTH,
        QuotedSpeakersChart.height(data), "quoted-sources");
    assertTrue(svg.contains("official"));
    assertTrue(svg.contains("67%"), "wide segments carry their share");
  }
}
