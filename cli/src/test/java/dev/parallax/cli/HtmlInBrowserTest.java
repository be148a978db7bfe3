package dev.parallax.cli;

import dev.parallax.cli.output.ChartSet;
import dev.parallax.cli.output.HtmlReportWriter;
import dev.parallax.charts.Story;
import dev.parallax.model.Report;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the test story (every kind of finding, framing indicators, figures) in
 * headless Chromium; the screenshot and the page go to {@code target/screenshots/}.
 */
class HtmlInBrowserTest {
  @TempDir Path dir;

  @Test
  void theStoryPageRendersItsFindingsAndFiltersWithoutErrors() throws Exception {
    Report report = Story.report();
    Path page = new HtmlReportWriter().write(report, ChartSet.write(report, dir), dir);
    Path screenshots = Path.of("target", "screenshots");
    PageCheck.check(report, page, screenshots.resolve("story-report.png"), dir);
    // Keep the page beside its screenshot, for a look in a browser.
    java.nio.file.Files.copy(page, screenshots.resolve("story-report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
