package dev.parallax.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look every Parallax chart shares: white background, one sans-serif family in three
 * sizes, light grid lines, titles flush left, legends below. Charts call these methods instead of
 * setting fonts and paints themselves, so a figure in a paper matches the one in the report.
 */
final class ChartStyle {
  private ChartStyle() {}

  /** The font family; Java's logical sans-serif font, present on every JDK. */
  static final String FAMILY = "SansSerif";

  static final Font TITLE = new Font(FAMILY, Font.BOLD, 15);
  static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 12);
  static final Font LABEL = new Font(FAMILY, Font.PLAIN, 12);
  static final Font TICK = new Font(FAMILY, Font.PLAIN, 11);
  static final Font SMALL = new Font(FAMILY, Font.PLAIN, 10);
  static final Font CELL = new Font(FAMILY, Font.BOLD, 12);

  static final Color INK = new Color(0x1B1B1B);
  static final Color MUTED = new Color(0x595959);
  static final Color GRID = new Color(0xDDDDDD);
  static final Color BAND = new Color(0xF5F5F5);
  static final Color EMPTY = new Color(0xEEEEEE);

  static final Stroke GRID_STROKE = new BasicStroke(0.8f);
  static final Stroke OUTLINE = new BasicStroke(1.6f);

  /** Width of every chart, in pixels; fits the report page and a journal column at 300 dpi. */
  static final int WIDTH = 760;

  /**
   * A chart around {@code plot} in the house style: the title, an optional subtitle line, and a
   * legend below when {@code legend} is true.
   */
  static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(null, TITLE, plot, legend);
    TextTitle t = new TextTitle(title, TITLE);
    t.setPaint(INK);
    t.setHorizontalAlignment(HorizontalAlignment.LEFT);
    t.setMargin(new RectangleInsets(8, 10, 2, 10));
    chart.setTitle(t);
    if (subtitle != null && !subtitle.isBlank()) {
      TextTitle s = new TextTitle(subtitle, SUBTITLE);
      s.setPaint(MUTED);
      s.setHorizontalAlignment(HorizontalAlignment.LEFT);
      s.setMargin(new RectangleInsets(0, 10, 6, 10));
      chart.addSubtitle(s);
    }
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(4, 4, 8, 12));
    LegendTitle l = chart.getLegend();
    if (l != null) {
      l.setItemFont(LABEL);
      l.setItemPaint(INK);
      l.setFrame(BlockBorder.NONE);
      l.setPosition(RectangleEdge.BOTTOM);
      l.setHorizontalAlignment(HorizontalAlignment.LEFT);
      l.setMargin(new RectangleInsets(6, 6, 0, 6));
    }
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    return chart;
  }

  /** Axis fonts and colours. */
  static <A extends Axis> A axis(A axis) {
    axis.setLabelFont(LABEL);
    axis.setLabelPaint(INK);
    axis.setTickLabelFont(TICK);
    axis.setTickLabelPaint(INK);
    axis.setAxisLinePaint(MUTED);
    axis.setTickMarkPaint(MUTED);
    return axis;
  }

  /** A category axis made of labels, at integer positions 0, 1, 2, … without grid bands. */
  static SymbolAxis symbols(String label, List<String> symbols) {
    SymbolAxis a = axis(new SymbolAxis(label, symbols.toArray(new String[0])));
    a.setGridBandsVisible(false);
    a.setRange(-0.6, Math.max(symbols.size(), 1) - 0.4);
    a.setAutoRange(false);
    return a;
  }

  /** A value axis with ticks in the report's number format. */
  static NumberAxis numbers(String label) {
    NumberAxis a = axis(new NumberAxis(label));
    a.setAutoRangeIncludesZero(false);
    a.setNumberFormatOverride(Numbers.axisFormat());
    return a;
  }

  /** Grid lines for an XY plot: light, vertical (domain) only unless {@code both}. */
  static void grid(XYPlot plot, boolean both) {
    plot.setDomainGridlinePaint(GRID);
    plot.setDomainGridlineStroke(GRID_STROKE);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(GRID_STROKE);
    plot.setRangeGridlinesVisible(both);
    plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
  }

  /** A legend entry with a marker shape. */
  static LegendItem item(String label, java.awt.Shape shape, Color fill, Color outline, boolean filled) {
    LegendItem item = new LegendItem(label, null, null, null, true, shape, filled, fill, true, outline, OUTLINE,
        false, new java.awt.geom.Line2D.Double(-7, 0, 7, 0), OUTLINE, outline);
    item.setLabelFont(LABEL);
    item.setLabelPaint(INK);
    return item;
  }

  /** A legend entry with a filled box. */
  static LegendItem box(String label, Color fill) {
    java.awt.Shape square = new java.awt.geom.Rectangle2D.Double(-6, -6, 12, 12);
    return item(label, square, fill, MUTED, true);
  }

  /** A collection of legend items. */
  static LegendItemCollection legend(List<LegendItem> items) {
    LegendItemCollection c = new LegendItemCollection();
    items.forEach(c::add);
    return c;
  }

  /** White or ink, whichever reads better on {@code background}. */
  static Color textOn(Color background) {
    double l = (0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue()) / 255;
    return l < 0.55 ? Color.WHITE : INK;
  }

  /** {@code color} mixed with white: {@code amount} 0 gives the colour, 1 gives white. */
  static Color tint(Color color, double amount) {
    return new Color(mix(color.getRed(), amount), mix(color.getGreen(), amount), mix(color.getBlue(), amount));
  }

  private static int mix(int channel, double amount) {
    return (int) Math.round(channel + (255 - channel) * amount);
  }

  /**
   * A colour on a ramp from very light to {@code dark}, for counts {@code 0..max}: lightness
   * carries the count, so the ramp reads in greyscale too.
   */
  static Color ramp(Color dark, int count, int max) {
    if (count <= 0 || max <= 0) {
      return Color.WHITE;
    }
    double share = Math.min(1.0, (double) count / max);
    return tint(dark, 0.85 * (1 - share));
  }

  /** Cuts {@code s} to {@code max} characters, ending with an ellipsis when cut. */
  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
  }
}
