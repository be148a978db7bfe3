package dev.parallax.cli.output;

import dev.parallax.charts.Story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Evidence;
import dev.parallax.model.Finding;
import dev.parallax.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {
  private final Report report = Story.report();
  private final ChartSet charts = ChartSet.draw(report);
  private final String md = new MarkdownReportWriter().render(report, charts);

  @Test
  void everyFindingHasAnAnchorAHeadingAndItsSentences() {
    for (Finding f : report.findings()) {
      assertTrue(md.contains("<a id=\"" + f.id() + "\"></a>\n\n#### " + f.id() + ": "), f.id());
      for (String id : f.claimIds()) {
        assertTrue(md.contains("(" + id + ") |"), id);
      }
    }
  }

  @Test
  void differingFiguresAndWordsAreBold() {
    assertTrue(md.contains("| Daily Ledger (a1) | **More than 2,000** people were evacuated, officials said. (a1.c2) |"), md);
    assertTrue(md.contains("The dam did **not** **fail**, the mayor said. (a1.c3)"), md);
  }

  @Test
  void everyChartIsShownAsItsPng() {
    for (ChartSet.Chart c : charts.charts()) {
      assertTrue(md.contains("](charts/" + c.name() + ".png)"), c.name());
    }
  }

  @Test
  void tablesHaveAsManyCellsInEveryRowAsInTheirHeader() {
    List<String> lines = md.lines().toList();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).startsWith("|") && lines.get(i + 1).startsWith("|---")) {
        int cells = cells(lines.get(i));
        for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("|"); j++) {
          assertEquals(cells, cells(lines.get(j)), "row " + (j + 1) + ": " + lines.get(j));
        }
      }
    }
  }

  private static int cells(String row) {
    Matcher m = Pattern.compile("(?<!\\\\)\\|").matcher(row);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n - 1;
  }

  @Test
  void longEvidenceListsAreShortened() {
    String text = "Bad. ".repeat(20);
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      evidence.add(new Evidence("a1", i * 5, i * 5 + 3, "Bad", "judgement", null));
    }
    var a = report.articles().get(0);
    var article = new dev.parallax.model.Article(a.id(), a.source(), a.title(), a.outlet(), null, null, "en", 20,
        "x", text, null, Map.of());
    Report r = Report.builder(report.provenance()).articles(List.of(article)).claims(List.of())
        .bias(List.of(new BiasProfile("a1", List.of(new BiasIndicator("loaded-language", 1, "share of own sentences",
            evidence, "Charged words.", Map.of()))))).build();
    String out = new MarkdownReportWriter().render(r, ChartSet.draw(r));
    assertEquals(MarkdownReportWriter.EVIDENCE_SHOWN, out.split("\\*\\*Bad\\*\\*", -1).length - 1);
    assertTrue(out.contains("- … and 4 more in `report.html` and `report.json`"), out);
  }
}
