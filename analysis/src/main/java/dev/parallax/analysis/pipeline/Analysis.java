package dev.parallax.analysis.pipeline;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimPair;
import dev.parallax.analysis.claim.ArticleText;
import dev.parallax.model.Report;
import java.util.List;

/**
 * A comparison with its intermediate results.
 *
 * @param report the report
 * @param texts each article's sentences, quantities and quotes, in article order
 * @param claims each claim's alignment view, in report order
 * @param pairs the candidate pairs alignment produced
 */
public record Analysis(Report report, List<ArticleText> texts, List<AlignableClaim> claims, List<ClaimPair> pairs) {

  public Analysis {
    texts = List.copyOf(texts);
    claims = List.copyOf(claims);
    pairs = List.copyOf(pairs);
  }
}
