package dev.parallax.analysis.bias;

import java.util.Objects;

/**
 * A framing cue found in an article's text.
 *
 * @param cue what kind of cue
 * @param start first character, inclusive, into the article's text
 * @param end last character, exclusive
 * @param text the matched text as it stands
 */
public record CueMatch(Cue cue, int start, int end, String text) {
  public CueMatch {
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("cue '" + text + "' does not fit [" + start + ", " + end + ")");
    }
  }
}
