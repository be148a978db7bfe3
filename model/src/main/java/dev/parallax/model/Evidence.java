package dev.parallax.model;

/**
 * A piece of text that supports a framing indicator: a flagged word, a scored sentence, a quote.
 *
 * @param articleId the article whose text the offsets point into (usually the indicator's own
 *     article; another article's for "reported elsewhere, left out here")
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param text the covered text, equal to the article's {@code text.substring(start, end)}
 * @param label what this evidence shows, such as the flagged word's category or the speaker kind
 * @param source what flagged it, such as the lexicon's name, or null
 */
public record Evidence(String articleId, int start, int end, String text, String label, String source) {

  public Evidence {
    Checks.nonBlank(articleId, "articleId");
    Checks.span(start, end, "evidence");
    java.util.Objects.requireNonNull(text, "text");
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "evidence text '" + text + "' does not fit its span [" + start + ", " + end + ")");
    }
    java.util.Objects.requireNonNull(label, "label");
  }

  /** The evidence's span. */
  public Span span() {
    return new Span(start, end);
  }
}
