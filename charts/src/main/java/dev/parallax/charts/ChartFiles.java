package dev.parallax.charts;

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

/** Writes charts as PNG and SVG, the same bytes for the same chart. */
public final class ChartFiles {
  private ChartFiles() {}

  /** The chart as SVG markup; ids start with {@code idPrefix} so several charts can share one HTML page. */
  public static String svg(JFreeChart chart, int width, int height, String idPrefix) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(idPrefix);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    chart.setID(idPrefix);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    return g.getSVGElement(idPrefix + "-svg");
  }

  /** The chart as PNG bytes. */
  public static byte[] png(JFreeChart chart, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
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

  /** Writes {@code base}.png and {@code base}.svg into {@code dir}. */
  public static void write(JFreeChart chart, int width, int height, Path dir, String base) throws IOException {
    Files.write(dir.resolve(base + ".png"), png(chart, width, height));
    Files.writeString(dir.resolve(base + ".svg"), svg(chart, width, height, base), StandardCharsets.UTF_8);
  }
}
