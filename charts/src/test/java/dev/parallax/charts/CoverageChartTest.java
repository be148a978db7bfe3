package dev.parallax.charts;

import static dev.parallax.charts.CoverageChart.Status.LEFT_OUT;
import static dev.parallax.charts.CoverageChart.Status.REPORTED;
import static dev.parallax.charts.CoverageChart.Status.REPORTED_DIFFERENTLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Report;
import java.util.List;
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
  void renders() throws Exception {
    String svg = Rendering.check(() -> CoverageChart.create(report), ChartStyle.WIDTH,
        CoverageChart.height(data.facts().size()), "coverage");
    assertTrue(svg.contains("f4 · flood on 1 May"));
  }
}
