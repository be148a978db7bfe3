package dev.parallax.cli.output;

import dev.parallax.charts.Story;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.cli.Goldens;
import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report.json} and {@code report.md} of the hand-built test story, byte for byte against
 * the goldens in {@code src/test/resources/golden/story/}. The story fixes the clock (its
 * provenance carries a set time) and nothing in either file depends on the locale or the machine.
 * After an intended change, regenerate with {@code -Dparallax.updateGoldens=true} (see {@link
 * Goldens}) and review the diff.
 */
class ReportGoldenTest {
  @TempDir Path dir;

  @Test
  void reportJson() throws Exception {
    Report report = Story.report();
    Path file = new JsonReportWriter().write(report, dir);
    String json = Files.readString(file, StandardCharsets.UTF_8);
    Goldens.check("story/report.json", json);
    assertEquals(report, new ReportCodec().read(json), "the JSON reads back as the same report");
  }

  @Test
  void reportMarkdown() throws Exception {
    Report report = Story.report();
    Path file = new MarkdownReportWriter().write(report, ChartSet.draw(report), dir);
    Goldens.check("story/report.md", Files.readString(file, StandardCharsets.UTF_8));
  }
}
