package dev.parallax.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Claim;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A story told by many outlets (issue 16: 5,000 files left only report.json, the matrix of outlets
 * never finished): the matrix is counted per finding in pairs of its outlets, and not drawn above
 * {@link OutletMatrixChart#MAX_OUTLETS}, where its cells would be too small to read.
 */
class ManyOutletsTest {
  private static Report story(int outlets) {
    ReportFixture fx = new ReportFixture();
    Claim[] claims = new Claim[outlets];
    for (int i = 1; i <= outlets; i++) {
      fx.article("a" + i, "Outlet " + i, LocalDate.of(2024, 5, 1), "Fire", "Officials said the fire is out.");
      claims[i - 1] = fx.claim("a" + i, "Officials said the fire is out.");
    }
    fx.finding(FindingKind.AGREEMENT, "the fire", 0.9, "All say the fire is out.", List.of(), List.of(), List.of(),
        null, outlets, claims);
    return fx.report();
  }

  private static List<String> names(Report r) {
    return ReportFigures.of(r).stream().map(ReportFigures.Figure::name).toList();
  }

  @Test
  void theMatrixIsDrawnUpToTheLimit() {
    Report r = story(OutletMatrixChart.MAX_OUTLETS);
    assertTrue(names(r).contains("outlet-matrix"), names(r).toString());
  }

  @Test
  void theMatrixIsLeftOutAboveTheLimitAndTheOtherFiguresStay() {
    Report r = story(OutletMatrixChart.MAX_OUTLETS + 1);
    assertFalse(names(r).contains("outlet-matrix"), names(r).toString());
  }

  @Test
  void everyPairOfManyOutletsIsCountedOnce() {
    int n = 300;
    OutletMatrixChart.Data data = OutletMatrixChart.data(story(n));
    assertEquals(n, data.outlets().size());
    assertEquals(1, data.agreements("Outlet 1", "Outlet " + n));
    assertEquals(1, data.agreements("Outlet " + n, "Outlet 1"));
    assertEquals(0, data.conflicts("Outlet 7", "Outlet 8"));
    assertEquals(n * (n - 1), data.agreements().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum());
  }
}
