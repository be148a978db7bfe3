package dev.parallax.analysis.text;

/**
 * Tells which language a text is written in, so that articles Parallax cannot analyse (it reads
 * English) are reported and skipped rather than turned into nonsense claims.
 *
 * <p>Contract: a text gives {@link Language#english()} unless it shows clear signs of another
 * language; a text too short to tell, or empty, counts as English. The answer depends only on the
 * text. Implementations are thread-safe.
 */
public interface LanguageDetector {

  Language detect(String text);
}
