package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.Evidence;

/** The words a finding turns on, as evidence spans into the article a claim comes from. */
final class Cues {
  private Cues() {}

  /** The text {@code [start, end)} of the claim's article, labelled. */
  static Evidence of(AlignableClaim c, int start, int end, String label) {
    int from = start - c.claim().start();
    int to = end - c.claim().start();
    return new Evidence(c.articleId(), start, end, c.claim().text().substring(from, to), label, "parallax");
  }

  /** A token of the claim, labelled. */
  static Evidence of(AlignableClaim c, Token t, String label) {
    return of(c, t.start(), t.end(), label);
  }

  /** The first token of the claim whose lemma is {@code lemma} (or whose text starts the same), or null. */
  static Evidence word(AlignableClaim c, String lemma, String label) {
    if (lemma == null) {
      return null;
    }
    for (Token t : c.tokens()) {
      if (t.lemma().equalsIgnoreCase(lemma) || t.text().equalsIgnoreCase(lemma)) {
        return of(c, t, label);
      }
    }
    return null;
  }
}
