package dev.parallax.charts;

import static dev.parallax.charts.ReportFixture.Q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Qualifier;
import dev.parallax.model.Report;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.junit.jupiter.api.Test;

class TimelineChartTest {
  private final Report report = Story.report();
  private final TimelineChart.Data data = TimelineChart.data(report);

  /**
   * Three articles about a border clash in December 2024 that reach back for background: a border
   * drawn in 1893, a state founded in 1947, a decade, "since 2017"; one article names no date.
   */
  static Report background() {
    ReportFixture r = new ReportFixture();
    String b1 = "The border was drawn in 1893. Pakistan was founded in 1947. Clashes began on 12 December 2024. "
        + "Talks failed on 14 December 2024. Shelling resumed on 15 December 2024. The crossing closed in December 2024. "
        + "Traders lost money last week.";
    String b2 = "Relations soured in the 1990s. Fences went up since 2017. Talks opened in November 2024. "
        + "Clashes began on 13 December 2024. The envoy left on 16 December 2024.";
    String b3 = "Nobody expects calm soon.";
    r.article("b1", "Daily Ledger", LocalDate.of(2024, 12, 20), "Border clash", b1);
    r.article("b2", "Harbor Times", LocalDate.of(2024, 12, 21), "Clash at the border", b2);
    r.article("b3", "Northern Wire", null, "Outlook", b3);
    r.claim("b1", "The border was drawn in 1893.", Q.date("1893", "1893"));
    r.claim("b1", "Pakistan was founded in 1947.", Q.date("1947", "1947"));
    r.claim("b1", "Clashes began on 12 December 2024.", Q.date("12 December 2024", "2024-12-12"));
    r.claim("b1", "Talks failed on 14 December 2024.", Q.date("14 December 2024", "2024-12-14"));
    r.claim("b1", "Shelling resumed on 15 December 2024.", Q.date("15 December 2024", "2024-12-15"));
    r.claim("b1", "The crossing closed in December 2024.", Q.date("December 2024", "2024-12"));
    r.claim("b1", "Traders lost money last week.", Q.date("last week", "2024-12-09", "2024-12-15", null));
    r.claim("b2", "Relations soured in the 1990s.", Q.date("the 1990s", "1990", "1999", null));
    r.claim("b2", "Fences went up since 2017.", Q.date("since 2017", "2017", null, Qualifier.AT_LEAST));
    r.claim("b2", "Talks opened in November 2024.", Q.date("November 2024", "2024-11"));
    r.claim("b2", "Clashes began on 13 December 2024.", Q.date("13 December 2024", "2024-12-13"));
    r.claim("b2", "The envoy left on 16 December 2024.", Q.date("16 December 2024", "2024-12-16"));
    r.claim("b3", "Nobody expects calm soon.");
    return r.report();
  }

  @Test
  void everyDatedMentionIsAnEvent() {
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
  void aCompactStoryIsShownWholeWithoutEmptyRows() {
    // April 2024 to the last publication day, 4 May
    assertEquals(LocalDate.of(2024, 4, 1), data.from());
    assertEquals(LocalDate.of(2024, 5, 5), data.to());
    assertEquals(data.events(), data.drawn());
    assertTrue(data.earlier().isEmpty() && data.later().isEmpty());
    // a4 names no date and gives no publication day: no row; a5 has its publication day
    assertEquals(List.of("a1", "a2", "a3", "a5"), data.rows());
    assertEquals(List.of("a4", "a5"), data.undated());
    assertEquals("No dates in a4 (outlet not named), Daily Ledger (a5).", TimelineChart.note(data));
  }

  @Test
  void farDatesAreSetAsideAndListedAsWritten() {
    Report story = background();
    TimelineChart.Data d = TimelineChart.data(story);
    // the story's own period: November and December 2024
    assertEquals(LocalDate.of(2024, 11, 1), d.from());
    assertEquals(LocalDate.of(2025, 1, 1), d.to());
    assertEquals(List.of("1893", "1947", "the 1990s", "since 2017"), d.earlier().stream().map(TimelineChart.Event::text).toList());
    assertTrue(d.later().isEmpty());
    assertEquals("Earlier, not drawn: Daily Ledger (b1) 1893, 1947; Harbor Times (b2) the 1990s, since 2017.\n"
        + "No dates in Northern Wire (b3).", TimelineChart.note(d));
    // no row for the article without dates
    assertEquals(List.of("b1", "b2"), d.rows());

    JFreeChart chart = TimelineChart.create(story);
    ValueAxis time = chart.getXYPlot().getDomainAxis();
    assertTrue(time.getLowerBound() >= TimelineChart.millis(LocalDate.of(2024, 10, 25)), "the axis starts near November 2024");
    assertTrue(time.getUpperBound() <= TimelineChart.millis(LocalDate.of(2025, 1, 8)));
    List<String> titles = texts(chart);
    assertTrue(titles.contains(TimelineChart.note(d)), titles.toString());
    assertTrue(titles.contains("Dates named in the articles' claims, November to December 2024, as each article writes them "
        + "(UTC)."), titles.toString());
  }

  @Test
  void noMarksOrLabelsOverlapWithinALane() {
    TimelineChart.Data d = TimelineChart.data(background());
    TimelineLayout plan = TimelineLayout.of(d);
    assertEquals(d.drawn().size(), plan.placed().size());
    for (TimelineLayout.Placed a : plan.placed()) {
      assertTrue(a.left() >= 0 && a.right() <= plan.width() + 0.5, a + " stays inside the plot of " + plan.width());
      for (TimelineLayout.Placed b : plan.placed()) {
        if (a != b && a.row() == b.row() && a.lane() == b.lane()) {
          assertTrue(a.right() <= b.left() || b.right() <= a.left(), a + " overlaps " + b);
        }
      }
    }
    // four days within five and their labels cannot share one lane
    int b1 = d.rows().indexOf("b1");
    assertTrue(plan.lanes().get(b1) > 1, "b1 takes more than one lane");
    // every row holds something
    for (int r = 0; r < plan.rows().size(); r++) {
      int row = r;
      String id = plan.rows().get(r);
      assertTrue(plan.placed().stream().anyMatch(p -> p.row() == row)
          || (d.published().containsKey(id) && d.shown(d.published().get(id))), id + " is an empty row");
    }
  }

  @Test
  void theKeyShowsTheMarksDrawn() {
    JFreeChart chart = TimelineChart.create(background());
    List<ChartKey.Entry> key = ChartKey.of(chart).orElseThrow().entries();
    assertEquals(List.of("a day", "a month, a year or another period", "published"),
        key.stream().map(ChartKey.Entry::label).toList());
    OutletPalette palette = new OutletPalette(background());
    assertEquals(List.of(palette.color("Daily Ledger"), palette.color("Harbor Times")),
        key.get(0).swatches().stream().map(s -> ((MarkRenderer.Mark) s).fill()).toList());
    MarkRenderer renderer = (MarkRenderer) chart.getXYPlot().getRenderer();
    // five single days are drawn
    assertEquals(5, renderer.marks().get(0).size());
  }

  @Test
  void openEndsAndPeriodEnds() {
    TimelineChart.Data d = TimelineChart.data(background());
    TimelineChart.Event since = d.events().stream().filter(e -> e.text().equals("since 2017")).findFirst().orElseThrow();
    assertTrue(since.openLater());
    assertFalse(since.openEarlier());
    assertEquals("2017-01-01 to 2017-12-31 and after", TimelineChart.describe(since));
    // "the 1990s": 1990 to the end of 1999, not to its first day
    TimelineChart.Event nineties = d.events().stream().filter(e -> e.text().equals("the 1990s")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2000, 1, 1), nineties.end());
    // "last week": the 9th to the 15th, both days included
    TimelineChart.Event week = d.events().stream().filter(e -> e.text().equals("last week")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2024, 12, 16), week.end());
    // a whole month written with an exclusive end stays that month
    assertEquals(LocalDate.of(2019, 2, 1), TimelineChart.until("2019-02-01", LocalDate.of(2019, 1, 1)).orElseThrow());
  }

  @Test
  void aLongNoteCountsWhatItDoesNotList() {
    // thirty days of May 2024, and 45 years of background spread over a century
    ReportFixture r = new ReportFixture();
    StringBuilder text = new StringBuilder();
    for (int day = 1; day <= 30; day++) {
      text.append("It happened on ").append(day).append(" May 2024. ");
    }
    for (int year = 1850; year < 1940; year += 2) {
      text.append("Something happened in ").append(year).append(". ");
    }
    r.article("c1", "Daily Ledger", LocalDate.of(2024, 5, 31), null, text.toString().strip());
    for (int day = 1; day <= 30; day++) {
      r.claim("c1", "It happened on " + day + " May 2024.",
          Q.date(day + " May 2024", String.format(java.util.Locale.ROOT, "2024-05-%02d", day)));
    }
    for (int year = 1850; year < 1940; year += 2) {
      r.claim("c1", "Something happened in " + year + ".", Q.date(Integer.toString(year), Integer.toString(year)));
    }
    TimelineChart.Data d = TimelineChart.data(r.report());
    assertEquals(LocalDate.of(2024, 5, 1), d.from());
    assertEquals(45, d.earlier().size());
    String note = TimelineChart.note(d);
    assertTrue(note.startsWith("Earlier, not drawn: Daily Ledger (c1) 1850, 1852,"), note);
    assertTrue(note.endsWith(", 1928; and 5 more in 1 article."), note);
  }

  @Test
  void evenlySpreadDatesAreAllShown() {
    List<Double> points = List.of(0.0, 100.0, 200.0, 300.0, 400.0, 500.0);
    double[] cluster = TimelineChart.cluster(points);
    assertEquals(0.0, cluster[0]);
    assertEquals(500.0, cluster[1]);
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
    String svg = Rendering.check(() -> TimelineChart.create(report), ChartStyle.WIDTH, TimelineChart.height(data),
        "timeline");
    assertTrue(svg.contains("2024-"), "ticks are ISO dates");
    TimelineChart.Data far = TimelineChart.data(background());
    String svg2 = Rendering.check(() -> TimelineChart.create(background()), ChartStyle.WIDTH, TimelineChart.height(far),
        "timeline-background");
    assertTrue(svg2.contains("Earlier, not drawn"));
  }

  private static List<String> texts(JFreeChart chart) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      Title t = chart.getSubtitle(i);
      if (t instanceof TextTitle) {
        out.add(((TextTitle) t).getText());
      }
    }
    return out;
  }
}
