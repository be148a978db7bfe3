package dev.parallax.analysis.text;

import java.util.List;
import java.util.Objects;

/**
 * One sentence with its tokens.
 *
 * @param index zero-based position of the sentence in its text
 * @param text the sentence as it stands in the text, without surrounding white space
 * @param start first character, inclusive, into the analysed text
 * @param end last character, exclusive
 * @param tokens the tokens, in order, each inside the sentence's span
 */
public record Sentence(int index, String text, int start, int end, List<Token> tokens) {

  public Sentence {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, got " + index);
    }
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("sentence does not fit [" + start + ", " + end + ")");
    }
    tokens = List.copyOf(tokens);
    for (Token t : tokens) {
      if (t.start() < start || t.end() > end) {
        throw new IllegalArgumentException("token '" + t.text() + "' lies outside sentence " + index);
      }
    }
  }

  /** The number of word tokens (tokens with a letter or digit). */
  public int wordCount() {
    int n = 0;
    for (Token t : tokens) {
      if (t.word()) {
        n++;
      }
    }
    return n;
  }
}
