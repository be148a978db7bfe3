package dev.parallax.cli.output;

import dev.parallax.charts.Story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Report;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalSummaryTest {
  private final Report report = Story.report();

  private String print(TerminalStyle style) {
    StringWriter out = new StringWriter();
    new TerminalSummary(style, 100).print(report, List.of(Path.of("out", "report.json"), Path.of("out", "report.html")),
        new PrintWriter(out));
    return out.toString();
  }

  @Test
  void countsTopFindingsAndFiles() {
    String out = print(TerminalStyle.PLAIN);
    List<String> lines = out.lines().toList();
    assertEquals("Compared 5 articles from 4 outlets (19 claims).", lines.get(0));
    assertTrue(out.contains("  numeric discrepancies       2\n"), out);
    assertTrue(out.contains("  agreements                  2\n"), out);
    int f3 = out.indexOf("  f3   dispute");
    int f1 = out.indexOf("  f1   numeric discrepancy");
    assertTrue(f3 > 0 && f1 > f3, "most confident first:\n" + out);
    assertFalse(out.contains("  f4 "), "agreements are not listed");
    assertTrue(out.contains("1 file was not analysed; see the notes in the report."), out);
    assertTrue(out.contains("Wrote " + Path.of("out", "report.html")), out);
    assertTrue(out.contains("parallax inspect out"), out);
  }

  @Test
  void pointsAtInspectOnlyWhenAReportJsonWasWritten() {
    StringWriter out = new StringWriter();
    new TerminalSummary(TerminalStyle.PLAIN, 100).print(report, List.of(Path.of("out", "report.md")), new PrintWriter(out));
    assertTrue(out.toString().contains("Wrote " + Path.of("out", "report.md")), out.toString());
    assertFalse(out.toString().contains("parallax inspect"), "inspect cannot read a Markdown report:\n" + out);
  }

  @Test
  void aFindingNamesAtMostThreeOutletsThenCountsTheRest() {
    assertEquals("A, B, C, D", TerminalSummary.outlets(List.of("A", "B", "C", "D")));
    assertEquals("A, B, C and 9 more",
        TerminalSummary.outlets(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L")));
  }

  @Test
  void colourOnlyWhenAsked() {
    assertFalse(print(TerminalStyle.PLAIN).contains("\u001b["));
    String coloured = print(TerminalStyle.COLOUR);
    assertTrue(coloured.contains("\u001b[1;31mnumeric discrepancy\u001b[0m"), coloured);
    assertEquals(print(TerminalStyle.PLAIN), coloured.replaceAll("\u001b\\[[0-9;]*m", ""), "the same text either way");
  }

  @Test
  void colourNeedsATerminalAndRespectsNoColor() {
    assertTrue(TerminalStyle.detect(true, Map.of()).colour());
    assertFalse(TerminalStyle.detect(false, Map.of()).colour());
    assertFalse(TerminalStyle.detect(true, Map.of("NO_COLOR", "")).colour());
    assertFalse(TerminalStyle.detect(true, Map.of("TERM", "dumb")).colour());
  }
}
