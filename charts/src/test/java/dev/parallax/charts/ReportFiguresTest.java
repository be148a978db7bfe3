package dev.parallax.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.BiasProfile;
import dev.parallax.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFiguresTest {
  private final Report report = Story.report();

  @Test
  void everyFigureOfARichReportInOrder() {
    List<ReportFigures.Figure> figures = ReportFigures.of(report);
    assertEquals(List.of("numeric-f1", "numeric-f6", "outlet-matrix", "coverage", "timeline", "framing-profile",
        "quoted-speakers"), figures.stream().map(ReportFigures.Figure::name).toList());
    assertEquals("f1", figures.get(0).findingId());
    assertTrue(figures.get(0).alt().contains(
        "Daily Ledger (a1) says \"More than 2,000\" (people evacuated), read as 2,000 to 2,400 or more"),
        figures.get(0).alt());
    assertTrue(figures.get(1).alt().contains("a4 (outlet not named) says \"about 118 mm\", read as 112.1 to 123.9"),
        figures.get(1).alt());
  }

  @Test
  void numericCaptionsDescribeOnlyWhatIsDrawn() {
    List<ReportFigures.Figure> figures = ReportFigures.of(report);
    assertEquals("Each outlet's figure for people evacuated, as written: a marker is the value stated (hollow when "
        + "hedged with \u201cabout\u201d); a bar is the interval a figure is read as; a dashed arrow is an open end "
        + "(\u201cmore than\u201d, \u201cless than\u201d). Under each figure, what the outlet says it measures.",
        figures.get(0).caption());
    assertTrue(figures.get(0).alt().contains("Northern Wire (a3) says \"Some 11,000\" (residents who left their homes)"),
        figures.get(0).alt());
  }

  @Test
  void theTimelineCaptionNamesItsPeriod() {
    ReportFigures.Figure timeline = ReportFigures.of(report).get(4);
    assertEquals("The dates named in each article's claims, April to May 2024: a marker for a day, a bar for a month, "
        + "a year or another period, each labelled as the article writes it.", timeline.caption());
    assertTrue(timeline.alt().endsWith("No dates in a4 (outlet not named), Daily Ledger (a5)."), timeline.alt());
  }

  @Test
  void theTimelineCaptionSaysWhenFarDatesAreListedAside() {
    ReportFigures.Figure timeline = ReportFigures.of(TimelineChartTest.background()).stream()
        .filter(f -> f.name().equals("timeline")).findFirst().orElseThrow();
    assertTrue(timeline.caption().endsWith("Dates far from that period are listed under the chart, not drawn."));
    assertTrue(timeline.alt().contains("Earlier, not drawn: Daily Ledger (b1) 1893, 1947"), timeline.alt());
  }

  @Test
  void figuresWithoutDataAreLeftOut() {
    Report bare = Report.builder(report.provenance()).articles(report.articles()).claims(List.of())
        .bias(report.articles().stream().map(a -> new BiasProfile(a.id(), List.of())).toList()).build();
    assertEquals(List.of(), ReportFigures.of(bare));
  }
}
