package dev.parallax.charts;

import static dev.parallax.charts.CoverageChart.Status.LEFT_OUT;
import static dev.parallax.charts.CoverageChart.Status.REPORTED;
import static dev.parallax.charts.CoverageChart.Status.REPORTED_DIFFERENTLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Report;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class CoverageChartTest {
  private final Report report = Story.report();
  private final CoverageChart.Data data = CoverageChart.data(report);

  @Test
  void factsAreTheNonDisputeFindingsMostWidelyReportedFirst() {
    // f1 has four outlets; f4, f2 and f6 three, by confidence; f5 one; the dispute f3 is no fact
    assertEquals(List.of("f1", "f4", "f2", "f6", "f5"),
        data.facts().stream().map(CoverageChart.Fact::findingId).toList());
    assertEquals(5, data.totalFacts());
    assertEquals("f2 · whether the dam failed (contradiction)", data.facts().get(2).label());
  }

  @Test
  void agreementsAreReportedAndAbsentOutletsLeftOut() {
    assertEquals(REPORTED, data.status("f4", "Daily Ledger"));
    assertEquals(REPORTED, data.status("f4", "Northern Wire"));
    assertEquals(LEFT_OUT, data.status("f4", "a4 (outlet not named)"));
    assertEquals(LEFT_OUT, data.status("f5", "Harbor Times"));
  }

  @Test
  void aMajorityOfOverlappingFiguresDecidesWhoReportsDifferently() {
    // 150 mm against 120 mm and about 118 mm
    assertEquals(REPORTED_DIFFERENTLY, data.status("f6", "Harbor Times"));
    assertEquals(REPORTED, data.status("f6", "Northern Wire"));
    assertEquals(REPORTED, data.status("f6", "a4 (outlet not named)"));
    assertEquals(LEFT_OUT, data.status("f6", "Daily Ledger"));
  }

  @Test
  void noWinnerOnATieOrInAContradiction() {
    for (String outlet : data.outlets()) {
      assertEquals(REPORTED_DIFFERENTLY, data.status("f1", outlet), outlet);
    }
    assertEquals(REPORTED_DIFFERENTLY, data.status("f2", "Daily Ledger"));
    assertEquals(REPORTED_DIFFERENTLY, data.status("f2", "Northern Wire"));
    assertEquals(LEFT_OUT, data.status("f2", "a4 (outlet not named)"));
  }

  @Test
  void theKeyShowsEachOutletsOwnMarksNotAGreyCircle() {
    OutletPalette palette = new OutletPalette(report);
    JFreeChart chart = CoverageChart.create(data, palette);
    List<ChartKey.Entry> key = ChartKey.of(chart).orElseThrow().entries();
    assertEquals(List.of("reports it", "reports it differently", "leaves it out"),
        key.stream().map(ChartKey.Entry::label).toList());
    // every outlet reports some fact as the others do: four filled marks in the outlets' colours
    List<MarkRenderer.Mark> reported = key.get(0).swatches().stream().map(s -> (MarkRenderer.Mark) s).toList();
    assertEquals(data.outlets().stream().map(palette::color).toList(),
        reported.stream().map(MarkRenderer.Mark::fill).toList());
    assertTrue(key.get(1).swatches().stream().allMatch(s -> ((MarkRenderer.Mark) s).hollow()));
    // each mark in the key is one the renderer draws
    MarkRenderer renderer = (MarkRenderer) chart.getXYPlot().getRenderer();
    List<MarkRenderer.Mark> drawn = renderer.marks().stream().flatMap(List::stream).toList();
    for (ChartKey.Entry e : key) {
      for (Swatch s : e.swatches()) {
        assertTrue(drawn.stream().anyMatch(m -> m == s), e.label() + ": a mark the chart does not draw");
      }
    }
  }

  @Test
  void renders() throws Exception {
    String svg = Rendering.check(() -> CoverageChart.create(report), ChartStyle.WIDTH,
        CoverageChart.height(data.facts().size()), "coverage");
    assertTrue(svg.contains("f4 · flood on 1 May"));
  }
}
