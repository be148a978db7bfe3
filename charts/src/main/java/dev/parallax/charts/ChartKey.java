package dev.parallax.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.AbstractBlock;
import org.jfree.chart.block.Block;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.FlowArrangement;
import org.jfree.chart.block.LabelBlock;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * A chart's key, below the plot: each entry shows the very symbols the chart draws for it (the
 * square and the triangle of the two outlets whose stated values are plotted, not a generic grey
 * circle), then what they mean. JFreeChart's own legend gives each entry one shape in one colour,
 * which cannot show that; this title can, and it draws patterns too.
 *
 * <p>Charts build their entries from the marks they have drawn, so the key cannot list a symbol
 * the chart does not show, and tests read the entries back with {@link #of}.
 */
final class ChartKey extends CompositeTitle {
  private static final long serialVersionUID = 1L;

  /**
   * One entry.
   *
   * @param label what the symbols mean
   * @param swatches the symbols, in the order the chart meets them; at least one
   */
  record Entry(String label, List<Swatch> swatches) {
    Entry {
      Objects.requireNonNull(label, "label");
      swatches = List.copyOf(swatches);
      if (swatches.isEmpty()) {
        throw new IllegalArgumentException("entry '" + label + "' has no symbol");
      }
    }

    Entry(String label, Swatch swatch) {
      this(label, List.of(swatch));
    }
  }

  private final List<Entry> entries;

  /** A key of {@code entries}, flowing left to right and onto further lines when it does not fit. */
  ChartKey(List<Entry> entries) {
    super(new BlockContainer(new FlowArrangement(HorizontalAlignment.LEFT, VerticalAlignment.CENTER, 16, 5)));
    this.entries = List.copyOf(entries);
    for (Entry e : this.entries) {
      BlockContainer item = new BlockContainer(new FlowArrangement(HorizontalAlignment.LEFT, VerticalAlignment.CENTER, 3, 0));
      for (Swatch s : e.swatches()) {
        item.add(new SwatchBlock(s));
      }
      LabelBlock label = new LabelBlock(e.label(), ChartStyle.LABEL, ChartStyle.INK);
      label.setPadding(new RectangleInsets(0, 3, 0, 0));
      item.add(label);
      getContainer().add(item);
    }
    setPosition(RectangleEdge.BOTTOM);
    setHorizontalAlignment(HorizontalAlignment.LEFT);
    setMargin(new RectangleInsets(6, 6, 0, 6));
  }

  /** The entries, in order. */
  List<Entry> entries() {
    return entries;
  }

  /** The key of {@code chart}, if it has one. */
  static Optional<ChartKey> of(JFreeChart chart) {
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      Title t = chart.getSubtitle(i);
      if (t instanceof ChartKey) {
        return Optional.of((ChartKey) t);
      }
    }
    return Optional.empty();
  }

  /** A block that draws one swatch, as tall as a line of key text so symbols and words line up. */
  private static final class SwatchBlock extends AbstractBlock implements Block {
    private static final long serialVersionUID = 1L;
    private final transient Swatch swatch;

    SwatchBlock(Swatch swatch) {
      this.swatch = swatch;
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
      double line = g2.getFontMetrics(ChartStyle.LABEL).getHeight();
      return new Size2D(swatch.width() + 2, Math.max(line, swatch.height() + 2));
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
      swatch.draw(g2, area.getCenterX(), area.getCenterY());
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
      draw(g2, area);
      return null;
    }
  }

  /**
   * A filled rectangle, optionally hatched the way {@link ChartStyle#hatch} hatches chart areas.
   *
   * @param fill the inside
   * @param outline the edge, or null for none
   * @param hatched true to draw the diagonal hatching over the fill
   * @param width the width in pixels
   * @param height the height in pixels
   */
  record Box(Color fill, Color outline, boolean hatched, double width, double height) implements Swatch {
    Box {
      Objects.requireNonNull(fill, "fill");
    }

    /** A 12 × 12 box. */
    static Box square(Color fill, Color outline, boolean hatched) {
      return new Box(fill, outline, hatched, 12, 12);
    }

    @Override
    public void draw(Graphics2D g, double cx, double cy) {
      Rectangle2D r = new Rectangle2D.Double(cx - width / 2, cy - height / 2, width, height);
      Paint paint = g.getPaint();
      Stroke stroke = g.getStroke();
      g.setPaint(fill);
      g.fill(r);
      if (hatched) {
        ChartStyle.hatch(g, r, fill);
      }
      if (outline != null) {
        g.setPaint(outline);
        g.setStroke(new BasicStroke(1f));
        g.draw(r);
      }
      g.setPaint(paint);
      g.setStroke(stroke);
    }
  }

  /**
   * The open end of a figure or a period: a short dashed line and an arrowhead.
   *
   * @param color the colour
   * @param right true when it points right (more, later), false for left (less, earlier)
   */
  record Arrow(Color color, boolean right) implements Swatch {
    Arrow {
      Objects.requireNonNull(color, "color");
    }

    @Override
    public double width() {
      return 22;
    }

    @Override
    public double height() {
      return 10;
    }

    @Override
    public void draw(Graphics2D g, double cx, double cy) {
      Paint paint = g.getPaint();
      Stroke stroke = g.getStroke();
      AffineTransform saved = g.getTransform();
      g.translate(cx, cy);
      if (!right) {
        g.scale(-1, 1);
      }
      g.setPaint(color);
      g.setStroke(ChartStyle.DASHED);
      g.draw(new Line2D.Double(-11, 0, 4, 0));
      Path2D.Double head = new Path2D.Double();
      head.moveTo(3, -4.5);
      head.lineTo(11, 0);
      head.lineTo(3, 4.5);
      head.closePath();
      g.fill(head);
      g.setTransform(saved);
      g.setPaint(paint);
      g.setStroke(stroke);
    }
  }

  /**
   * A range written without a single value ("30 to 35"): a thin bar between two end caps.
   *
   * @param color the colour
   */
  record Caps(Color color) implements Swatch {
    Caps {
      Objects.requireNonNull(color, "color");
    }

    @Override
    public double width() {
      return 20;
    }

    @Override
    public double height() {
      return 12;
    }

    @Override
    public void draw(Graphics2D g, double cx, double cy) {
      Paint paint = g.getPaint();
      Stroke stroke = g.getStroke();
      g.setPaint(ChartStyle.tint(color, 0.6));
      g.fill(new Rectangle2D.Double(cx - 9, cy - 2.5, 18, 5));
      g.setPaint(color);
      g.setStroke(new BasicStroke(2.5f));
      g.draw(new Line2D.Double(cx - 9, cy - 6, cx - 9, cy + 6));
      g.draw(new Line2D.Double(cx + 9, cy - 6, cx + 9, cy + 6));
      g.setPaint(paint);
      g.setStroke(stroke);
    }
  }

  /**
   * A short vertical stroke, such as the day an article was published.
   *
   * @param color the colour
   * @param height its height in pixels
   */
  record Tick(Color color, double height) implements Swatch {
    Tick {
      Objects.requireNonNull(color, "color");
    }

    @Override
    public double width() {
      return 6;
    }

    @Override
    public void draw(Graphics2D g, double cx, double cy) {
      Paint paint = g.getPaint();
      Stroke stroke = g.getStroke();
      g.setPaint(color);
      g.setStroke(new BasicStroke(2.5f));
      g.draw(new Line2D.Double(cx, cy - height / 2, cx, cy + height / 2));
      g.setPaint(paint);
      g.setStroke(stroke);
    }
  }
}
