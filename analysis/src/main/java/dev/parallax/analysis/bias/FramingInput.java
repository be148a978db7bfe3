package dev.parallax.analysis.bias;

import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.analysis.quote.Quote;
import dev.parallax.analysis.text.Sentence;
import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.Finding;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the framing stage reads about one story.
 *
 * @param articles the articles, in report order
 * @param sentencesByArticle each article's sentences with tokens, by article id
 * @param quotesByArticle each article's quotes, by article id; an article without an entry has none
 * @param claims the claims of all articles
 * @param findings the findings across articles; agreements and numeric discrepancies are the facts
 *     the omission indicator counts
 * @param outlets the outlet registry, for context only
 */
public record FramingInput(
    List<Article> articles,
    Map<String, List<Sentence>> sentencesByArticle,
    Map<String, List<Quote>> quotesByArticle,
    List<Claim> claims,
    List<Finding> findings,
    OutletRegistry outlets) {

  public FramingInput {
    articles = List.copyOf(articles);
    sentencesByArticle = Map.copyOf(sentencesByArticle);
    quotesByArticle = Map.copyOf(quotesByArticle);
    claims = List.copyOf(claims);
    findings = List.copyOf(findings);
    Objects.requireNonNull(outlets, "outlets");
    for (Article a : articles) {
      if (!sentencesByArticle.containsKey(a.id())) {
        throw new IllegalArgumentException("no sentences for article " + a.id());
      }
    }
  }
}
