package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.charts.Story;
import dev.parallax.model.json.ReportCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax inspect} on the test story's report.json, and on files that are not reports. */
class InspectCommandTest {
  @TempDir Path dir;
  Path json;

  @BeforeEach
  void writeReport() throws IOException {
    json = dir.resolve("report.json");
    new ReportCodec().write(Story.report(), json);
  }

  private static void assertOneLine(CliRun run, int code, String expected) {
    assertEquals(code, run.exitCode(), run.err());
    assertTrue(run.noStackTrace(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains(expected), run.err());
  }

  @Test
  void showsEveryFindingWithItsSentencesAndReasons() {
    CliRun run = CliRun.of("inspect", json.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("6 findings in " + json + ":"), run.out());
    for (String id : new String[] {"f1", "f2", "f3", "f4", "f5", "f6"}) {
      assertTrue(run.out().contains("\n" + id + "  "), id);
    }
    assertTrue(run.out().contains("Daily Ledger (a1) · a1.c2"), run.out());
    assertTrue(run.out().contains("«More than 2,000»"), "highlights survive without colour");
    assertTrue(run.out().contains("Why it was flagged:"));
    assertFalse(run.out().contains("\u001b["), "no colour when not on a terminal");
  }

  @Test
  void acceptsTheReportFolder() {
    CliRun run = CliRun.of("inspect", dir.toString(), "--id", "f3");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("1 of 6 findings"), run.out());
    assertTrue(run.out().contains("f3  DISPUTE  accusation of ignoring warnings"), run.out());
  }

  @Test
  void filtersByKindIdAndOutlet() {
    CliRun numeric = CliRun.of("inspect", json.toString(), "--kind", "numeric");
    assertTrue(numeric.out().contains("\nf1  ") && numeric.out().contains("\nf6  "), numeric.out());
    assertFalse(numeric.out().contains("\nf2  "), numeric.out());

    CliRun two = CliRun.of("inspect", json.toString(), "--kind", "contradiction,DISPUTES");
    assertTrue(two.out().startsWith("2 of 6 findings"), two.out());

    CliRun outlet = CliRun.of("inspect", json.toString(), "--outlet", "northern wire");
    assertTrue(outlet.out().startsWith("4 of 6 findings"), outlet.out());
    assertFalse(outlet.out().contains("\nf3  "), "the dispute is Harbor Times' alone");

    CliRun article = CliRun.of("inspect", json.toString(), "--outlet", "a5");
    assertTrue(article.out().startsWith("1 of 6 findings") && article.out().contains("\nf5  "), article.out());

    CliRun none = CliRun.of("inspect", json.toString(), "--kind", "dispute", "--outlet", "Daily Ledger");
    assertEquals(0, none.exitCode());
    assertEquals("No finding matches; the report has 6 findings.", none.out().strip());
  }

  @Test
  void aMissingReportIsOneClearLine() {
    Path missing = dir.resolve("nope.json");
    assertOneLine(CliRun.of("inspect", missing.toString()), ExitCode.INPUT, missing + " does not exist");
  }

  @Test
  void aFolderWithoutAReportIsOneClearLine() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertOneLine(CliRun.of("inspect", empty.toString()), ExitCode.INPUT, empty + " holds no report.json");
  }

  @Test
  void anInvalidReportIsOneClearLine() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 1, \"articles\": [");
    assertOneLine(CliRun.of("inspect", broken.toString()), ExitCode.INPUT, broken + " is not a valid report");
    Path other = Files.writeString(dir.resolve("other.json"), "[1, 2, 3]");
    assertOneLine(CliRun.of("inspect", other.toString()), ExitCode.INPUT, other + " is not a valid report");
    Path version = Files.writeString(dir.resolve("v2.json"), "{\"schemaVersion\": 2}");
    assertOneLine(CliRun.of("inspect", version.toString()), ExitCode.INPUT, "unsupported report schemaVersion 2");
  }

  @Test
  void unknownFiltersSayWhatTheReportHas() {
    assertOneLine(CliRun.of("inspect", json.toString(), "--kind", "rumour"), ExitCode.USAGE,
        "unknown kind 'rumour'; use one of numeric, contradiction, dispute, agreement");
    assertOneLine(CliRun.of("inspect", json.toString(), "--id", "f99"), ExitCode.USAGE,
        "no finding 'f99' in the report; it has f1, f2, f3, f4, f5, f6");
    assertOneLine(CliRun.of("inspect", json.toString(), "--outlet", "Nobody"), ExitCode.USAGE,
        "no outlet or article 'Nobody' in the report; it has Daily Ledger, Harbor Times, Northern Wire, a4 (outlet not named)");
  }
}
