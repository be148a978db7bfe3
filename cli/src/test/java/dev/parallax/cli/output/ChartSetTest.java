package dev.parallax.cli.output;

import dev.parallax.charts.Story;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartSetTest {
  @TempDir Path dir;

  @Test
  void writesEachFigureAsPngAndSvgUnderCharts() throws Exception {
    Report report = Story.report();
    ChartSet set = ChartSet.draw(report);
    List<Path> written = set.writeTo(dir);
    assertEquals(2 * set.charts().size(), written.size());
    for (ChartSet.Chart c : set.charts()) {
      Path png = dir.resolve(c.png());
      byte[] bytes = Files.readAllBytes(png);
      assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4), c.name());
      String svg = Files.readString(dir.resolve("charts").resolve(c.name() + ".svg"));
      assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "), c.name());
      assertTrue(svg.contains(c.svg()));
    }
    assertEquals("f1", set.ofFinding("f1").orElseThrow().findingId());
    assertTrue(set.named("coverage").isPresent());
    assertTrue(set.ofFinding("f2").isEmpty(), "a contradiction has no figure of its own");
  }

  @Test
  void aFigureTooTallForAPngIsLinkedAsSvg() {
    ChartSet.Chart small = new ChartSet.Chart("timeline", "t", "c", "a", "<svg/>", null, 800);
    ChartSet.Chart tall = new ChartSet.Chart("framing-profile", "t", "c", "a", "<svg/>", null, ChartSet.MAX_PNG_HEIGHT + 1);
    assertEquals("charts/timeline.png", small.image());
    assertEquals("charts/framing-profile.svg", tall.image());
  }
}
