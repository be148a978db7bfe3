package dev.parallax.charts;

import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import dev.parallax.model.Interval;
import dev.parallax.model.Qualifier;
import dev.parallax.model.QuantityMention;
import dev.parallax.model.Report;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The figure of one numeric finding: one row per outlet's figure, on a shared number line. Each
 * row shows the figure as written, the stated value (a marker in the outlet's colour and shape;
 * hollow when the text hedges it with "about"), the interval Parallax reads it as when that is
 * wider than a point (a bar), and an open end drawn as a short dashed arrow past the interval for
 * "more than", "at least", "less than" and "at most". A range written without a single value is a
 * bar between two end caps.
 *
 * <p>The number line is titled with what all the figures measure: their shared wording when every
 * outlet uses the same, else the finding's topic, never one outlet's words for all of them; when
 * the wordings differ, each row shows its own under the figure. The subtitle and the key describe
 * only what is drawn.
 */
public final class DiscrepancyChart {
  private DiscrepancyChart() {}

  /**
   * One outlet's figure.
   *
   * @param articleId the article the figure comes from
   * @param outlet the outlet it counts for (see {@link OutletPalette#outletOf})
   * @param label the row's label: the article's outlet and id
   * @param text the figure as written, such as "more than 2,000"
   * @param measured what the outlet says the figure measures, in its words, or null
   * @param qualifier how the text bounds or hedges it, or null
   * @param value the stated value, or null for a range
   * @param low the low end of the interval it is read as
   * @param high the high end, {@code >= low}
   * @param openBelow true for "less than" and "at most": the figure could be lower
   * @param openAbove true for "more than" and "at least": the figure could be higher
   */
  public record Row(
      String articleId,
      String outlet,
      String label,
      String text,
      String measured,
      Qualifier qualifier,
      Double value,
      double low,
      double high,
      boolean openBelow,
      boolean openAbove) {

    public Row {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(text, "text");
      if (high < low) {
        throw new IllegalArgumentException("row " + label + ": high " + high + " is below low " + low);
      }
    }

    /** True when the figure is drawn with a bar: it is read as an interval wider than a point. */
    public boolean bar() {
      return high > low;
    }

    /** True when the figure is drawn as a marker at a stated value; false for a range without one. */
    public boolean point() {
      return value != null;
    }
  }

  /**
   * What the figure shows.
   *
   * @param findingId the finding
   * @param title the figure's title
   * @param axisLabel what the number line measures, with its unit: the outlets' shared wording, or
   *     the finding's topic when their wordings differ
   * @param rows the figures, in the finding's value order
   * @param relativeGap the finding's relative gap, or null
   */
  public record Data(String findingId, String title, String axisLabel, List<Row> rows, Double relativeGap) {
    public Data {
      rows = List.copyOf(rows);
    }

    /**
     * True when the rows name what they measure in different words ("TTP attacks against Pakistani
     * positions", "terrorist attacks in Pakistan"); each row then shows its own.
     */
    public boolean wordingsDiffer() {
      return rows.stream().map(r -> key(r.measured())).distinct().count() > 1;
    }

    private static String key(String measured) {
      return measured == null ? "" : measured.strip().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The figure's data for a numeric finding. Values without any number (no reading, value or
   * bounds) are left out.
   *
   * @throws IllegalArgumentException when {@code finding} is not a numeric discrepancy
   */
  public static Data data(Report report, Finding finding) {
    if (finding.kind() != FindingKind.NUMERIC_DISCREPANCY) {
      throw new IllegalArgumentException(
          "finding " + finding.id() + " is a " + finding.kind() + ", not a numeric discrepancy");
    }
    OutletPalette palette = new OutletPalette(report);
    List<Row> rows = new ArrayList<>();
    String unit = null;
    for (FindingValue v : finding.values()) {
      QuantityMention q = v.quantity();
      Interval r = reading(q);
      if (r == null) {
        continue;
      }
      if (unit == null && q.unit() != null && !q.unit().isBlank()) {
        unit = q.unit();
      }
      Qualifier qualifier = q.qualifier();
      boolean above = qualifier == Qualifier.MORE_THAN || qualifier == Qualifier.AT_LEAST;
      boolean below = qualifier == Qualifier.LESS_THAN || qualifier == Qualifier.AT_MOST;
      String measured = v.measured() == null || v.measured().isBlank() ? null : v.measured().strip();
      rows.add(new Row(v.articleId(), palette.outletOfArticle(v.articleId()), palette.articleLabel(v.articleId()),
          q.text(), measured, qualifier, q.value(), r.low(), r.high(), below, above));
    }
    Data draft = new Data(finding.id(), finding.id() + ": " + finding.topic(), "", rows, finding.relativeGap());
    String measured = !rows.isEmpty() && !draft.wordingsDiffer() && rows.get(0).measured() != null
        ? rows.get(0).measured() : finding.topic();
    String axis = measured + (unit != null ? " (" + unit + ")" : "");
    return new Data(finding.id(), draft.title(), axis, rows, finding.relativeGap());
  }

  /** The interval a mention is read as: its reading, else its value or bounds; null when it has no number. */
  static Interval reading(QuantityMention q) {
    if (q.reading() != null) {
      return q.reading();
    }
    if (q.value() != null) {
      return Interval.point(q.value());
    }
    if (q.low() != null || q.high() != null) {
      double low = q.low() != null ? q.low() : q.high();
      double high = q.high() != null ? q.high() : q.low();
      return new Interval(Math.min(low, high), Math.max(low, high));
    }
    return null;
  }

  /**
   * How to read the figure, naming only what it draws (markers at stated values, hollow ones,
   * bars, end caps, open ends, the rows' own wordings when they differ), as one or two sentences
   * that follow "Each figure as written:".
   */
  public static String guide(Data data) {
    List<Row> rows = data.rows();
    List<String> parts = new ArrayList<>();
    boolean points = rows.stream().anyMatch(Row::point);
    boolean ranges = rows.stream().anyMatch(r -> !r.point());
    if (points) {
      parts.add("a marker is the value stated" + (rows.stream().anyMatch(DiscrepancyChart::hedged)
          ? " (hollow when hedged with \u201cabout\u201d)" : ""));
    }
    if (ranges) {
      parts.add("end caps mark a range given without a single value");
    }
    if (rows.stream().anyMatch(Row::bar)) {
      parts.add("a bar is the interval a figure is read as");
    }
    boolean more = rows.stream().anyMatch(Row::openAbove);
    boolean less = rows.stream().anyMatch(Row::openBelow);
    if (more || less) {
      parts.add("a dashed arrow is an open end (" + (more && less ? "\u201cmore than\u201d, \u201cless than\u201d"
          : more ? "\u201cmore than\u201d, \u201cat least\u201d" : "\u201cless than\u201d, \u201cat most\u201d") + ")");
    }
    StringBuilder s = new StringBuilder(String.join("; ", parts)).append('.');
    if (data.wordingsDiffer()) {
      s.append(" Under each figure, what the outlet says it measures.");
    }
    return s.toString();
  }

  private static boolean hedged(Row r) {
    return r.point() && r.qualifier() == Qualifier.APPROXIMATE;
  }

  /**
   * The figure's height in pixels: room for the subtitle's lines, each row with its figure above
   * and, when the wordings differ, what it measures below, and the key's lines.
   */
  public static int height(Data data) {
    int rows = Math.max(data.rows().size(), 1);
    double subtitle = Math.ceil(ChartStyle.textWidth(subtitle(data), ChartStyle.SUBTITLE) / (ChartStyle.WIDTH - 40));
    int entries = (int) KEYS.stream().filter(k -> Key.used(data, k)).count();
    int keyLines = entries <= 3 ? 1 : 2;
    return (int) Math.round(130 + 16 * subtitle + 24 * keyLines + rowHeight(data) * rows);
  }

  /** The height of a row in pixels: taller when each row carries its own wording under its figure. */
  private static int rowHeight(Data data) {
    return data.wordingsDiffer() ? 80 : 60;
  }

  /** The figure of a numeric finding of {@code report}. */
  public static JFreeChart create(Report report, Finding finding) {
    return create(data(report, finding), new OutletPalette(report));
  }

  /** The figure of {@code data}, coloured by {@code palette}. */
  public static JFreeChart create(Data data, OutletPalette palette) {
    List<Row> rows = data.rows();
    double min = rows.stream().mapToDouble(Row::low).min().orElse(0);
    double max = rows.stream().mapToDouble(Row::high).max().orElse(1);
    double span = max - min;
    if (span <= 0) {
      span = Math.max(Math.abs(max) * 0.2, 1);
    }
    // An open end is a short arrow past the interval: "more than 2,000" is a little above 2,000,
    // not anything up to the edge of the chart.
    double arrow = span * 0.07;
    double lower = min - span * 0.08;
    double upper = max + span * 0.08;
    for (Row r : rows) {
      if (r.openAbove()) {
        upper = Math.max(upper, r.high() + arrow * 1.4);
      }
      if (r.openBelow()) {
        lower = Math.min(lower, r.low() - arrow * 1.4);
      }
    }

    List<String> labels = rows.stream().map(r -> ChartStyle.cut(r.label(), 34)).toList();
    SymbolAxis rowAxis = ChartStyle.symbols(null, labels);
    rowAxis.setInverted(true);
    NumberAxis valueAxis = ChartStyle.numbers(data.axisLabel());
    valueAxis.setRange(lower, upper);
    // the width the number line gets, roughly: the chart less its row labels and margins
    double labelWidth = labels.stream().mapToDouble(l -> ChartStyle.textWidth(l, ChartStyle.TICK)).max().orElse(0);
    double plotWidth = Math.max(200, ChartStyle.WIDTH - labelWidth - 50);

    XYSeriesCollection points = new XYSeriesCollection();
    XYSeries values = new XYSeries("values", false, true);
    points.addSeries(values);
    MarkRenderer renderer = new MarkRenderer();
    XYPlot plot = new XYPlot(points, valueAxis, rowAxis, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    ChartStyle.grid(plot, false);

    Key key = new Key();
    boolean differ = data.wordingsDiffer();
    // one pixel in row units, so bars, caps and arrowheads keep their size however tall the rows
    double px = 1.0 / rowHeight(data);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Color color = palette.color(row.outlet());
      if (row.bar()) {
        Rectangle2D bar = new Rectangle2D.Double(row.low(), i - 7 * px, row.high() - row.low(), 14 * px);
        renderer.addAnnotation(new XYShapeAnnotation(bar, new BasicStroke(1f), color, ChartStyle.tint(color, 0.6)),
            Layer.BACKGROUND);
        key.add(row.point() ? BAR : RANGE, row.outlet(), row.point()
            ? new ChartKey.Box(ChartStyle.tint(color, 0.6), color, false, 18, 7) : new ChartKey.Caps(color));
      }
      if (row.openAbove()) {
        double tip = row.high() + arrow;
        renderer.addAnnotation(new XYLineAnnotation(row.high(), i, tip - arrow * 0.3, i, ChartStyle.DASHED, color),
            Layer.BACKGROUND);
        renderer.addAnnotation(new XYShapeAnnotation(arrowHead(tip - arrow * 0.35, tip, i, 8 * px), new BasicStroke(1f), color,
            color), Layer.BACKGROUND);
        key.add(MORE, row.outlet(), new ChartKey.Arrow(color, true));
      }
      if (row.openBelow()) {
        double tip = row.low() - arrow;
        renderer.addAnnotation(new XYLineAnnotation(tip + arrow * 0.3, i, row.low(), i, ChartStyle.DASHED, color),
            Layer.BACKGROUND);
        renderer.addAnnotation(new XYShapeAnnotation(arrowHead(tip + arrow * 0.35, tip, i, 8 * px), new BasicStroke(1f), color,
            color), Layer.BACKGROUND);
        key.add(LESS, row.outlet(), new ChartKey.Arrow(color, false));
      }
      double x = row.point() ? row.value() : (row.low() + row.high()) / 2;
      if (row.point()) {
        values.add(x, i);
        Shape shape = palette.shape(row.outlet());
        MarkRenderer.Mark mark = hedged(row) ? MarkRenderer.Mark.hollow(shape, color) : MarkRenderer.Mark.solid(shape, color);
        renderer.add(0, mark);
        key.add(hedged(row) ? ABOUT : STATED, row.outlet(), mark);
      } else {
        double cap = 11 * px;
        renderer.addAnnotation(new XYLineAnnotation(row.low(), i - cap, row.low(), i + cap, new BasicStroke(2.5f), color),
            Layer.BACKGROUND);
        renderer.addAnnotation(new XYLineAnnotation(row.high(), i - cap, row.high(), i + cap, new BasicStroke(2.5f),
            color), Layer.BACKGROUND);
      }
      double where = (x - lower) / (upper - lower) * plotWidth;
      String quoted = "\u201c" + ChartStyle.cut(row.text(), 40) + "\u201d";
      plot.addAnnotation(text(quoted, ChartStyle.SMALL, ChartStyle.INK, x, i - 0.28, where, plotWidth, true));
      if (differ && row.measured() != null) {
        plot.addAnnotation(text(ChartStyle.cut(row.measured(), 60), ChartStyle.SMALL, ChartStyle.MUTED, x, i + 0.26,
            where, plotWidth, false));
      }
    }
    JFreeChart chart = ChartStyle.chart(data.title(), subtitle(data), plot, false);
    chart.addSubtitle(new ChartKey(key.entries()));
    return chart;
  }

  private static String subtitle(Data data) {
    return "Each figure as written: " + guide(data) + (data.relativeGap() != null ? " Relative gap " + Numbers.percent(data.relativeGap()) + "." : "");
  }

  /**
   * A label above ({@code above}) or below a figure at {@code x}, centred on it unless that would
   * run past an end of the number line; then it starts or ends at the figure instead.
   *
   * @param where the figure's distance from the line's left end, in pixels
   * @param width the line's length in pixels
   */
  private static XYTextAnnotation text(String s, java.awt.Font font, Color paint, double x, double y, double where,
      double width, boolean above) {
    XYTextAnnotation t = new XYTextAnnotation(s, x, y);
    t.setFont(font);
    t.setPaint(paint);
    double half = ChartStyle.textWidth(s, font) / 2 + 4;
    TextAnchor anchor;
    if (where < half) {
      anchor = above ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT;
    } else if (width - where < half) {
      anchor = above ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT;
    } else {
      anchor = above ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
    }
    t.setTextAnchor(anchor);
    return t;
  }

  private static Shape arrowHead(double base, double tip, double y, double half) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(base, y - half);
    p.lineTo(tip, y);
    p.lineTo(base, y + half);
    p.closePath();
    return p;
  }

  private static final String STATED = "stated value";
  private static final String ABOUT = "approximate (\u201cabout\u201d)";
  private static final String RANGE = "range without a single value";
  private static final String BAR = "interval it is read as";
  private static final String MORE = "could be more (\u201cmore than\u201d, \u201cat least\u201d)";
  private static final String LESS = "could be less (\u201cless than\u201d, \u201cat most\u201d)";

  private static final List<String> KEYS = List.of(STATED, ABOUT, RANGE, BAR, MORE, LESS);

  /** The key's entries, each with the symbols drawn for it, one per outlet, in a fixed entry order. */
  private static final class Key {
    private final Map<String, Map<String, Swatch>> symbols = new LinkedHashMap<>();

    Key() {
      for (String label : KEYS) {
        symbols.put(label, new LinkedHashMap<>());
      }
    }

    /** True when the figure of {@code data} draws something that the key lists under {@code label}. */
    static boolean used(Data data, String label) {
      switch (label) {
        case STATED:
          return data.rows().stream().anyMatch(r -> r.point() && !hedged(r));
        case ABOUT:
          return data.rows().stream().anyMatch(DiscrepancyChart::hedged);
        case RANGE:
          return data.rows().stream().anyMatch(r -> r.bar() && !r.point());
        case BAR:
          return data.rows().stream().anyMatch(r -> r.bar() && r.point());
        case MORE:
          return data.rows().stream().anyMatch(Row::openAbove);
        default:
          return data.rows().stream().anyMatch(Row::openBelow);
      }
    }

    void add(String label, String outlet, Swatch swatch) {
      symbols.get(label).putIfAbsent(outlet, swatch);
    }

    List<ChartKey.Entry> entries() {
      List<ChartKey.Entry> entries = new ArrayList<>();
      symbols.forEach((label, byOutlet) -> {
        if (!byOutlet.isEmpty()) {
          entries.add(new ChartKey.Entry(label, new ArrayList<>(byOutlet.values())));
        }
      });
      return entries;
    }
  }
}
