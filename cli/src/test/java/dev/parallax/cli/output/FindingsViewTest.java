package dev.parallax.cli.output;

import dev.parallax.charts.Story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Finding;
import dev.parallax.model.Report;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsViewTest {
  private final Report report = Story.report();

  private String show(String id, TerminalStyle style, int width) {
    return show(id, style, width, false);
  }

  private String show(String id, TerminalStyle style, int width, boolean agreementDifferences) {
    Finding f = report.findings().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    StringWriter out = new StringWriter();
    new FindingsView(style, width, agreementDifferences).print(report, List.of(f), new PrintWriter(out));
    return out.toString();
  }

  @Test
  void theWordDifferenceOfEachSentenceWithTheFirst() {
    String out = show("f2", TerminalStyle.PLAIN, 120);
    assertTrue(out.contains("   Word by word: [-only in Daily Ledger-], {+only in Harbor Times+}\n"
        + "   The dam [-did not fail-] {+failed on Tuesday night+}, [-the mayor-] {+engineers+} said.\n"), out);
    assertTrue(out.contains("   Word by word: [-only in Daily Ledger-], {+only in Northern Wire+}\n"
        + "   The dam [-did not fail, the mayor said-] {+held+}.\n"), out);
  }

  @Test
  void theWordDifferenceInColourDimsTheSharedWords() {
    String out = show("f2", TerminalStyle.COLOUR, 120);
    assertTrue(out.contains("\u001b[2mThe dam\u001b[0m \u001b[9;31mdid not fail\u001b[0m \u001b[4;32mfailed on Tuesday night"
        + "\u001b[0m"), out);
  }

  @Test
  void agreementsShowTheirWordDifferenceOnRequest() {
    String id = report.findings().stream().filter(f -> f.kind() == dev.parallax.model.FindingKind.AGREEMENT)
        .findFirst().orElseThrow().id();
    assertFalse(show(id, TerminalStyle.PLAIN, 100).contains("Word by word"));
    assertTrue(show(id, TerminalStyle.PLAIN, 100, true).contains("Word by word"));
  }

  @Test
  void aLongWordDifferenceWrapsInsideTheWidth() {
    String out = show("f1", TerminalStyle.PLAIN, 60);
    assertTrue(out.contains("Word by word"), out);
    for (String line : out.lines().toList()) {
      assertTrue(line.length() <= 60 || line.contains("Word by word"), "too wide: " + line);
    }
  }

  @Test
  void sentencesSideBySideWithOutletsAndHighlights() {
    String out = show("f2", TerminalStyle.PLAIN, 120);
    assertTrue(out.startsWith("f2  CONTRADICTION  whether the dam failed\n"), out);
    String header = out.lines().filter(l -> l.contains("a1.c3")).findFirst().orElseThrow();
    assertTrue(header.contains("Daily Ledger (a1) · a1.c3") && header.contains(" │ Harbor Times (a2) · a2.c3")
        && header.contains(" │ Northern Wire (a3) · a3.c3"), header);
    assertTrue(out.contains("The dam did «not» «fail», the mayor"), out);
    assertTrue(out.contains("The dam «failed» on Tuesday night,"), out);
    assertTrue(out.contains("Why it was flagged:\n   - 'fail' is denied in one and stated in the other"), out);
    for (String line : out.lines().toList()) {
      assertTrue(line.length() <= 120, "too wide: " + line);
    }
  }

  @Test
  void aNarrowTerminalStacksTheSentences() {
    String out = show("f2", TerminalStyle.PLAIN, 50);
    assertFalse(out.contains("│"), out);
    assertTrue(out.indexOf("Daily Ledger (a1) · a1.c3") < out.indexOf("Harbor Times (a2) · a2.c3"));
  }

  @Test
  void numericFindingsListTheFiguresCompared() {
    String out = show("f1", TerminalStyle.PLAIN, 100);
    assertTrue(out.contains("relative gap 77%"), out);
    assertTrue(out.contains("   - Daily Ledger (a1): More than 2,000, read as 2,000 to 2,400 (more than); measures people\n"
        + "     evacuated; source officials\n"), out);
    assertTrue(out.contains("Caveats:\n   - Northern Wire counts residents"), out);
  }

  @Test
  void colourMarksInsteadOfGuillemetsAndKeepsColumnsAligned() {
    String out = show("f2", TerminalStyle.COLOUR, 120);
    assertTrue(out.contains("\u001b[1;4mnot\u001b[0m"), out);
    assertFalse(out.contains("«"));
    // Escape codes take no room: the gutters line up once they are stripped.
    List<String> lines = out.lines().map(l -> l.replaceAll("\u001b\\[[0-9;]*m", "")).filter(l -> l.contains("│")).toList();
    assertTrue(lines.size() >= 3, out);
    int first = lines.get(0).indexOf('│');
    for (String line : lines) {
      assertEquals(first, line.indexOf('│'), "columns line up: " + line);
    }
  }
}
