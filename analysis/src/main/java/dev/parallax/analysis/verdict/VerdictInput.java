package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimPair;
import dev.parallax.model.Article;
import java.util.List;

/**
 * What the verdict stage judges.
 *
 * @param articles the articles, in report order
 * @param claims every claim with its alignment view, in report order
 * @param pairs the candidate pairs from alignment, in the aligner's order
 * @param reprintOf for each article id that reprints an earlier article's copy, that article's id
 */
public record VerdictInput(
    List<Article> articles, List<AlignableClaim> claims, List<ClaimPair> pairs, java.util.Map<String, String> reprintOf) {

  public VerdictInput {
    articles = List.copyOf(articles);
    claims = List.copyOf(claims);
    pairs = List.copyOf(pairs);
    reprintOf = java.util.Map.copyOf(reprintOf);
  }
}
