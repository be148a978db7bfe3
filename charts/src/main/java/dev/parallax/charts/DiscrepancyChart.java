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
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
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
 * row shows the figure as written, the interval Parallax reads it as (a bar), the stated value (a
 * marker in the outlet's colour and shape; hollow when the text hedges it with "about"), and an
 * open end drawn as a short dashed arrow past the interval for "more than", "at least", "less
 * than" and "at most".
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
  }

  /**
   * What the figure shows.
   *
   * @param findingId the finding
   * @param title the figure's title
   * @param axisLabel what the number line measures, with its unit
   * @param rows the figures, in the finding's value order
   * @param relativeGap the finding's relative gap, or null
   */
  public record Data(String findingId, String title, String axisLabel, List<Row> rows, Double relativeGap) {
    public Data {
      rows = List.copyOf(rows);
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
    String measured = null;
    String unit = null;
    for (FindingValue v : finding.values()) {
      QuantityMention q = v.quantity();
      Interval r = reading(q);
      if (r == null) {
        continue;
      }
      if (measured == null && v.measured() != null && !v.measured().isBlank()) {
        measured = v.measured();
      }
      if (unit == null && q.unit() != null && !q.unit().isBlank()) {
        unit = q.unit();
      }
      Qualifier qualifier = q.qualifier();
      boolean above = qualifier == Qualifier.MORE_THAN || qualifier == Qualifier.AT_LEAST;
      boolean below = qualifier == Qualifier.LESS_THAN || qualifier == Qualifier.AT_MOST;
      rows.add(new Row(v.articleId(), palette.outletOfArticle(v.articleId()), palette.articleLabel(v.articleId()),
          q.text(), qualifier, q.value(), r.low(), r.high(), below, above));
    }
    String axis = (measured != null ? measured : finding.topic()) + (unit != null ? " (" + unit + ")" : "");
    return new Data(finding.id(), finding.id() + ": " + finding.topic(), axis, rows, finding.relativeGap());
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

  /** The figure's height in pixels for {@code rows} rows. */
  public static int height(int rows) {
    return 150 + 52 * Math.max(rows, 1);
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

    XYSeriesCollection points = new XYSeriesCollection();
    XYSeries values = new XYSeries("values", false, true);
    points.addSeries(values);
    MarkRenderer renderer = new MarkRenderer();
    XYPlot plot = new XYPlot(points, valueAxis, rowAxis, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    ChartStyle.grid(plot, false);

    BasicStroke dashed = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Color color = palette.color(row.outlet());
      if (row.high() > row.low()) {
        Rectangle2D bar = new Rectangle2D.Double(row.low(), i - 0.11, row.high() - row.low(), 0.22);
        renderer.addAnnotation(new XYShapeAnnotation(bar, new BasicStroke(1f), color, ChartStyle.tint(color, 0.6)), Layer.BACKGROUND);
      }
      if (row.openAbove()) {
        double tip = row.high() + arrow;
        renderer.addAnnotation(new XYLineAnnotation(row.high(), i, tip - arrow * 0.3, i, dashed, color), Layer.BACKGROUND);
        renderer.addAnnotation(new XYShapeAnnotation(arrowHead(tip - arrow * 0.35, tip, i), new BasicStroke(1f), color,
            color), Layer.BACKGROUND);
      }
      if (row.openBelow()) {
        double tip = row.low() - arrow;
        renderer.addAnnotation(new XYLineAnnotation(tip + arrow * 0.3, i, row.low(), i, dashed, color), Layer.BACKGROUND);
        renderer.addAnnotation(new XYShapeAnnotation(arrowHead(tip + arrow * 0.35, tip, i), new BasicStroke(1f), color,
            color), Layer.BACKGROUND);
      }
      double x = row.value() != null ? row.value() : (row.low() + row.high()) / 2;
      if (row.value() != null) {
        values.add(x, i);
        Shape shape = palette.shape(row.outlet());
        renderer.add(0, row.qualifier() == Qualifier.APPROXIMATE
            ? MarkRenderer.Mark.hollow(shape, color) : MarkRenderer.Mark.solid(shape, color));
      } else {
        double cap = 0.2;
        renderer.addAnnotation(new XYLineAnnotation(row.low(), i - cap, row.low(), i + cap, new BasicStroke(2.5f), color), Layer.BACKGROUND);
        renderer.addAnnotation(new XYLineAnnotation(row.high(), i - cap, row.high(), i + cap, new BasicStroke(2.5f), color), Layer.BACKGROUND);
      }
      XYTextAnnotation text = new XYTextAnnotation("“" + ChartStyle.cut(row.text(), 40) + "”", x, i - 0.3);
      text.setFont(ChartStyle.SMALL);
      text.setPaint(ChartStyle.INK);
      text.setTextAnchor(TextAnchor.BOTTOM_CENTER);
      plot.addAnnotation(text);
    }
    plot.setFixedLegendItems(ChartStyle.legend(legend(rows)));
    String subtitle = "Each figure as written; the bar is the interval it is read as."
        + (data.relativeGap() != null ? " Relative gap " + Numbers.percent(data.relativeGap()) + "." : "");
    return ChartStyle.chart(data.title(), subtitle, plot, true);
  }

  private static Shape arrowHead(double base, double tip, double y) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(base, y - 0.13);
    p.lineTo(tip, y);
    p.lineTo(base, y + 0.13);
    p.closePath();
    return p;
  }

  private static List<LegendItem> legend(List<Row> rows) {
    Color grey = ChartStyle.MUTED;
    Shape circle = OutletPalette.marker(0, 10);
    List<LegendItem> items = new ArrayList<>();
    if (rows.stream().anyMatch(r -> r.value() != null && r.qualifier() != Qualifier.APPROXIMATE)) {
      items.add(ChartStyle.item("stated value", circle, grey, grey, true));
    }
    if (rows.stream().anyMatch(r -> r.value() != null && r.qualifier() == Qualifier.APPROXIMATE)) {
      items.add(ChartStyle.item("approximate (\"about\")", circle, Color.WHITE, grey, true));
    }
    if (rows.stream().anyMatch(r -> r.high() > r.low())) {
      items.add(ChartStyle.box("read as", ChartStyle.tint(grey, 0.6)));
    }
    if (rows.stream().anyMatch(r -> r.openAbove() || r.openBelow())) {
      Path2D.Double arrow = new Path2D.Double();
      arrow.moveTo(-6, -5);
      arrow.lineTo(6, 0);
      arrow.lineTo(-6, 5);
      arrow.closePath();
      items.add(ChartStyle.item("open end (\"more than\", \"at least\", …)", arrow, grey, grey, true));
    }
    return items;
  }
}
