package dev.parallax.analysis.bias;

import java.util.Objects;

/**
 * A word or phrase flagged as charged, intensifying or distancing.
 *
 * @param start first character, inclusive, into the text
 * @param end last character, exclusive
 * @param text the flagged text as it stands
 * @param category "loaded word", "intensifier", "distancing word" or "charged word (VADER -2.6)"
 * @param source the lexicon that flagged it
 */
public record FlaggedWord(int start, int end, String text, String category, String source) {
  public FlaggedWord {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(source, "source");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("flagged word '" + text + "' does not fit [" + start + ", " + end + ")");
    }
  }
}
