package dev.parallax.analysis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import dev.parallax.model.Reprint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verdicts on the hand-written stories: each kind, and the traps that must not be flagged. */
class StoriesTest {

  @Test
  void vote() {
    Report r = Stories.report("vote");
    String all = Stories.describe(r);
    assertTrue(Stories.finding(r, FindingKind.CONTRADICTION, "gazette", "Turnout rose", "observer", "Turnout fell").isPresent(), all);
    assertTrue(Stories.finding(r, FindingKind.CONTRADICTION, "gazette", "has certified the results",
        "observer", "has not certified the results").isPresent(), all);
    assertTrue(Stories.finding(r, FindingKind.AGREEMENT, "gazette", "Mara Venn won the mayoral election",
        "observer", "Mara Venn won Sunday's mayoral election").isPresent(), all);
  }

  @Test
  void protestAccusationAndDenial() {
    Report r = Stories.report("protest");
    String all = Stories.describe(r);
    assertTrue(Stories.finding(r, FindingKind.DISPUTE, "metro", "accused the opposition party",
        "metro", "denied the accusation").isPresent(), all);
  }

  @Test
  void quakeNumbers() {
    Report r = Stories.report("quake");
    String all = Stories.describe(r);
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "northline", "More than 2,000 people were killed",
        "coastal", "has risen to 11,300").isPresent(), "a real gap: more than 2,000 against 11,300\n" + all);
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "northline", "About 10,000 people have been displaced",
        "coastal", "10,100 people had been displaced").isEmpty(), "about 10,000 and 10,100 overlap\n" + all);
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "northline", "More than 2,000 people",
        "coastal", "1,800 buildings").isEmpty(), "deaths and buildings share no measure\n" + all);
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "northline", "A quarter of the valley",
        "coastal", "About 25% of the hospitals").isEmpty(), "a quarter is 25%\n" + all);
    assertTrue(Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "northline", "in 2015 killed 300 people",
        "coastal", "has risen to 11,300").isEmpty(), "an earlier quake's toll is another event\n" + all);
    assertTrue(Stories.finding(r, FindingKind.AGREEMENT, "northline", "About 10,000 people have been displaced",
        "coastal", "10,100 people had been displaced").isPresent(), all);
  }

  @Test
  void protestCrowdSizes() {
    Report r = Stories.report("protest");
    String all = Stories.describe(r);
    var f = Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "metro", "Tens of thousands of people",
        "evening", "About 5,000 people");
    assertTrue(f.isPresent(), all);
    assertTrue(f.get().caveats().stream().anyMatch(c -> c.contains("police")), f.get().caveats().toString());
  }

  @Test
  void floodHeaderLinesNameTheOutletsAndNamesStayWhole() {
    Report r = Stories.report("flood");
    assertEquals(6, r.articles().size());
    assertTrue(r.articles().stream().allMatch(a -> a.outlet() != null), r.articles().toString());
    assertTrue(r.articles().stream().anyMatch(a -> "Harbor Times".equals(a.outlet())));
    assertTrue(r.articles().stream().allMatch(a -> a.text().contains("Amina Rask") || !a.text().contains("Rask")),
        "a name seen once is not split as glue");
  }

  @Test
  void floodOneFactFromFourOutletsIsOneFinding() {
    Report r = Stories.report("flood");
    String all = Stories.describe(r);
    var emergency = r.findings().stream().filter(f -> f.kind() == FindingKind.AGREEMENT)
        .filter(f -> f.claimIds().stream().filter(id -> r.claims().stream()
            .anyMatch(c -> c.id().equals(id) && c.text().contains("state of emergency"))).count() >= 4)
        .toList();
    assertEquals(1, emergency.size(), all);
    var toll = Stories.finding(r, FindingKind.NUMERIC_DISCREPANCY, "wire", "rose to 185", "northern", "killed 92 people");
    assertTrue(toll.isPresent(), all);
    assertTrue(toll.get().values().size() >= 5, "the day-to-day tolls are one finding: " + toll.get().values());
  }

  @Test
  void floodADenialOfTheAccusationIsNotADenialOfItsReason() {
    Report r = Stories.report("flood");
    String all = Stories.describe(r);
    assertTrue(Stories.finding(r, FindingKind.DISPUTE, "courier", "inspected last year", "wire", "denied the accusation")
        .isEmpty(), all);
    assertTrue(Stories.finding(r, FindingKind.DISPUTE, "wire", "accused the provincial government",
        "evening", "a charge the government rejected").isPresent(), all);
  }

  @Test
  void quakeReprintIsRecognizedAndCountedOnce() {
    Report r = Stories.report("quake");
    assertEquals(1, r.reprints().size(), r.reprints().toString());
    Reprint reprint = r.reprints().get(0);
    List<String> sources = reprint.articleIds().stream().map(id -> r.article(id).orElseThrow().source()).toList();
    assertTrue(sources.get(0).endsWith("coastal.txt") && sources.get(1).endsWith("wire-copy.txt"), sources.toString());
    r.findings().stream().filter(f -> f.kind() == FindingKind.AGREEMENT)
        .filter(f -> f.claimIds().stream().anyMatch(id -> id.startsWith(reprint.articleIds().get(1) + ".")))
        .forEach(f -> assertTrue(f.voices() < f.claimIds().size() || f.claimIds().size() == 1, f.toString()));
    assertTrue(Stories.anyFinding(r, "coastal", "Some 1,800 buildings", "wire-copy", "Some 1,800 buildings").isEmpty(),
        "a reprint does not agree with itself");
  }
}
