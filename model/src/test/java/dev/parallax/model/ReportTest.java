package dev.parallax.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void sampleSpansCoverTheirText() {
    Report r = Samples.report();
    for (Claim c : r.claims()) {
      Article a = r.article(c.articleId()).orElseThrow();
      assertEquals(c.text(), a.text().substring(c.start(), c.end()));
    }
  }

  @Test
  void rejectsAClaimWhoseTextIsNotAtItsSpan() {
    Report good = Samples.report();
    Claim c = good.claims().get(1);
    Claim shifted =
        new Claim(c.id(), c.articleId(), "The number", 1, 11, 0, c.polarity(), c.modality(), null, List.of(),
            List.of(), null);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Report.builder(good.provenance()).articles(good.articles())
                .claims(List.of(good.claims().get(0), shifted)).build());
    assertTrue(e.getMessage().contains("a2.c1"), e.getMessage());
  }

  @Test
  void rejectsAFindingThatNamesAnUnknownClaim() {
    Report good = Samples.report();
    Finding f =
        new Finding("f9", FindingKind.AGREEMENT, "t", List.of("nope"), 0.5, "x", List.of(), List.of(), List.of(),
            null, 1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Report.builder(good.provenance()).articles(good.articles()).claims(good.claims())
                .findings(List.of(f)).build());
    assertTrue(e.getMessage().contains("unknown claim nope"), e.getMessage());
  }

  @Test
  void rejectsEvidenceOutsideItsArticle() {
    Report good = Samples.report();
    BiasIndicator bad =
        new BiasIndicator("x", 1, "count", List.of(new Evidence("a1", 0, 5, "Thera", "l", null)), "", null);
    assertThrows(IllegalArgumentException.class,
        () -> Report.builder(good.provenance()).articles(good.articles())
            .bias(List.of(new BiasProfile("a1", List.of(bad)))).build());
  }

  @Test
  void rejectsDuplicateArticleIds() {
    Report good = Samples.report();
    assertThrows(IllegalArgumentException.class,
        () -> Report.builder(good.provenance())
            .articles(List.of(good.articles().get(0), good.articles().get(0))).build());
  }

  @Test
  void claimRejectsAQuantityOutsideItsSpan() {
    QuantityMention q =
        new QuantityMention("56%", 100, 103, QuantityKind.PERCENT, 56.0, null, null, "%", Qualifier.EXACT, null,
            null, null, Interval.point(56));
    assertThrows(IllegalArgumentException.class,
        () -> new Claim("c", "a", "abc", 0, 3, 0, Polarity.AFFIRMATIVE, Modality.ASSERTED, null, List.of(q),
            List.of(), null));
  }

  @Test
  void collectionsAreCopiedAndUnmodifiable() {
    java.util.ArrayList<String> ids = new java.util.ArrayList<>(List.of("a"));
    Finding f = new Finding("f", FindingKind.AGREEMENT, "t", ids, 1, "x", List.of(), List.of(), List.of(), null, 1);
    ids.add("b");
    assertEquals(List.of("a"), f.claimIds());
    assertThrows(UnsupportedOperationException.class, () -> f.claimIds().add("c"));
  }
}
