package dev.parallax.charts;

import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import dev.parallax.model.Report;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The dated events each article mentions: one row per article, a marker for each day its claims
 * name, a bar for each longer period ("August 2021", "2023"). Dates come from the claims' DATE and
 * TIME mentions; mentions without a calendar date (durations, times of day) are left out.
 */
public final class TimelineChart {
  private TimelineChart() {}

  /**
   * One dated mention.
   *
   * @param articleId the article
   * @param outlet the outlet it counts for
   * @param claimId the claim that mentions it
   * @param text the mention as written
   * @param start the first day
   * @param end the day after the last, or null for a single day
   */
  public record Event(String articleId, String outlet, String claimId, String text, LocalDate start, LocalDate end) {
    public Event {
      Objects.requireNonNull(start, "start");
      if (end != null && !end.isAfter(start)) {
        throw new IllegalArgumentException("event " + text + ": end " + end + " is not after start " + start);
      }
    }

    /** True for a single day. */
    public boolean day() {
      return end == null;
    }
  }

  /**
   * The figure's data.
   *
   * @param articleIds every article of the report, in report order: the rows
   * @param events the events, by article and then in text order, each (article, start, end) once
   */
  public record Data(List<String> articleIds, List<Event> events) {
    public Data {
      articleIds = List.copyOf(articleIds);
      events = List.copyOf(events);
    }

    /** True when no article mentions a date. */
    public boolean empty() {
      return events.isEmpty();
    }
  }

  /** The dated events of {@code report}. */
  public static Data data(Report report) {
    OutletPalette palette = new OutletPalette(report);
    List<String> ids = report.articles().stream().map(Article::id).toList();
    List<Event> events = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String id : ids) {
      for (Claim c : report.claims()) {
        if (!c.articleId().equals(id)) {
          continue;
        }
        for (QuantityMention q : c.quantities()) {
          if (q.kind() != QuantityKind.DATE && q.kind() != QuantityKind.TIME) {
            continue;
          }
          Optional<Event> e = event(q, id, palette.outletOfArticle(id), c.id());
          if (e.isPresent() && seen.add(id + "|" + e.get().start() + "|" + e.get().end())) {
            events.add(e.get());
          }
        }
      }
    }
    return new Data(ids, events);
  }

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-(\\d))?(?:T.*)?");

  private static Optional<Event> event(QuantityMention q, String articleId, String outlet, String claimId) {
    if (q.date() == null) {
      return Optional.empty();
    }
    Optional<LocalDate[]> from = period(q.date().strip());
    if (from.isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = from.get()[0];
    LocalDate end = from.get()[1];
    if (q.dateEnd() != null) {
      Optional<LocalDate[]> to = period(q.dateEnd().strip());
      if (to.isPresent() && to.get()[0].isAfter(start)) {
        end = to.get()[0];
      }
    }
    return Optional.of(new Event(articleId, outlet, claimId, q.text(), start, end));
  }

  /**
   * The first day of an ISO 8601 date or period and the day after its last (null for a day), or
   * empty when the text is not a calendar date.
   */
  static Optional<LocalDate[]> period(String iso) {
    try {
      Matcher m = DAY.matcher(iso);
      if (m.matches()) {
        return Optional.of(new LocalDate[] {LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), null});
      }
      m = MONTH.matcher(iso);
      if (m.matches()) {
        LocalDate start = LocalDate.of(num(m, 1), num(m, 2), 1);
        return Optional.of(new LocalDate[] {start, start.plusMonths(1)});
      }
      m = YEAR.matcher(iso);
      if (m.matches()) {
        LocalDate start = LocalDate.of(num(m, 1), 1, 1);
        return Optional.of(new LocalDate[] {start, start.plusYears(1)});
      }
      m = WEEK.matcher(iso);
      if (m.matches()) {
        LocalDate monday = LocalDate.of(num(m, 1), 6, 1)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (m.group(3) != null) {
          return Optional.of(new LocalDate[] {monday.plusDays(num(m, 3) - 1L), null});
        }
        return Optional.of(new LocalDate[] {monday, monday.plusDays(7)});
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /** The figure's height in pixels for {@code articles} rows. */
  public static int height(int articles) {
    return 200 + 40 * Math.max(articles, 1);
  }

  /** The figure of {@code report}. */
  public static JFreeChart create(Report report) {
    return create(data(report), new OutletPalette(report));
  }

  /** The figure of {@code data}, with outlet colours and shapes from {@code palette}. */
  public static JFreeChart create(Data data, OutletPalette palette) {
    Objects.requireNonNull(data, "data");
    SymbolAxis rows = ChartStyle.symbols(null,
        data.articleIds().stream().map(id -> ChartStyle.cut(palette.articleLabel(id), 30)).toList());
    rows.setInverted(true);
    rows.setGridBandsVisible(true);
    rows.setGridBandPaint(Color.WHITE);
    rows.setGridBandAlternatePaint(ChartStyle.BAND);

    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (Event e : data.events()) {
      min = Math.min(min, millis(e.start()));
      max = Math.max(max, millis(e.end() != null ? e.end() : e.start().plusDays(1)));
    }
    if (data.events().isEmpty()) {
      min = 0;
      max = 86_400_000L;
    }
    long span = Math.max(max - min, 10 * 86_400_000L);
    DateAxis time = ChartStyle.axis(new DateAxis(null, TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT));
    time.setStandardTickUnits(tickUnits());
    time.setRange(min - span / 20, max + span / 20);

    XYSeriesCollection points = new XYSeriesCollection();
    MarkRenderer renderer = new MarkRenderer();
    for (int r = 0; r < data.articleIds().size(); r++) {
      String id = data.articleIds().get(r);
      XYSeries s = new XYSeries(id, false, true);
      points.addSeries(s);
      for (Event e : data.events()) {
        if (!e.articleId().equals(id)) {
          continue;
        }
        Color color = palette.color(e.outlet());
        if (e.day()) {
          s.add(millis(e.start()) + 43_200_000L, r);
          renderer.add(r, MarkRenderer.Mark.solid(palette.shape(e.outlet()), color));
        } else {
          Shape bar = new Rectangle2D.Double(millis(e.start()), r - 0.16, millis(e.end()) - millis(e.start()), 0.32);
          renderer.addAnnotation(new XYShapeAnnotation(bar, new BasicStroke(1f), color, ChartStyle.tint(color, 0.55)),
              Layer.BACKGROUND);
        }
      }
    }
    XYPlot plot = new XYPlot(points, time, rows, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    ChartStyle.grid(plot, false);
    Color grey = ChartStyle.MUTED;
    plot.setFixedLegendItems(ChartStyle.legend(List.of(
        ChartStyle.item("a day", OutletPalette.marker(0, 10), grey, grey, true),
        ChartStyle.item("a month, a year or another period", new Rectangle2D.Double(-9, -4, 18, 8),
            ChartStyle.tint(grey, 0.55), grey, true))));
    return ChartStyle.chart("Dates each article mentions", "From the dates in the articles' claims (UTC).", plot, true);
  }

  private static long millis(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static TickUnits tickUnits() {
    TickUnits units = new TickUnits();
    for (int n : new int[] {1, 2, 7, 14}) {
      units.add(new DateTickUnit(DateTickUnitType.DAY, n, format("yyyy-MM-dd")));
    }
    for (int n : new int[] {1, 3, 6}) {
      units.add(new DateTickUnit(DateTickUnitType.MONTH, n, format("yyyy-MM")));
    }
    for (int n : new int[] {1, 2, 5, 10, 20, 50, 100}) {
      units.add(new DateTickUnit(DateTickUnitType.YEAR, n, format("yyyy")));
    }
    return units;
  }

  private static SimpleDateFormat format(String pattern) {
    SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ROOT);
    f.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    return f;
  }

  /** The text of a period for tables: "2024-05-01", or "2021-08-01 to 2021-09-01". */
  public static String describe(Event e) {
    return e.day() ? e.start().toString() : e.start() + " to " + e.end().minusDays(1);
  }
}
