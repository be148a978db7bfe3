package dev.parallax.analysis.quote;

import dev.parallax.analysis.text.Sentence;
import java.util.List;

/**
 * Finds quotes and attributed statements in an article.
 *
 * <p>Contract: offsets are into {@code text}; {@code sentences} are that text's sentences with
 * tokens (from {@link dev.parallax.analysis.text.TextAnalyzer#analyze}); quotes come in text order.
 * Implementations are thread-safe.
 */
public interface QuoteFinder {

  List<Quote> find(String text, List<Sentence> sentences);
}
