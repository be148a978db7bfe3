package dev.parallax.analysis.pipeline;

import dev.parallax.analysis.ingest.ArticleFileReader;

/**
 * Settings of a comparison run that change its results or its resource use.
 *
 * @param maxFileBytes files larger than this are skipped; positive
 * @param maxWords articles whose text has more words than this are skipped; positive
 * @param threads worker threads for the stages that run per article and for the sentence encoder; at
 *     least 1. The report does not depend on it.
 * @param timestamp whether the report records when it was made (off for byte-identical reports)
 */
public record Settings(long maxFileBytes, int maxWords, int threads, boolean timestamp) {

  public Settings {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
    }
    if (maxWords <= 0) {
      throw new IllegalArgumentException("maxWords must be positive, got " + maxWords);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** Settings with the default word limit. */
  public Settings(long maxFileBytes, int threads, boolean timestamp) {
    this(maxFileBytes, ArticleFileReader.DEFAULT_MAX_WORDS, threads, timestamp);
  }

  /** The defaults: 20 MB files, 100,000 words, one thread per core, no timestamp. */
  public static Settings defaults() {
    return new Settings(ArticleFileReader.DEFAULT_MAX_BYTES, ArticleFileReader.DEFAULT_MAX_WORDS,
        Runtime.getRuntime().availableProcessors(), false);
  }

  /** A copy with another number of threads. */
  public Settings withThreads(int n) {
    return new Settings(maxFileBytes, maxWords, n, timestamp);
  }
}
