package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.output.ChartSet;
import dev.parallax.cli.output.PageData;
import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax compare ../seeds} end to end. */
class CompareSeedsTest {
  @TempDir static Path dir;
  static CliRun run;
  static Path out;

  @BeforeAll
  static void compare() {
    out = dir.resolve("report");
    run = CliRun.of("compare", "../seeds", "-o", out.toString(), "--threads", "2");
  }

  @Test
  void exitsZeroAndPrintsASummary() {
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Compared 5 articles"), run.out());
    assertTrue(run.out().contains("Wrote " + out.resolve("report.html")), run.out());
  }

  @Test
  void writesAReadableReportInEveryFormat() throws IOException {
    Report report = new ReportCodec().read(out.resolve("report.json"));
    assertEquals(5, report.articles().size());
    String md = Files.readString(out.resolve("report.md"));
    String html = Files.readString(out.resolve("report.html"));
    for (var a : report.articles()) {
      assertTrue(md.contains(a.outletOrUnknown()), a.outletOrUnknown());
    }
    // The page keeps each sentence once, in its data; its script shows them (the browser test checks that).
    PageData data = new PageData(Jsoup.parse(html));
    for (var f : report.findings()) {
      assertTrue(md.contains("### " + f.id() + ":"), f.id());
      assertTrue(html.contains("id=\"" + f.id() + "\""), f.id());
      for (String claimId : f.claimIds()) {
        String sentence = report.claim(claimId).orElseThrow().text();
        assertEquals(sentence, data.claimText(claimId), claimId);
      }
    }
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(!html.contains("<script src") && !html.contains("<link "), "the page must not load anything from elsewhere");
  }

  @Test
  void writesTheChartsBesideTheReport() throws IOException {
    Report report = new ReportCodec().read(out.resolve("report.json"));
    String md = Files.readString(out.resolve("report.md"));
    for (String chart : ChartSet.draw(report).charts().stream().map(ChartSet.Chart::name).toList()) {
      assertTrue(Files.size(out.resolve("charts").resolve(chart + ".png")) > 1000, chart);
      assertTrue(Files.exists(out.resolve("charts").resolve(chart + ".svg")), chart);
      assertTrue(md.contains("](charts/" + chart + ".png)"), chart);
    }
  }

  /**
   * Opens the seeds' report.html in headless Chromium: the findings render, the filters work and
   * the page logs no errors. The screenshot goes to {@code target/screenshots/seeds-report.png}.
   */
  @Test
  void theHtmlReportWorksInABrowser() throws Exception {
    assertEquals(0, run.exitCode(), run.err());
    Report report = new ReportCodec().read(out.resolve("report.json"));
    PageCheck.check(report, out.resolve("report.html"), Path.of("target", "screenshots", "seeds-report.png"), dir);
  }
}
