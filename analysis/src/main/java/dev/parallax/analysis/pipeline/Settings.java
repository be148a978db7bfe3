package dev.parallax.analysis.pipeline;

/**
 * Settings of a comparison run that change its results or its resource use.
 *
 * @param maxFileBytes files larger than this are skipped
 * @param threads worker threads for the stages that run per article; at least 1
 * @param timestamp whether the report records when it was made (off for byte-identical reports)
 */
public record Settings(long maxFileBytes, int threads, boolean timestamp) {

  public Settings {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** The defaults: 20 MB files, one thread per core, no timestamp. */
  public static Settings defaults() {
    return new Settings(
        dev.parallax.analysis.ingest.ArticleFileReader.DEFAULT_MAX_BYTES, Runtime.getRuntime().availableProcessors(),
        false);
  }
}
