package dev.parallax.analysis.claim;

import dev.parallax.analysis.quote.Quote;
import dev.parallax.analysis.text.Sentence;
import dev.parallax.model.Article;
import dev.parallax.model.QuantityMention;
import java.util.List;
import java.util.Objects;

/**
 * An article with what the earlier stages found in it, all offsets into {@code article.text()}.
 *
 * @param article the article
 * @param sentences its sentences with tokens, tags and lemmas
 * @param quantities its numbers, amounts and dates, in text order, none overlapping
 * @param quotes its quotes and attributed statements, in text order
 */
public record ArticleText(Article article, List<Sentence> sentences, List<QuantityMention> quantities, List<Quote> quotes) {

  public ArticleText {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    quantities = List.copyOf(quantities);
    quotes = List.copyOf(quotes);
  }
}
