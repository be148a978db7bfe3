package dev.parallax.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.charts.Story;
import dev.parallax.model.Claim;
import dev.parallax.model.Evidence;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import dev.parallax.model.Proposition;
import dev.parallax.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {
  private final Report report = Story.report();

  private Finding finding(String id) {
    return report.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  private Claim claim(String id) {
    return report.claim(id).orElseThrow();
  }

  private static List<String> marked(Finding f, Claim c) {
    return Highlights.of(f, c).stream().map(m -> c.text().substring(m.start(), m.end()) + "/" + m.kind()).toList();
  }

  @Test
  void aNumericFindingMarksTheFiguresItCompares() {
    assertEquals(List.of("More than 2,000/FIGURE"), marked(finding("f1"), claim("a1.c2")));
  }

  @Test
  void aContradictionMarksTheOpposedPredicatesAndTheNegationOfTheNegatedOne() {
    Finding f = finding("f2");
    assertEquals(List.of("not/NEGATION", "fail/CUE"), marked(f, claim("a1.c3")));
    assertEquals(List.of("failed/CUE"), marked(f, claim("a2.c3")));
    assertEquals(List.of("held/CUE"), marked(f, claim("a3.c3")));
    assertEquals(List.of("a negation", "a word the finding rests on: negated predicate"),
        Highlights.of(f, claim("a1.c3")).stream().map(Highlights.Mark::title).toList());
  }

  @Test
  void aDisputeMarksTheAccusationAndTheDenialEachInItsOwnClaim() {
    Finding f = finding("f3");
    assertEquals(List.of("accused/CUE"), marked(f, claim("a2.c4")));
    assertEquals(List.of("denied/CUE"), marked(f, claim("a2.c5")));
    assertEquals("a word the finding rests on: denial", Highlights.of(f, claim("a2.c5")).get(0).title());
  }

  @Test
  void anAgreementMarksTheWordsItsClaimsShareButPlainTextLeavesThemOut() {
    Finding f = finding("f5");
    assertEquals(List.of("dam/SHARED", "fail/SHARED"), marked(f, claim("a5.c2")));
    assertEquals(List.of(), Highlights.inPlainText(f, claim("a5.c2")));
    assertEquals(List.of("Riverton/SHARED"), marked(finding("f4"), claim("a1.c1")));
  }

  @Test
  void aFindingWithoutCuesMarksOnlyTheFiguresOfItsValues() {
    assertEquals(List.of("150 mm/FIGURE"), marked(finding("f6"), claim("a2.c6")));
    Finding old = new Finding("f9", FindingKind.CONTRADICTION, "whether the dam failed", List.of("a1.c3", "a2.c3"),
        0.7, "One says it failed, one that it did not.", List.of(), List.of("'fail' is denied in one"), List.of(),
        null, 2);
    assertEquals(List.of(), marked(old, claim("a1.c3")), "reasons are not read for words");
  }

  @Test
  void everySpanIsACueTheAnalysisRecordedAndNoneIsFoundInTheWords() {
    String text = "The Taliban have not yet accepted the Line, and no one denied it.";
    assertEquals(List.of("not/NEGATION", "accepted/CUE"),
        marked(text, cue(text, "accepted", "negated predicate"), cue(text, "not", "negation")));
    assertEquals(List.of("accepted/CUE"), marked(text, cue(text, "accepted", "negated predicate")),
        "'not', 'no' and 'denied' are in the text, but no cue names them");
  }

  @Test
  void overlappingCuesKeepTheOneThatStartsFirstAndTheLongerAtOneStart() {
    String text = "Officials said 41 people had died.";
    assertEquals(List.of("41 people/FIGURE", "died/CUE"),
        marked(text, cue(text, "people", "shared word"), cue(text, "41", "figure"), cue(text, "41 people", "figure"),
            cue(text, "died", "predicate")));
  }

  @Test
  void aCueOfAnotherClaimOrArticleIsNotMarked() {
    String text = "The dam held.";
    Evidence elsewhere = new Evidence("y", 10, 14, "held", "predicate", "parallax");
    Evidence later = new Evidence("x", 200, 204, "held", "predicate", "parallax");
    assertEquals(List.of(), marked(text, elsewhere, later));
  }

  private static final int AT = 10;

  /** {@code word} in {@code text} as a cue of a claim of article x starting at {@link #AT}. */
  private static Evidence cue(String text, String word, String label) {
    int at = AT + text.indexOf(word);
    return new Evidence("x", at, at + word.length(), word, label, "parallax");
  }

  /** The marks of a one-claim finding over {@code text} with the given cues. */
  private static List<String> marked(String text, Evidence... cues) {
    Claim c = new Claim("x.c1", "x", text, AT, AT + text.length(), 0, Polarity.NEGATED, Modality.ASSERTED, null,
        List.of(), List.of(), Proposition.EMPTY);
    Finding f = new Finding("f1", FindingKind.CONTRADICTION, "t", List.of(c.id()), 0.5, "An explanation.", List.of(),
        List.of(), List.of(), null, 1, List.of(cues));
    return marked(f, c);
  }
}
