package dev.parallax.analysis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * One short story per class of wrong verdict seen on real multi-outlet stories (issue 12), run through
 * the whole pipeline: each test is one row of its class. The stories are under
 * {@code src/test/resources/stories} and described in the README there.
 */
class FailureClassStoriesTest {

  // (a) The precision of a written number: "51 percent" stands for [50.5, 51.5).

  @Test
  void precisionAPercentageAndItsDecimalAreOneFigure() {
    Report r = Stories.report("number-precision");
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "lakeside", "51 percent of the vote",
        "ridge", "51.2% of the vote").isEmpty(), "51 percent is [50.5, 51.5), which holds 51.2%\n" + Stories.describe(r));
  }

  @Test
  void precisionMillionsAndTheFullCountAreOneFigure() {
    Report r = Stories.report("number-precision");
    String all = Stories.describe(r);
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "lakeside", "2.75 million ballots",
        "ridge", "2,759,256 ballots").isEmpty(), "2.75 million is the full count cut short\n" + all);
    assertTrue(Stories.finding(r, FindingKind.AGREEMENT, "lakeside", "2.75 million ballots",
        "ridge", "2,759,256 ballots").isPresent(), all);
  }

  // (b) Different measured things: present and missing, killed and missing, a projection and a count,
  // a subgroup and the whole, one county and the whole event.

  @Test
  void measuresCampersMissingAreNotCampersAtTheCamp() {
    Report r = Stories.report("different-measures");
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "tribune", "About 750 campers were at",
        "valley", "Ten campers were missing").isEmpty(), Stories.describe(r));
  }

  @Test
  void measuresTheMissingAreNotTheDead() {
    Report r = Stories.report("different-measures");
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "tribune", "left 61 people dead",
        "valley", "left 410 people missing").isEmpty(), Stories.describe(r));
  }

  @Test
  void measuresTheMissingAndTheDeadAreNotOneFact() {
    Report r = Stories.report("different-measures");
    assertTrue(Stories.finding(r, FindingKind.AGREEMENT, "tribune", "left 61 people dead",
        "valley", "left 410 people missing").isEmpty(), Stories.describe(r));
  }

  @Test
  void measuresAProjectionIsNotACount() {
    Report r = Stories.report("different-measures");
    String all = Stories.describe(r);
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "valley", "could climb to 300",
        "wire", "killed 48 people").isEmpty(), all);
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "valley", "could climb to 300",
        "tribune", "killed 61 people").isEmpty(), all);
  }

  @Test
  void measuresASubtotalIsNotTheTotal() {
    Report r = Stories.report("different-measures");
    String all = Stories.describe(r);
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "wire", "22 people in the state's coastal towns",
        "tribune", "killed 61 people across the state").isEmpty(), all);
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "wire", "22 people in the state's coastal towns",
        "wire", "killed 48 people in the state").isEmpty(), all);
  }

  @Test
  void measuresOneCountyIsNotTheWholeStorm() {
    Report r = Stories.report("different-measures");
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "valley", "14 people in Harlow County",
        "wire", "61 people had died in Storm Orla").isEmpty(), Stories.describe(r));
  }

  @Test
  void measuresTheSameTollStillDisagrees() {
    Report r = Stories.report("different-measures");
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "tribune", "killed 61 people across the state",
        "wire", "killed 48 people in the state").isPresent(), Stories.describe(r));
  }

  // (c) A numeric finding lists distinct values, each with its outlets; restatements join their value.

  @Test
  void valuesACrowdFindingListsThreeDistinctValues() {
    Report r = Stories.report("distinct-values");
    String all = Stories.describe(r);
    Finding f = Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "signal", "Only 3,000 people",
        "voice", "25,000 people").orElseThrow(() -> new AssertionError(all));
    assertEquals(3, Stories.distinctValues(f), f.values().toString());
    assertTrue(Stories.sameValue(r, f, "herald", "8,000 people marched", "post", "About 8,000 people"),
        "8,000 and about 8,000 are one value: " + f.values());
    assertFalse(Stories.sameValue(r, f, "signal", "Only 3,000 people", "voice", "25,000 people"), f.values().toString());
    assertTrue(Stories.finding(r, FindingKind.AGREEMENT, "herald", "8,000 people marched",
        "post", "About 8,000 people").isPresent(), all);
  }

  @Test
  void valuesTwoLooseFiguresThatOverlapAreOneValue() {
    Report r = Stories.report("distinct-values");
    String all = Stories.describe(r);
    Finding f = Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "signal", "Twelve people were arrested",
        "post", "about 40 people were arrested").orElseThrow(() -> new AssertionError(all));
    assertEquals(2, Stories.distinctValues(f), f.values().toString());
    assertTrue(Stories.sameValue(r, f, "herald", "Nearly 40 people", "post", "about 40 people"), f.values().toString());
  }

  // (d) Denials in other words than "denied"; a claim and its denial are never an agreement.

  @Test
  void denialsRejectedAllAccusationsDisputesTheClaim() {
    Report r = Stories.report("denials");
    String all = Stories.describe(r);
    assertTrue(Stories.finding(r, FindingKind.DISPUTE, "courier", "Police used a sound cannon",
        "ledger", "rejected all accusations").isPresent(), all);
    assertTrue(Stories.finding(r, FindingKind.AGREEMENT, "courier", "Police used a sound cannon",
        "ledger", "rejected all accusations").isEmpty(), all);
  }

  @Test
  void denialsNoOneUsedSuchADeviceDisputesTheClaim() {
    Report r = Stories.report("denials");
    assertTrue(Stories.finding(r, FindingKind.DISPUTE, "courier", "Police used a sound cannon",
        "ledger", "No one used such a device").isPresent(), Stories.describe(r));
  }

  @Test
  void denialsDismissedAsFakeDisputesTheClaim() {
    Report r = Stories.report("denials");
    assertTrue(Stories.finding(r, FindingKind.DISPUTE, "courier", "Police used a sound cannon",
        "bulletin", "dismissed the reports").isPresent(), Stories.describe(r));
  }

  // (e) Weak agreements: one article with itself, page furniture, topically close but different facts.

  @Test
  void weakEveryAgreementHasTwoOutletsAndTheParaphraseIsFound() {
    Report r = Stories.report("weak-agreements");
    String all = Stories.describe(r);
    for (Finding f : r.findings()) {
      if (f.kind() == FindingKind.AGREEMENT) {
        long articles = f.claimIds().stream().map(id -> r.claim(id).orElseThrow().articleId()).distinct().count();
        assertTrue(articles >= 2 && f.voices() >= 2, f.toString());
      }
    }
    assertTrue(Stories.finding(r, FindingKind.AGREEMENT, "tidings", "gave way before dawn",
        "tidings", "gave way early on Wednesday").isEmpty(), all);
    assertTrue(Stories.finding(r, FindingKind.AGREEMENT, "tidings", "The Corran dam gave way early",
        "observer", "The dam above Corran burst").isPresent(), all);
  }

  @Test
  void weakBoilerplateIsNoFinding() {
    Report r = Stories.report("weak-agreements");
    assertTrue(Stories.anyFinding(r, "tidings", "MORE: How the Corran Dam").isEmpty(), Stories.describe(r));
  }

  @Test
  void weakCloseButDifferentFactsDoNotAgree() {
    Report r = Stories.report("weak-agreements");
    assertTrue(Stories.finding(r, FindingKind.AGREEMENT, "tidings", "budget for school repairs",
        "observer", "budget for road repairs").isEmpty(), Stories.describe(r));
  }

  // (f) Contradictions beyond negation: states and outcomes, and attributes (title, place, day, winner).

  @Test
  void conflictsAQuietParadeAndAClashDoNotAgree() {
    Report r = Stories.report("state-conflicts");
    assertTrue(Stories.finding(r, FindingKind.AGREEMENT, "tribune", "passed without major incident",
        "gazette", "ended in clashes between marchers and police").isEmpty(), Stories.describe(r));
  }

  @Test
  void conflictsAQuietParadeAndAClashContradict() {
    Report r = Stories.report("state-conflicts");
    assertTrue(Stories.finding(r, FindingKind.CONTRADICTION, "tribune", "passed without major incident",
        "gazette", "ended in clashes between marchers and police").isPresent(), Stories.describe(r));
  }

  @Test
  void conflictsTitleOfOnePerson() {
    assertAttributeConflict("tribune", "Mayor Tobias Renn opened", "gazette", "Deputy Mayor Tobias Renn opened");
  }

  @Test
  void conflictsPlace() {
    assertAttributeConflict("tribune", "held in Velden's old market square", "gazette", "held in Velden's riverside park");
  }

  @Test
  void conflictsDay() {
    assertAttributeConflict("courier", "was held on Saturday afternoon", "tribune", "passed without major incident on Sunday");
  }

  @Test
  void conflictsWinner() {
    assertAttributeConflict("tribune", "Greta Holm won the prize", "gazette", "Jonas Brisk won the prize");
  }

  private static void assertAttributeConflict(String fileA, String quoteA, String fileB, String quoteB) {
    Report r = Stories.report("state-conflicts");
    String all = Stories.describe(r);
    assertTrue(Stories.finding(r, FindingKind.AGREEMENT, fileA, quoteA, fileB, quoteB).isEmpty(), all);
    assertTrue(Stories.finding(r, FindingKind.CONTRADICTION, fileA, quoteA, fileB, quoteB).isPresent(), all);
  }
}
