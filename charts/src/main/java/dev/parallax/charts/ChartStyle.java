package dev.parallax.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
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
  /** Open ends: "more than", "since". */
  static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);

  /** Distance between hatching lines, in pixels. */
  private static final double HATCH_STEP = 5;
  /** Share of an area's height hatched along its top, and again along its bottom. */
  private static final double HATCH_BAND = 0.3;

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
    t.setTextAlignment(HorizontalAlignment.LEFT);
    t.setMargin(new RectangleInsets(8, 10, 2, 10));
    chart.setTitle(t);
    if (subtitle != null && !subtitle.isBlank()) {
      TextTitle s = new TextTitle(subtitle, SUBTITLE);
      s.setPaint(MUTED);
      s.setHorizontalAlignment(HorizontalAlignment.LEFT);
      s.setTextAlignment(HorizontalAlignment.LEFT);
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

  /**
   * Draws diagonal hatching (lines rising to the right) along the top and bottom edges of {@code
   * area}, which has already been filled with {@code fill}, and leaves a plain band in the middle
   * where a label can be read: white lines on a dark fill, lines of the fill's darker shade on a
   * light one. A hatched area stays apart from a plain one of the same lightness, in greyscale too.
   * Drawn as plain lines clipped to the area, the hatching comes out the same in PNG and SVG.
   */
  static void hatch(Graphics2D g, Rectangle2D area, Color fill) {
    Shape clip = g.getClip();
    Paint paint = g.getPaint();
    Stroke stroke = g.getStroke();
    double band = area.getHeight() * HATCH_BAND;
    java.awt.geom.Area edges = new java.awt.geom.Area(
        new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), band));
    edges.add(new java.awt.geom.Area(
        new Rectangle2D.Double(area.getX(), area.getMaxY() - band, area.getWidth(), band)));
    g.clip(edges);
    g.setPaint(lightness(fill) < 55 ? new Color(255, 255, 255, 190) : shade(fill, 0.5));
    g.setStroke(new BasicStroke(1.3f));
    double y1 = area.getMaxY();
    double h = area.getHeight();
    // lines x - (y1 - y) = c, on a grid anchored at 0 so neighbouring areas line up
    double start = Math.floor((area.getMinX() - h) / HATCH_STEP) * HATCH_STEP;
    for (double c = start; c <= area.getMaxX(); c += HATCH_STEP) {
      g.draw(new Line2D.Double(c, y1, c + h, y1 - h));
    }
    g.setClip(clip);
    g.setPaint(paint);
    g.setStroke(stroke);
  }

  /** {@code color} mixed with black: {@code keep} 1 gives the colour, 0 gives black. */
  static Color shade(Color color, double keep) {
    return new Color((int) Math.round(color.getRed() * keep), (int) Math.round(color.getGreen() * keep),
        (int) Math.round(color.getBlue() * keep));
  }

  /**
   * The CIE L* lightness of {@code color} (0 black to 100 white): what is left of it in greyscale,
   * on a scale where equal steps look equally far apart.
   */
  static double lightness(Color color) {
    double y = 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389.0 / 27;
  }

  /** An sRGB channel (0..255) as linear light (0..1). */
  static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** Measures text without a screen: antialiased, fractional metrics, as the charts draw it. */
  private static final java.awt.font.FontRenderContext MEASURE = new java.awt.font.FontRenderContext(null, true, true);

  /** The width of {@code text} in {@code font}, in pixels. */
  static double textWidth(String text, Font font) {
    return font.getStringBounds(text, MEASURE).getWidth();
  }

  /** Cuts {@code s} to {@code max} characters, ending with an ellipsis when cut. */
  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
  }
}
