package dev.parallax.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutletMatrixChartTest {
  private final Report report = Story.report();
  private final OutletMatrixChart.Data data = OutletMatrixChart.data(report);

  @Test
  void outletsInPaletteOrderWithUnnamedArticlesApart() {
    assertEquals(List.of("Daily Ledger", "Harbor Times", "Northern Wire", "a4 (outlet not named)"), data.outlets());
  }

  @Test
  void countsAgreementsAndConflictsPerPair() {
    // f4 agreement; f1 figures apart; f2 contradiction
    assertEquals(1, data.agreements("Daily Ledger", "Harbor Times"));
    assertEquals(2, data.conflicts("Daily Ledger", "Harbor Times"));
    assertEquals(1, data.agreements("Daily Ledger", "Northern Wire"));
    assertEquals(2, data.conflicts("Daily Ledger", "Northern Wire"));
    assertEquals(0, data.agreements("Harbor Times", "a4 (outlet not named)"));
    assertEquals(2, data.conflicts("Harbor Times", "a4 (outlet not named)"));
    // f1: "more than 2,000" and "fewer than 2,500" overlap, so these two agree on it
    assertEquals(1, data.agreements("Daily Ledger", "a4 (outlet not named)"));
    assertEquals(0, data.conflicts("Daily Ledger", "a4 (outlet not named)"));
    // f4 and f1 agree; f2 and f6 (150 mm against 120 mm) do not
    assertEquals(2, data.agreements("Harbor Times", "Northern Wire"));
    assertEquals(2, data.conflicts("Harbor Times", "Northern Wire"));
    // f6: 120 mm and about 118 mm agree; f1 apart
    assertEquals(1, data.agreements("Northern Wire", "a4 (outlet not named)"));
    assertEquals(1, data.conflicts("Northern Wire", "a4 (outlet not named)"));
  }

  @Test
  void symmetricWithAnEmptyDiagonalAndNoDisputes() {
    int n = data.outlets().size();
    for (int i = 0; i < n; i++) {
      assertEquals(0, data.agreements().get(i).get(i), "f5 is two articles of one outlet, not a pair of outlets");
      for (int j = 0; j < n; j++) {
        assertEquals(data.agreements().get(i).get(j), data.agreements().get(j).get(i));
        assertEquals(data.conflicts().get(i).get(j), data.conflicts().get(j).get(i));
      }
    }
    // the dispute f3 lies inside Harbor Times alone and adds nothing
    int total = data.agreements().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum()
        + data.conflicts().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
    // agreements 1 + 1 + 1 + 2 + 0 + 1, conflicts 2 + 2 + 0 + 2 + 2 + 1, each counted in both halves
    assertEquals(2 * (6 + 9), total);
  }

  @Test
  void theKeyShowsTheShadesTheCellsTake() {
    List<ChartKey.Entry> key = ChartKey.of(OutletMatrixChart.create(report)).orElseThrow().entries();
    assertEquals(2, key.size());
    // agreements reach 2, conflicts 2: the shades for 1 and 2, light to dark
    for (ChartKey.Entry e : key) {
      assertEquals(2, e.swatches().size(), e.label());
      ChartKey.Box light = (ChartKey.Box) e.swatches().get(0);
      ChartKey.Box dark = (ChartKey.Box) e.swatches().get(1);
      assertTrue(ChartStyle.lightness(light.fill()) > ChartStyle.lightness(dark.fill()), e.label());
    }
    assertEquals(ChartStyle.ramp(OutletMatrixChart.AGREE, 2, 2), ((ChartKey.Box) key.get(0).swatches().get(1)).fill());
  }

  @Test
  void renders() throws Exception {
    String svg = Rendering.check(() -> OutletMatrixChart.create(report), ChartStyle.WIDTH,
        OutletMatrixChart.height(data.outlets().size()), "outlet-matrix");
    assertTrue(svg.contains("Northern Wire"));
  }
}
