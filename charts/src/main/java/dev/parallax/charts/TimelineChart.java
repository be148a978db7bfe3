package dev.parallax.charts;

import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.Qualifier;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import dev.parallax.model.Report;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The dated events each article mentions, over the story's own period: one row per article with
 * a date in that period, a marker for each day its claims name and a bar for each longer period
 * ("August 2021", "2023"), each labelled with the date as the article writes it; a dashed arrow
 * marks an open end ("since 2022", "before 2018"), and a dark stroke the day an article was
 * published. Dates come from the claims' DATE and TIME mentions; mentions without a calendar date
 * (durations, times of day, dates the analysis could not place) are left out.
 *
 * <p><b>The period shown.</b> Articles reach far back for background ("the Durand Line of 1893",
 * "the 1990s"); drawn on one axis with last week's events, those dates would squeeze the story into
 * a sliver. So the chart finds the dense cluster of the dates (each event's middle and each
 * publication day): the stretch with the most dates per day (counting a stretch as at least a
 * twentieth of all the dates' span long), less any lone date at either end that lies further from
 * its neighbour than a third of the stretch and than twice any step inside it, widened again by
 * dates closer than a third of the stretch or than one and a half times its largest step. The
 * period shown covers every event whose middle falls in that cluster, whole. Every other date is
 * listed, as written, in a note under the chart ("Earlier, not drawn: …"), so nothing is lost;
 * when the dates spread evenly, the period is all of them.
 *
 * <p><b>Layout.</b> Within a row, events take as many lanes as they need so that no two marks or
 * labels overlap; articles without a date in the period get no row (the note names articles with
 * no date at all).
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
   * @param openEarlier true for "before 2018", "until May": the period reaches back from here
   * @param openLater true for "since 2022", "after 2001", "from June 30": the period goes on from here
   */
  public record Event(
      String articleId,
      String outlet,
      String claimId,
      String text,
      LocalDate start,
      LocalDate end,
      boolean openEarlier,
      boolean openLater) {
    public Event {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(start, "start");
      if (end != null && !end.isAfter(start)) {
        throw new IllegalArgumentException("event " + text + ": end " + end + " is not after start " + start);
      }
    }

    /** True for a single day. */
    public boolean day() {
      return end == null;
    }

    /** The day after the last day. */
    public LocalDate until() {
      return end != null ? end : start.plusDays(1);
    }

    /** The middle of the period, in days since 1970-01-01. */
    double middle() {
      return (start.toEpochDay() + until().toEpochDay()) / 2.0;
    }
  }

  /**
   * The figure's data.
   *
   * @param articleIds every article of the report, in report order
   * @param labels each article's label, by id, as the palette gives it
   * @param events every dated mention, by article and then in text order, each (article, start, end) once
   * @param published the articles' publication days, by id, for the articles that give one
   * @param from the first day of the period shown, or null when there are no events
   * @param to the day after the last day of the period shown, or null when there are no events
   */
  public record Data(
      List<String> articleIds,
      Map<String, String> labels,
      List<Event> events,
      Map<String, LocalDate> published,
      LocalDate from,
      LocalDate to) {
    public Data {
      articleIds = List.copyOf(articleIds);
      labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
      events = List.copyOf(events);
      published = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(published));
      if (!events.isEmpty() && (from == null || to == null || !to.isAfter(from))) {
        throw new IllegalArgumentException("the period shown " + from + " to " + to + " is empty");
      }
    }

    /** True when no article mentions a date. */
    public boolean empty() {
      return events.isEmpty();
    }

    /** True when {@code e} is drawn: it lies wholly in the period shown. */
    public boolean shown(Event e) {
      return !empty() && !e.start().isBefore(from) && !e.until().isAfter(to);
    }

    /** True when {@code day} falls in the period shown. */
    public boolean shown(LocalDate day) {
      return !empty() && !day.isBefore(from) && day.isBefore(to);
    }

    /** The events drawn. */
    public List<Event> drawn() {
      return events.stream().filter(this::shown).toList();
    }

    /** The events not drawn because they lie before the period shown, by article, then by date. */
    public List<Event> earlier() {
      return aside(e -> e.middle() < from.toEpochDay());
    }

    /** The events not drawn because they lie after the period shown, by article, then by date. */
    public List<Event> later() {
      return aside(e -> e.middle() >= from.toEpochDay());
    }

    private List<Event> aside(java.util.function.Predicate<Event> side) {
      if (empty()) {
        return List.of();
      }
      List<Event> out = new ArrayList<>();
      for (String id : articleIds) {
        events.stream().filter(e -> e.articleId().equals(id) && !shown(e) && side.test(e))
            .sorted(Comparator.comparing(Event::start).thenComparing(Event::until))
            .forEach(out::add);
      }
      return out;
    }

    /** The rows: the articles with an event or their publication day in the period shown, in report order. */
    public List<String> rows() {
      Set<String> dated = new LinkedHashSet<>();
      drawn().forEach(e -> dated.add(e.articleId()));
      return articleIds.stream()
          .filter(id -> dated.contains(id) || (published.containsKey(id) && shown(published.get(id))))
          .toList();
    }

    /** The articles whose claims name no calendar date at all, in report order. */
    public List<String> undated() {
      return articleIds.stream().filter(id -> events.stream().noneMatch(e -> e.articleId().equals(id))).toList();
    }

    private String label(String id) {
      return labels.getOrDefault(id, id);
    }
  }

  /** The dated events of {@code report} and the period to show. */
  public static Data data(Report report) {
    OutletPalette palette = new OutletPalette(report);
    List<String> ids = report.articles().stream().map(Article::id).toList();
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, LocalDate> published = new LinkedHashMap<>();
    for (Article a : report.articles()) {
      labels.put(a.id(), palette.articleLabel(a.id()));
      if (a.published() != null) {
        published.put(a.id(), a.published());
      }
    }
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
    if (events.isEmpty()) {
      return new Data(ids, labels, events, published, null, null);
    }
    LocalDate[] period = period(events, published.values());
    return new Data(ids, labels, events, published, period[0], period[1]);
  }

  /**
   * The period to show: the whole of every event whose middle lies in the dense cluster of the
   * events' middles and the publication days (see the class comment), widened until no event left
   * out has its middle inside it.
   */
  static LocalDate[] period(List<Event> events, java.util.Collection<LocalDate> published) {
    List<Double> points = new ArrayList<>();
    events.forEach(e -> points.add(e.middle()));
    published.forEach(d -> points.add(d.toEpochDay() + 0.5));
    points.sort(Double::compare);
    double[] cluster = cluster(points);
    double lo = cluster[0];
    double hi = cluster[1];
    boolean[] in = new boolean[events.size()];
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int i = 0; i < in.length; i++) {
        Event e = events.get(i);
        if (!in[i] && e.middle() >= lo && e.middle() <= hi) {
          in[i] = true;
          lo = Math.min(lo, e.start().toEpochDay());
          hi = Math.max(hi, e.until().toEpochDay());
          grew = true;
        }
      }
    }
    for (LocalDate d : published) {
      if (d.toEpochDay() >= lo && d.toEpochDay() < hi) {
        hi = Math.max(hi, d.toEpochDay() + 1);
      }
    }
    LocalDate from = LocalDate.ofEpochDay((long) Math.floor(lo));
    LocalDate to = LocalDate.ofEpochDay((long) Math.ceil(hi));
    if (!to.isAfter(from)) {
      to = from.plusDays(1);
    }
    return new LocalDate[] {from, to};
  }

  /** Lone dates further than this share of the cluster's length from their neighbour are set aside. */
  private static final double GAP = 1.0 / 3;

  /** The ends of the dense cluster of {@code points} (sorted, in days); all of them when they are few or spread evenly. */
  static double[] cluster(List<Double> points) {
    int n = points.size();
    if (n <= 3) {
      return new double[] {points.get(0), points.get(n - 1)};
    }
    // the densest stretch: the most points per day, where a stretch counts as at least a twentieth
    // of the whole span (and 30 days) long, so that a few dates on one day do not outweigh a story
    // told over months; of equally dense stretches, the one with more points, then the latest
    double floor = Math.max(30, (points.get(n - 1) - points.get(0)) / 20);
    int lo = 0;
    int hi = n - 1;
    double best = -1;
    for (int k = 2; k <= n; k = k == n ? n + 1 : Math.min(n, k + Math.max(1, k / 8))) {
      for (int i = 0; i + k - 1 < n; i++) {
        double density = k / (points.get(i + k - 1) - points.get(i) + floor);
        if (density >= best) {
          best = density;
          lo = i;
          hi = i + k - 1;
        }
      }
    }
    // less a lone point at either end: one further from its neighbour than a third of the stretch
    // and than twice any other step inside it
    boolean trimmed = true;
    while (trimmed && hi - lo >= 2) {
      trimmed = false;
      double width = Math.max(points.get(hi) - points.get(lo), 30);
      double first = points.get(lo + 1) - points.get(lo);
      double last = points.get(hi) - points.get(hi - 1);
      if (first > width * GAP && first > 2 * largestStep(points, lo + 1, hi)) {
        lo++;
        trimmed = true;
      } else if (last > width * GAP && last > 2 * largestStep(points, lo, hi - 1)) {
        hi--;
        trimmed = true;
      }
    }
    // widened by neighbours closer than a third of the stretch, or than one and a half times its
    // largest step, so that evenly spread dates are all kept
    double reach = Math.max(Math.max(Math.max(points.get(hi) - points.get(lo), 30) * GAP, 45),
        1.5 * largestStep(points, lo, hi));
    while (lo > 0 && points.get(lo) - points.get(lo - 1) <= reach) {
      lo--;
    }
    while (hi < n - 1 && points.get(hi + 1) - points.get(hi) <= reach) {
      hi++;
    }
    return new double[] {points.get(lo), points.get(hi)};
  }

  /** The largest step between neighbours among {@code points[from..to]}; 0 for one point. */
  private static double largestStep(List<Double> points, int from, int to) {
    double step = 0;
    for (int i = from; i < to; i++) {
      step = Math.max(step, points.get(i + 1) - points.get(i));
    }
    return step;
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
      Optional<LocalDate> to = until(q.dateEnd().strip(), start);
      if (to.isPresent() && to.get().isAfter(start)) {
        end = to.get();
      }
    }
    Qualifier qualifier = q.qualifier();
    boolean later = qualifier == Qualifier.AT_LEAST || qualifier == Qualifier.MORE_THAN;
    boolean earlier = qualifier == Qualifier.AT_MOST || qualifier == Qualifier.LESS_THAN;
    return Optional.of(new Event(articleId, outlet, claimId, q.text(), start, end, earlier, later));
  }

  /**
   * The day after the last day of a period whose end is {@code iso}: the end of that whole period
   * when it is a year, a month or a week ("2004" to "2021" runs to the end of 2021); for a day, the
   * day after it ("last week": the 16th to the 22nd), unless both ends are first days of months, the
   * way a whole period is written with an exclusive end (2019-01-01 to 2019-02-01 is January).
   */
  static Optional<LocalDate> until(String iso, LocalDate start) {
    Optional<LocalDate[]> p = period(iso);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    LocalDate first = p.get()[0];
    if (p.get()[1] != null) {
      return Optional.of(p.get()[1]);
    }
    boolean exclusive = first.getDayOfMonth() == 1 && start.getDayOfMonth() == 1 && first.isAfter(start);
    return Optional.of(exclusive ? first : first.plusDays(1));
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

  /** The figure's height in pixels. */
  public static int height(Data data) {
    TimelineLayout plan = TimelineLayout.of(data);
    double lines = noteLines(data) + keyLines(data);
    return (int) Math.round(170 + TimelineLayout.LANE * Math.max(plan.total(), 1) + 16 * lines);
  }

  private static double noteLines(Data data) {
    String note = note(data);
    if (note.isEmpty()) {
      return 0;
    }
    double lines = 0;
    for (String line : note.split("\n")) {
      lines += Math.ceil((ChartStyle.textWidth(line, ChartStyle.TICK) + 20) / (ChartStyle.WIDTH - 40));
    }
    return lines + 0.5;
  }

  private static double keyLines(Data data) {
    double width = 0;
    for (ChartKey.Entry e : key(data)) {
      width += ChartStyle.textWidth(e.label(), ChartStyle.LABEL) + 16 + 3
          + e.swatches().stream().mapToDouble(s -> s.width() + 5).sum();
    }
    return Math.max(1, Math.ceil(width / (ChartStyle.WIDTH - 30)));
  }

  /** The figure of {@code report}. */
  public static JFreeChart create(Report report) {
    return create(data(report), new OutletPalette(report));
  }

  /** The figure of {@code data}, with outlet colours and shapes from {@code palette}. */
  public static JFreeChart create(Data data, OutletPalette palette) {
    Objects.requireNonNull(data, "data");
    TimelineLayout plan = TimelineLayout.of(data);
    List<String> rows = plan.rows();
    List<Double> centres = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      centres.add(plan.top(r) + (plan.lanes().get(r) + 2 * TimelineLayout.ROW_PAD) / 2);
      names.add(TimelineLayout.rowLabel(data, rows.get(r)));
    }
    RowAxis rowAxis = ChartStyle.axis(new RowAxis(centres, names));
    rowAxis.setRange(0, Math.max(plan.total(), 1));
    rowAxis.setInverted(true);
    rowAxis.setTickMarksVisible(false);

    DateAxis time = ChartStyle.axis(new DateAxis(null, TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT));
    time.setStandardTickUnits(tickUnits());
    time.setRange(plan.lower(), plan.upper());

    XYSeriesCollection points = new XYSeriesCollection();
    XYSeries days = new XYSeries("days", false, true);
    points.addSeries(days);
    MarkRenderer renderer = new MarkRenderer();
    XYPlot plot = new XYPlot(points, time, rowAxis, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    ChartStyle.grid(plot, false);
    for (int r = 1; r < rows.size(); r += 2) {
      IntervalMarker band = new IntervalMarker(plan.top(r), plan.top(r + 1), ChartStyle.BAND);
      plot.addRangeMarker(band, Layer.BACKGROUND);
    }

    double ms = plan.scale();
    for (TimelineLayout.Placed p : plan.placed()) {
      Event e = p.event();
      Color color = palette.color(e.outlet());
      double y = plan.centre(p.row(), p.lane());
      double x0 = millis(e.start());
      double x1 = millis(e.until());
      if (e.day()) {
        double c = (x0 + x1) / 2;
        days.add(c, y);
        renderer.add(0, MarkRenderer.Mark.solid(palette.shape(e.outlet()), color));
        x0 = c - TimelineLayout.MARK * ms;
        x1 = c + TimelineLayout.MARK * ms;
      } else {
        double right = Math.max(x1, x0 + 3 * ms);
        Shape bar = new Rectangle2D.Double(x0, y - 0.25, right - x0, 0.5);
        renderer.addAnnotation(new XYShapeAnnotation(bar, new BasicStroke(1f), color, ChartStyle.tint(color, 0.55)),
            Layer.BACKGROUND);
        x1 = right;
      }
      if (e.openLater()) {
        addArrow(renderer, x1, x1 + TimelineLayout.ARROW * ms, y, color);
        x1 += TimelineLayout.ARROW * ms;
      }
      if (e.openEarlier()) {
        addArrow(renderer, x0, x0 - TimelineLayout.ARROW * ms, y, color);
        x0 -= TimelineLayout.ARROW * ms;
      }
      XYTextAnnotation label;
      switch (p.label()) {
        case INSIDE:
          label = new XYTextAnnotation(TimelineLayout.labelText(e), (millis(e.start()) + millis(e.until())) / 2.0, y);
          label.setTextAnchor(TextAnchor.CENTER);
          break;
        case LEFT:
          label = new XYTextAnnotation(TimelineLayout.labelText(e), x0 - TimelineLayout.GAP_PX * ms, y);
          label.setTextAnchor(TextAnchor.CENTER_RIGHT);
          break;
        default:
          label = new XYTextAnnotation(TimelineLayout.labelText(e), x1 + TimelineLayout.GAP_PX * ms, y);
          label.setTextAnchor(TextAnchor.CENTER_LEFT);
          break;
      }
      label.setFont(ChartStyle.SMALL);
      label.setPaint(ChartStyle.INK);
      // a label sits on its own ground, so a grid line or a publication stroke never runs through it
      label.setBackgroundPaint(p.label() == TimelineLayout.Label.INSIDE ? ChartStyle.tint(color, 0.55)
          : p.row() % 2 == 1 ? ChartStyle.BAND : Color.WHITE);
      label.setOutlineVisible(false);
      plot.addAnnotation(label);
    }
    for (int r = 0; r < rows.size(); r++) {
      LocalDate day = data.published().get(rows.get(r));
      if (day != null && data.shown(day)) {
        double x = millis(day) + 43_200_000L;
        renderer.addAnnotation(new XYLineAnnotation(x, plan.top(r) + 0.1, x, plan.top(r + 1) - 0.1,
            new BasicStroke(2.5f), ChartStyle.INK), Layer.BACKGROUND);
      }
    }

    JFreeChart chart = ChartStyle.chart("Dates each article mentions", subtitle(data), plot, false);
    String note = note(data);
    if (!note.isEmpty()) {
      TextTitle t = new TextTitle(note, ChartStyle.TICK);
      t.setPaint(ChartStyle.INK);
      t.setPosition(RectangleEdge.BOTTOM);
      t.setHorizontalAlignment(HorizontalAlignment.LEFT);
      t.setTextAlignment(HorizontalAlignment.LEFT);
      t.setMargin(new RectangleInsets(8, 10, 0, 10));
      chart.addSubtitle(t);
    }
    chart.addSubtitle(new ChartKey(key(data, palette)));
    return chart;
  }

  private static void addArrow(MarkRenderer renderer, double from, double tip, double y, Color color) {
    double base = tip - (tip - from) * 0.4;
    renderer.addAnnotation(new XYLineAnnotation(from, y, base, y, ChartStyle.DASHED, color), Layer.BACKGROUND);
    Path2D.Double head = new Path2D.Double();
    head.moveTo(base, y - 0.17);
    head.lineTo(tip, y);
    head.lineTo(base, y + 0.17);
    head.closePath();
    renderer.addAnnotation(new XYShapeAnnotation(head, new BasicStroke(1f), color, color), Layer.BACKGROUND);
  }

  private static String subtitle(Data data) {
    if (data.empty()) {
      return "";
    }
    return "Dates named in the articles' claims, " + span(data.from(), data.to().minusDays(1))
        + ", as each article writes them (UTC).";
  }

  /** "2021 to 2024", "March to May 2024", "1 to 4 May 2024", "1 May 2024". */
  static String span(LocalDate first, LocalDate last) {
    if (first.getYear() != last.getYear()) {
      return first.getYear() + " to " + last.getYear();
    }
    if (first.getMonth() != last.getMonth()) {
      return month(first) + " to " + month(last) + " " + last.getYear();
    }
    if (first.getDayOfMonth() != last.getDayOfMonth()) {
      return first.getDayOfMonth() + " to " + last.getDayOfMonth() + " " + month(last) + " " + last.getYear();
    }
    return first.getDayOfMonth() + " " + month(first) + " " + first.getYear();
  }

  private static String month(LocalDate d) {
    String name = d.getMonth().name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * The note under the chart: the dates outside the period shown, by article and as written
   * ("Earlier, not drawn: Al Jazeera (a1) 1947, the 1990s; …"), and the articles whose claims name
   * no date; empty when there is nothing to say. One line per kind of note.
   */
  public static String note(Data data) {
    List<String> lines = new ArrayList<>();
    if (!data.earlier().isEmpty()) {
      lines.add("Earlier, not drawn: " + byArticle(data, data.earlier()) + ".");
    }
    if (!data.later().isEmpty()) {
      lines.add("Later, not drawn: " + byArticle(data, data.later()) + ".");
    }
    if (!data.undated().isEmpty() && !data.empty()) {
      lines.add("No dates in " + String.join(", ", data.undated().stream().map(data::label).toList()) + ".");
    }
    return String.join("\n", lines);
  }

  /** The most dates a note lists; a story of hundreds of articles gets a count of the rest. */
  static final int NOTE_DATES = 40;

  private static String byArticle(Data data, List<Event> events) {
    Map<String, StringJoiner> groups = new LinkedHashMap<>();
    int listed = 0;
    Set<String> more = new LinkedHashSet<>();
    for (Event e : events) {
      if (listed >= NOTE_DATES) {
        more.add(e.articleId());
        continue;
      }
      groups.computeIfAbsent(e.articleId(), id -> new StringJoiner(", ", data.label(id) + " ", ""))
          .add(asWritten(e));
      listed++;
    }
    StringJoiner all = new StringJoiner("; ");
    groups.values().forEach(j -> all.add(j.toString()));
    if (listed < events.size()) {
      all.add("and " + (events.size() - listed) + " more in " + more.size() + (more.size() == 1 ? " article" : " articles"));
    }
    return all.toString();
  }

  /** A date as the article writes it, with the year added when the words do not give one ("last week (2024)"). */
  private static String asWritten(Event e) {
    String text = e.text().strip();
    return Pattern.compile("\\d{4}").matcher(text).find() ? text : text + " (" + e.start().getYear() + ")";
  }

  /** The key's entries, with the symbols drawn for each, in a fixed order. */
  private static List<ChartKey.Entry> key(Data data, OutletPalette palette) {
    Map<String, Map<String, Swatch>> symbols = new LinkedHashMap<>();
    for (String label : List.of(DAY_KEY, PERIOD_KEY, LATER_KEY, EARLIER_KEY, PUBLISHED_KEY)) {
      symbols.put(label, new LinkedHashMap<>());
    }
    for (Event e : data.drawn()) {
      Color color = palette != null ? palette.color(e.outlet()) : Color.GRAY;
      Shape shape = palette != null ? palette.shape(e.outlet()) : OutletPalette.marker(0, 10);
      if (e.day()) {
        symbols.get(DAY_KEY).putIfAbsent(e.outlet(), MarkRenderer.Mark.solid(shape, color));
      } else {
        symbols.get(PERIOD_KEY).putIfAbsent(e.outlet(), new ChartKey.Box(ChartStyle.tint(color, 0.55), color, false, 18, 8));
      }
      if (e.openLater()) {
        symbols.get(LATER_KEY).putIfAbsent(e.outlet(), new ChartKey.Arrow(color, true));
      }
      if (e.openEarlier()) {
        symbols.get(EARLIER_KEY).putIfAbsent(e.outlet(), new ChartKey.Arrow(color, false));
      }
    }
    for (String id : data.rows()) {
      LocalDate day = data.published().get(id);
      if (day != null && data.shown(day)) {
        symbols.get(PUBLISHED_KEY).putIfAbsent("", new ChartKey.Tick(ChartStyle.INK, 14));
      }
    }
    List<ChartKey.Entry> entries = new ArrayList<>();
    symbols.forEach((label, byOutlet) -> {
      if (!byOutlet.isEmpty()) {
        entries.add(new ChartKey.Entry(label, new ArrayList<>(byOutlet.values())));
      }
    });
    return entries;
  }

  private static List<ChartKey.Entry> key(Data data) {
    return key(data, null);
  }

  private static final String DAY_KEY = "a day";
  private static final String PERIOD_KEY = "a month, a year or another period";
  private static final String LATER_KEY = "open end (\u201csince\u201d, \u201cafter\u201d)";
  private static final String EARLIER_KEY = "open end (\u201cbefore\u201d, \u201cuntil\u201d)";
  private static final String PUBLISHED_KEY = "published";

  static long millis(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static TickUnits tickUnits() {
    TickUnits units = new TickUnits();
    for (int n : new int[] {1, 2, 7, 14}) {
      units.add(new DateTickUnit(DateTickUnitType.DAY, n, format("yyyy-MM-dd")));
    }
    // months one by one only: JFreeChart starts a 3- or 6-month step at the axis's first month,
    // which would label December and June rather than January and July
    units.add(new DateTickUnit(DateTickUnitType.MONTH, 1, format("yyyy-MM")));
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
    String base = e.day() ? e.start().toString() : e.start() + " to " + e.end().minusDays(1);
    return base + (e.openLater() ? " and after" : e.openEarlier() ? " and before" : "");
  }

  /** A row axis: one label at the middle of each row, however many lanes the row has. */
  private static final class RowAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private final List<Double> centres;
    private final List<String> names;

    RowAxis(List<Double> centres, List<String> names) {
      super(null);
      this.centres = List.copyOf(centres);
      this.names = List.copyOf(names);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
      List<NumberTick> ticks = new ArrayList<>();
      for (int i = 0; i < centres.size(); i++) {
        ticks.add(new NumberTick(TickType.MAJOR, centres.get(i), names.get(i), TextAnchor.CENTER_RIGHT,
            TextAnchor.CENTER_RIGHT, 0.0));
      }
      return ticks;
    }
  }
}
