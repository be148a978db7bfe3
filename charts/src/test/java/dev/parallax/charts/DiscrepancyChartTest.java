package dev.parallax.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Finding;
import dev.parallax.model.Interval;
import dev.parallax.model.Qualifier;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import dev.parallax.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscrepancyChartTest {
  private final Report report = Story.report();

  private Finding finding(String id) {
    return report.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void oneRowPerFigureInValueOrderWithOpenEnds() {
    DiscrepancyChart.Data data = DiscrepancyChart.data(report, finding("f1"));
    assertEquals("f1: people evacuated", data.title());
    assertEquals("people evacuated", data.axisLabel());
    assertEquals(0.771, data.relativeGap());
    List<DiscrepancyChart.Row> rows = data.rows();
    assertEquals(List.of("Daily Ledger (a1)", "Harbor Times (a2)", "Northern Wire (a3)", "a4 (outlet not named)"),
        rows.stream().map(DiscrepancyChart.Row::label).toList());
    DiscrepancyChart.Row more = rows.get(0);
    assertEquals("More than 2,000", more.text());
    assertTrue(more.openAbove(), "more than: open above");
    assertFalse(more.openBelow());
    assertEquals(2000, more.low());
    assertEquals(2400, more.high());
    DiscrepancyChart.Row about = rows.get(1);
    assertEquals(Qualifier.APPROXIMATE, about.qualifier());
    assertFalse(about.openAbove() || about.openBelow(), "about: closed");
    DiscrepancyChart.Row fewer = rows.get(3);
    assertTrue(fewer.openBelow(), "fewer than: open below");
    assertEquals("a4 (outlet not named)", fewer.outlet());
  }

  @Test
  void theAxisCarriesTheUnit() {
    assertEquals("rainfall (mm)", DiscrepancyChart.data(report, finding("f6")).axisLabel());
  }

  @Test
  void refusesOtherKinds() {
    assertThrows(IllegalArgumentException.class, () -> DiscrepancyChart.data(report, finding("f2")));
  }

  @Test
  void readsFiguresWithoutAReadingFromTheirValueOrBounds() {
    QuantityMention value = new QuantityMention("56%", 0, 3, QuantityKind.PERCENT, 56.0, null, null, "%",
        Qualifier.EXACT, null, null, null, null);
    assertEquals(Interval.point(56), DiscrepancyChart.reading(value));
    QuantityMention range = new QuantityMention("30-35", 0, 5, QuantityKind.RANGE, null, 35.0, 30.0, null,
        Qualifier.RANGE, null, null, null, null);
    assertEquals(new Interval(30, 35), DiscrepancyChart.reading(range));
    QuantityMention date = new QuantityMention("May", 0, 3, QuantityKind.DATE, null, null, null, null, null,
        "2024-05", null, null, null);
    assertNull(DiscrepancyChart.reading(date));
  }

  @Test
  void renders() throws Exception {
    for (String id : List.of("f1", "f6")) {
      Finding f = finding(id);
      int rows = DiscrepancyChart.data(report, f).rows().size();
      String svg = Rendering.check(() -> DiscrepancyChart.create(report, f), ChartStyle.WIDTH,
          DiscrepancyChart.height(rows), "numeric-" + id);
      assertTrue(svg.contains(id.equals("f1") ? "More than 2,000" : "about 118 mm"), "figures are labelled");
    }
  }
}
