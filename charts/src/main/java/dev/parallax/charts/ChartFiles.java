package dev.parallax.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes charts as PNG and SVG. The same chart gives the same bytes on the same machine: fixed
 * sizes, no timestamps, and SVG ids that start with a prefix the caller chooses instead of
 * JFreeSVG's clock-based default. (Text is laid out with the fonts of the machine, so bytes may
 * differ between machines whose fonts differ.)
 */
public final class ChartFiles {
  private ChartFiles() {}

  /** PNG images are drawn at this multiple of the chart's size, so they stay sharp in print and on dense screens. */
  public static final double PNG_SCALE = 2.0;

  /**
   * The chart as an {@code <svg>} element (no XML declaration), {@code width} × {@code height}
   * pixels with a matching {@code viewBox} so it can be scaled. Every id in it starts with
   * {@code idPrefix}, so several charts can share one HTML page.
   */
  public static String svg(JFreeChart chart, int width, int height, String idPrefix) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(idPrefix + "-");
    g.setGeomDoubleConverter(ChartFiles::twoDecimals);
    g.setTransformDoubleConverter(ChartFiles::fourDecimals);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    chart.setID(idPrefix);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    return g.getSVGElement(idPrefix + "-svg", true, new ViewBox(0, 0, width, height), null, null);
  }

  /** Coordinates to a hundredth of a pixel: finer than any screen or printer, and a third of the size. */
  private static String twoDecimals(double v) {
    return plain(Math.round(v * 100) / 100.0);
  }

  private static String fourDecimals(double v) {
    return plain(Math.round(v * 10_000) / 10_000.0);
  }

  private static String plain(double v) {
    if (v == 0) {
      return "0";
    }
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** The chart as a standalone SVG document. */
  public static String svgDocument(JFreeChart chart, int width, int height, String idPrefix) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(chart, width, height, idPrefix) + "\n";
  }

  /** The chart as PNG bytes, drawn at {@link #PNG_SCALE} times {@code width} × {@code height}. */
  public static byte[] png(JFreeChart chart, int width, int height) {
    int w = (int) Math.round(width * PNG_SCALE);
    int h = (int) Math.round(height * PNG_SCALE);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(PNG_SCALE, PNG_SCALE);
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes {@code base}.png and {@code base}.svg into {@code dir}, replacing them. */
  public static void write(JFreeChart chart, int width, int height, Path dir, String base) throws IOException {
    Files.write(dir.resolve(base + ".png"), png(chart, width, height));
    Files.writeString(dir.resolve(base + ".svg"), svgDocument(chart, width, height, base), StandardCharsets.UTF_8);
  }
}
