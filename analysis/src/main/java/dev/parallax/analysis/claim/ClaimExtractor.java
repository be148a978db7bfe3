package dev.parallax.analysis.claim;

import dev.parallax.model.Claim;
import java.util.List;

/**
 * Turns an article's sentences into claims.
 *
 * <p>Contract: claims come in text order with ids {@code <articleId>.c<n>} numbered from 1; each
 * claim's span lies inside one sentence and its text equals the article's text at that span;
 * sentences that state nothing (headings, questions, fragments) give no claim. Thread-safe.
 */
public interface ClaimExtractor {

  List<Claim> extract(ArticleText text);
}
