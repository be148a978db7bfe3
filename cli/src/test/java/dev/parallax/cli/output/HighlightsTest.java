package dev.parallax.cli.output;

import dev.parallax.charts.Story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Claim;
import dev.parallax.model.Finding;
import dev.parallax.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {
  private final Report report = Story.report();

  private Finding finding(String id) {
    return report.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> marked(Finding f, Claim c) {
    return Highlights.of(f, c).stream().map(m -> c.text().substring(m.start(), m.end()) + "/" + m.kind()).toList();
  }

  @Test
  void aNumericFindingMarksTheFiguresItCompares() {
    Claim c = report.claim("a1.c2").orElseThrow();
    assertEquals(List.of("More than 2,000/FIGURE"), marked(finding("f1"), c));
  }

  @Test
  void aContradictionMarksNegationsAndTheWordsItsReasonsQuote() {
    Finding f = finding("f2");
    assertEquals(List.of("not/NEGATION", "fail/CUE"), marked(f, report.claim("a1.c3").orElseThrow()));
    assertEquals(List.of("failed/CUE"), marked(f, report.claim("a2.c3").orElseThrow()));
  }

  @Test
  void aDisputeMarksItsVerbsInTheirInflectedForms() {
    Finding f = finding("f3");
    assertEquals(List.of("accused/CUE"), marked(f, report.claim("a2.c4").orElseThrow()));
    assertEquals(List.of("denied/CUE"), marked(f, report.claim("a2.c5").orElseThrow()));
  }

  @Test
  void agreementsWithoutFiguresMarkNothing() {
    assertEquals(List.of(), marked(finding("f4"), report.claim("a1.c1").orElseThrow()));
  }

  @Test
  void lemmaMatching() {
    assertTrue(Highlights.matches("accused", "accuse"));
    assertTrue(Highlights.matches("denies", "deny"));
    assertTrue(Highlights.matches("rejected", "reject"));
    assertFalse(Highlights.matches("now", "no"), "short cues match only themselves");
    assertFalse(Highlights.matches("accusations", "accuse"), "too long an ending");
  }
}
