package dev.parallax.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Draws each data item of an XY dataset as its own mark (shape, fill, outline), so a chart can
 * colour points by outlet while the series carry something else (a status, a row). No lines.
 *
 * <p>Marks are registered per series and item, in dataset order, before the chart is drawn.
 */
final class MarkRenderer extends XYLineAndShapeRenderer {
  private static final long serialVersionUID = 1L;

  /**
   * How one item looks.
   *
   * @param shape the marker, centred on the origin
   * @param fill the inside; white makes a hollow marker
   * @param outline the edge
   * @param stroke the edge's width
   */
  record Mark(Shape shape, Color fill, Color outline, float stroke) implements Swatch {
    Mark {
      Objects.requireNonNull(shape, "shape");
      Objects.requireNonNull(fill, "fill");
      Objects.requireNonNull(outline, "outline");
    }

    /** A solid marker in one colour. */
    static Mark solid(Shape shape, Color color) {
      return new Mark(shape, color, darker(color), 1.2f);
    }

    /** An outlined, white-filled marker. */
    static Mark hollow(Shape shape, Color color) {
      return new Mark(shape, Color.WHITE, color, 2.2f);
    }

    /** True when the inside is white: a hollow marker. */
    boolean hollow() {
      return Color.WHITE.equals(fill);
    }

    @Override
    public double width() {
      return shape.getBounds2D().getWidth() + stroke;
    }

    @Override
    public double height() {
      return shape.getBounds2D().getHeight() + stroke;
    }

    @Override
    public void draw(Graphics2D g, double cx, double cy) {
      Shape at = AffineTransform.getTranslateInstance(cx, cy).createTransformedShape(shape);
      Paint paint = g.getPaint();
      Stroke saved = g.getStroke();
      g.setPaint(fill);
      g.fill(at);
      g.setPaint(outline);
      g.setStroke(new BasicStroke(stroke));
      g.draw(at);
      g.setPaint(paint);
      g.setStroke(saved);
    }

    private static Color darker(Color c) {
      return new Color((int) (c.getRed() * 0.75), (int) (c.getGreen() * 0.75), (int) (c.getBlue() * 0.75));
    }
  }

  private final List<List<Mark>> marks = new ArrayList<>();

  MarkRenderer() {
    super(false, true);
    setUseFillPaint(true);
    setDrawOutlines(true);
    setUseOutlinePaint(true);
    setDefaultShapesFilled(true);
  }

  /** Registers the mark of the next item of {@code series}. */
  void add(int series, Mark mark) {
    while (marks.size() <= series) {
      marks.add(new ArrayList<>());
    }
    marks.get(series).add(mark);
  }

  /** The marks registered so far, by series: what the chart draws, for its key and its tests. */
  List<List<Mark>> marks() {
    return marks.stream().map(List::copyOf).toList();
  }

  private Mark mark(int series, int item) {
    return marks.get(series).get(item);
  }

  @Override
  public Shape getItemShape(int series, int item) {
    return mark(series, item).shape();
  }

  @Override
  public Paint getItemFillPaint(int series, int item) {
    return mark(series, item).fill();
  }

  @Override
  public Paint getItemOutlinePaint(int series, int item) {
    return mark(series, item).outline();
  }

  @Override
  public Stroke getItemOutlineStroke(int series, int item) {
    return new BasicStroke(mark(series, item).stroke());
  }

  @Override
  public Paint getItemPaint(int series, int item) {
    return mark(series, item).outline();
  }

  @Override
  public boolean getItemShapeFilled(int series, int item) {
    return true;
  }
}
