package dev.parallax.cli;

import dev.parallax.charts.Story;
import dev.parallax.cli.output.ChartSet;
import dev.parallax.cli.output.HtmlReportWriter;
import dev.parallax.cli.output.LargeStory;
import dev.parallax.model.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report pages in headless Chromium: the test story (every kind of finding, framing indicators,
 * figures) and a story of 60 generated articles whose findings hold more sentences, reasons and
 * caveats than are shown at once. The screenshots and pages go to {@code target/screenshots/}.
 */
class HtmlInBrowserTest {
  @TempDir Path dir;

  private final Path screenshots = Path.of("target", "screenshots");

  @Test
  void theStoryPageRendersItsFindingsAndFiltersWithoutErrors() throws Exception {
    Report report = Story.report();
    Path page = new HtmlReportWriter().write(report, ChartSet.write(report, dir), dir);
    PageCheck.check(report, page, screenshots.resolve("story-report.png"), dir);
    WordDifferenceInBrowser.check(report, page, dir);
    // Keep the page beside its screenshot, for a look in a browser.
    Files.copy(page, screenshots.resolve("story-report.html"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void aLargeStoryPageOpensEveryPartOnDemandWithoutErrors() throws Exception {
    Report report = LargeStory.report(60);
    Path page = dir.resolve("large-report.html");
    Files.writeString(page, new HtmlReportWriter().render(report, ChartSet.draw(report)), StandardCharsets.UTF_8);
    PageCheck.check(report, page, screenshots.resolve("large-report.png"), dir);
  }
}
