package dev.parallax.analysis.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
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
}
