package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.output.ChartSet;
import dev.parallax.cli.output.PageData;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * The word differences in headless Chromium: on the card at once for every numeric discrepancy,
   * contradiction and dispute, shared words dimmed; on request for agreements; and for the seeds'
   * 50% against 56%, the words each outlet has and the other lacks.
   */
  @Test
  void theHtmlReportShowsTheWordDifferences() throws Exception {
    assertEquals(0, run.exitCode(), run.err());
    Report report = new ReportCodec().read(out.resolve("report.json"));
    JsonNode r = WordDifferenceInBrowser.check(report, out.resolve("report.html"), dir);
    Finding rise = report.findings().stream()
        .filter(f -> f.kind() == FindingKind.NUMERIC_DISCREPANCY && f.topic().startsWith("rise in attacks")).findFirst()
        .orElseThrow();
    JsonNode shown = r.get("before").get(rise.id());
    List<String> only = new ArrayList<>();
    shown.get("del").forEach(n -> only.add("-" + n.asText()));
    shown.get("ins").forEach(n -> only.add("+" + n.asText()));
    assertTrue(only.contains("-50%") && only.contains("+a record 56%"), only.toString());
    List<String> same = new ArrayList<>();
    shown.get("same").forEach(n -> same.add(n.asText()));
    assertTrue(same.contains("increased by"), same.toString());
  }
}
