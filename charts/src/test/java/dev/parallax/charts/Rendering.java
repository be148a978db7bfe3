package dev.parallax.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The render checks every chart must pass, and a copy of each figure under target/figures to look at. */
final class Rendering {
  private Rendering() {}

  private static final Pattern ID = Pattern.compile("\\sid=[\"']([^\"']*)[\"']");

  /**
   * Draws the chart {@code create} makes twice as PNG and SVG and checks: the PNG decodes at twice
   * the size, the SVG parses as XML with the right size, every id starts with {@code name}, and
   * both drawings give the same bytes. Returns the SVG.
   */
  static String check(Supplier<JFreeChart> create, int width, int height, String name) throws Exception {
    byte[] png = ChartFiles.png(create.get(), width, height);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertNotNull(image, "the PNG must decode");
    assertEquals(width * 2, image.getWidth());
    assertEquals(height * 2, image.getHeight());
    assertArrayEquals(png, ChartFiles.png(create.get(), width, height), "PNG bytes must not change between runs");

    String svg = ChartFiles.svgDocument(create.get(), width, height, name);
    Path dir = Path.of("target", "figures");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), png);
    Files.writeString(dir.resolve(name + ".svg"), svg, StandardCharsets.UTF_8);
    assertEquals(svg, ChartFiles.svgDocument(create.get(), width, height, name), "SVG must not change between runs");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals(width, Double.parseDouble(doc.getDocumentElement().getAttribute("width").replace("px", "")));
    String[] box = doc.getDocumentElement().getAttribute("viewBox").split(" ");
    assertEquals(List.of(0.0, 0.0, (double) width, (double) height),
        java.util.Arrays.stream(box).map(Double::parseDouble).toList());
    Matcher m = ID.matcher(svg);
    int ids = 0;
    while (m.find()) {
      ids++;
      assertTrue(m.group(1).startsWith(name + "-"), "id " + m.group(1) + " must start with " + name + "-");
    }
    assertTrue(ids > 0, "the SVG has ids");

    return svg;
  }

  static BufferedImage image(JFreeChart chart, int width, int height) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(ChartFiles.png(chart, width, height)));
  }
}
