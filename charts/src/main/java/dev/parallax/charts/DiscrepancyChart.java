package dev.parallax.charts;

import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import dev.parallax.model.Interval;
import dev.parallax.model.QuantityMention;
import dev.parallax.model.Report;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The numeric-discrepancy figure of one finding: each outlet's value as a point on a number line, with
 * the interval it is read as drawn as a bar, one row per outlet, labelled with the outlet.
 */
public final class DiscrepancyChart {
  private DiscrepancyChart() {}

  /** One row of the figure: an outlet's value and reading. */
  public record Row(String label, String outlet, double value, double low, double high) {}

  /** The rows of a numeric finding, in the finding's value order. */
  public static List<Row> rows(Report report, Finding finding) {
    if (finding.kind() != FindingKind.NUMERIC_DISCREPANCY) {
      throw new IllegalArgumentException("finding " + finding.id() + " is a " + finding.kind() + ", not a numeric discrepancy");
    }
    List<Row> rows = new ArrayList<>();
    for (FindingValue v : finding.values()) {
      QuantityMention q = v.quantity();
      Interval r = q.reading();
      if (r == null) {
        continue;
      }
      String outlet = report.article(v.articleId()).map(a -> a.outletOrUnknown()).orElse(v.articleId());
      double value = q.value() != null ? q.value() : r.middle();
      rows.add(new Row(outlet + ": " + q.text(), outlet, value, r.low(), r.high()));
    }
    return rows;
  }

  public static JFreeChart create(Report report, Finding finding) {
    List<Row> rows = rows(report, finding);
    OutletPalette palette = new OutletPalette(report);
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    String[] labels = new String[rows.size()];
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawYError(false);
    renderer.setErrorStroke(new BasicStroke(6f));
    renderer.setCapLength(10);
    renderer.setDefaultShapesVisible(true);
    renderer.setDefaultLinesVisible(false);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      labels[i] = row.label();
      XYIntervalSeries s = new XYIntervalSeries(row.label());
      s.add(row.value(), row.low(), row.high(), i, i, i);
      data.addSeries(s);
      Color color = palette.color(row.outlet());
      renderer.setSeriesPaint(i, color);
      renderer.setErrorPaint(color);
    }
    renderer.setErrorPaint(null);
    NumberAxis valueAxis = new NumberAxis(finding.topic());
    valueAxis.setAutoRangeIncludesZero(false);
    SymbolAxis outletAxis = new SymbolAxis(null, labels);
    outletAxis.setGridBandsVisible(false);
    XYPlot plot = new XYPlot(data, valueAxis, outletAxis, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDDDDDD));
    plot.setRangeGridlinesVisible(false);
    double min = rows.stream().mapToDouble(Row::low).min().orElse(0);
    double max = rows.stream().mapToDouble(Row::high).max().orElse(1);
    double pad = Math.max((max - min) * 0.15, Math.abs(max) * 0.05 + 1e-9);
    valueAxis.setRange(min - pad, max + pad);
    outletAxis.setRange(-0.6, rows.size() - 0.4);
    JFreeChart chart = new JFreeChart(null, new Font("SansSerif", Font.PLAIN, 12), plot, false);
    chart.setTitle(new TextTitle(finding.id() + ": " + finding.topic(), new Font("SansSerif", Font.BOLD, 14)));
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    return chart;
  }
}
