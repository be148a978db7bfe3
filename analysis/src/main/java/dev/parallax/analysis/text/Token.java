package dev.parallax.analysis.text;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param text the token as it stands in the text
 * @param start first character, inclusive, into the article's text
 * @param end last character, exclusive
 * @param tag the Universal Dependencies part-of-speech tag, such as {@code NOUN} or {@code PROPN}
 * @param lemma the dictionary form, lower case except for proper nouns ("increased" gives "increase")
 */
public record Token(String text, int start, int end, String tag, String lemma) {

  public Token {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("token '" + text + "' does not fit [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(lemma, "lemma");
  }

  /** True for nouns and proper nouns. */
  public boolean noun() {
    return tag.equals("NOUN") || tag.equals("PROPN");
  }

  /** True for main verbs and auxiliaries. */
  public boolean verb() {
    return tag.equals("VERB") || tag.equals("AUX");
  }

  /** True for adjectives. */
  public boolean adjective() {
    return tag.equals("ADJ");
  }

  /** True for tokens that carry content: nouns, verbs other than auxiliaries, adjectives, adverbs, numbers. */
  public boolean content() {
    return switch (tag) {
      case "NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM" -> true;
      default -> false;
    };
  }

  /** True when the token is a word: it has a letter or a digit. */
  public boolean word() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
