package dev.parallax.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Report;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineChartTest {
  private final Report report = Story.report();
  private final TimelineChart.Data data = TimelineChart.data(report);

  @Test
  void everyArticleIsARowAndEveryDatedMentionAnEvent() {
    assertEquals(List.of("a1", "a2", "a3", "a4", "a5"), data.articleIds());
    assertEquals(List.of("a1:1 May 2024", "a2:May 1", "a2:Tuesday night", "a2:April 2024", "a3:1 May"),
        data.events().stream().map(e -> e.articleId() + ":" + e.text()).toList());
    TimelineChart.Event tuesday = data.events().get(2);
    assertEquals(LocalDate.of(2024, 4, 30), tuesday.start());
    assertTrue(tuesday.day());
    TimelineChart.Event april = data.events().get(3);
    assertEquals(LocalDate.of(2024, 4, 1), april.start());
    assertEquals(LocalDate.of(2024, 5, 1), april.end());
    assertEquals("2024-04-01 to 2024-04-30", TimelineChart.describe(april));
  }

  @Test
  void readsIsoDatesAndPeriods() {
    assertEquals(LocalDate.of(2021, 1, 1), TimelineChart.period("2021").orElseThrow()[0]);
    assertEquals(LocalDate.of(2022, 1, 1), TimelineChart.period("2021").orElseThrow()[1]);
    assertEquals(LocalDate.of(2021, 8, 1), TimelineChart.period("2021-08").orElseThrow()[0]);
    assertNull(TimelineChart.period("2021-08-15T10:30:00Z").orElseThrow()[1]);
    LocalDate[] week = TimelineChart.period("2024-W18").orElseThrow();
    assertEquals(LocalDate.of(2024, 4, 29), week[0]);
    assertEquals(LocalDate.of(2024, 5, 6), week[1]);
    assertEquals(LocalDate.of(2024, 5, 1), TimelineChart.period("2024-W18-3").orElseThrow()[0]);
    assertTrue(TimelineChart.period("P3D").isEmpty(), "a duration is no date");
    assertTrue(TimelineChart.period("T10:30").isEmpty(), "a time of day is no date");
    assertTrue(TimelineChart.period("2021-13").isEmpty(), "no thirteenth month");
  }

  @Test
  void renders() throws Exception {
    String svg = Rendering.check(() -> TimelineChart.create(report), ChartStyle.WIDTH,
        TimelineChart.height(data.articleIds().size()), "timeline");
    assertTrue(svg.contains("2024-"), "ticks are ISO dates");
  }
}
