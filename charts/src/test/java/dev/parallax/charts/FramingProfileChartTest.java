package dev.parallax.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Report;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.junit.jupiter.api.Test;

class FramingProfileChartTest {
  private final Report report = Story.report();
  private final FramingProfileChart.Data data = FramingProfileChart.data(report);

  @Test
  void rowsFollowTheConfiguredOrderAndArticlesWithoutIndicatorsAreLeftOut() {
    assertEquals(List.of("loaded-language", "actor-portrayal", "quoted-sources", "omission"),
        data.indicators().stream().map(FramingProfileChart.Indicator::name).toList());
    assertEquals(List.of("a1", "a2", "a3", "a5"), data.articleIds());
  }

  @Test
  void eachRowIsScaledByItsLargestAbsoluteValue() {
    FramingProfileChart.Indicator loaded = data.indicators().get(0);
    assertEquals(0.2, loaded.maxAbs());
    assertEquals(1.0, loaded.point("a1").orElseThrow().scaled(), 1e-12);
    assertEquals(0.5, loaded.point("a3").orElseThrow().scaled(), 1e-12);
    assertEquals(0.0, loaded.point("a5").orElseThrow().scaled(), 1e-12);
    FramingProfileChart.Indicator portrayal = data.indicators().get(1);
    assertEquals(-1.0, portrayal.point("a1").orElseThrow().scaled(), 1e-12);
    assertEquals(0.25, portrayal.point("a2").orElseThrow().scaled(), 1e-12);
    assertTrue(portrayal.point("a3").isEmpty(), "a3 has no portrayal value");
  }

  @Test
  void valuesAreFormattedInTheirUnit() {
    assertEquals("20%", FramingProfileChart.formatValue(0.2, "share of own sentences"));
    assertEquals("12.5%", FramingProfileChart.formatValue(0.125, "Share of quotes"));
    assertEquals("3", FramingProfileChart.formatValue(3, "count"));
    assertEquals("1,250.5", FramingProfileChart.formatValue(1250.5, "words"));
    assertEquals("-0.4", FramingProfileChart.formatValue(-0.4, "mean sentiment"));
  }

  @Test
  void anIndicatorThatIsZeroForEveryArticleGetsNoRowButIsNamed() {
    List<BiasProfile> profiles = new java.util.ArrayList<>();
    for (BiasProfile p : report.bias()) {
      List<BiasIndicator> indicators = new java.util.ArrayList<>(p.indicators());
      indicators.add(new BiasIndicator("outlet-context", 0, "context, not a score", List.of(), "Registry context.",
          java.util.Map.of()));
      profiles.add(new BiasProfile(p.articleId(), indicators));
    }
    Report withContext = Report.builder(report.provenance()).articles(report.articles()).claims(report.claims())
        .bias(profiles).build();
    FramingProfileChart.Data d = FramingProfileChart.data(withContext);
    assertEquals(List.of("loaded-language", "actor-portrayal", "quoted-sources", "omission"),
        d.indicators().stream().map(FramingProfileChart.Indicator::name).toList());
    assertEquals(List.of("outlet-context"), d.allZero());
    JFreeChart chart = FramingProfileChart.create(d, new OutletPalette(withContext));
    SymbolAxis rows = (SymbolAxis) chart.getXYPlot().getRangeAxis();
    assertEquals(4, rows.getSymbols().length);
    assertFalse(java.util.Arrays.stream(rows.getSymbols()).anyMatch(l -> l.startsWith("outlet context")));
    assertTrue(DiscrepancyChartTest.subtitle(chart).endsWith("Left out, 0 for every article: outlet context."),
        DiscrepancyChartTest.subtitle(chart));
    // a row where only some articles are 0 stays: loaded language is 0 in a2 and a5
    assertEquals(0.0, d.indicators().get(0).point("a2").orElseThrow().value());
  }

  @Test
  void aReportWithoutIndicatorsHasNoProfile() {
    Report plain = Report.builder(report.provenance()).articles(report.articles()).claims(report.claims())
        .bias(report.articles().stream().map(a -> new BiasProfile(a.id(), List.of())).toList()).build();
    assertTrue(FramingProfileChart.data(plain).empty());
  }

  @Test
  void renders() throws Exception {
    String svg = Rendering.check(() -> FramingProfileChart.create(report), ChartStyle.WIDTH,
        FramingProfileChart.height(data), "framing-profile");
    assertTrue(svg.contains("loaded language (max 20%)"), "rows name the indicator and its highest value");
  }
}
