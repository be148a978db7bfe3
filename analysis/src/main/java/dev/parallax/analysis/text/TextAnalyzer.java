package dev.parallax.analysis.text;

import java.util.List;

/**
 * Splits a text into sentences and tokens and tags them.
 *
 * <p>Contract: sentences come in text order and do not overlap; every sentence and token span is a
 * half-open range into {@code text} with {@code text.substring(start, end)} equal to the record's
 * text; white space between sentences belongs to none. Empty or whitespace-only text gives no
 * sentences. Implementations are thread-safe.
 */
public interface TextAnalyzer {

  /** Sentences with tokens, tags and lemmas. */
  List<Sentence> analyze(String text);

  /** Sentence spans only, for callers that do not need tokens: cheaper than {@link #analyze}. */
  List<Sentence> sentences(String text);
}
