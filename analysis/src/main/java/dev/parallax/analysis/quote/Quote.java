package dev.parallax.analysis.quote;

import dev.parallax.model.AttributionStyle;
import java.util.Objects;

/**
 * One quoted or attributed statement in an article's text.
 *
 * @param start first character of what was said (the quoted words, or the reported clause), inclusive
 * @param end last character of what was said, exclusive
 * @param speaker the speaker as the text names it: "Tahir Khan", "a senior Taliban military leader"
 * @param speakerStart first character of the speaker, inclusive
 * @param speakerEnd last character of the speaker, exclusive
 * @param verb the reporting verb's lemma, or the cue ("say", "accuse", "according to")
 * @param style direct quote, reported speech, or "according to"
 */
public record Quote(
    int start, int end, String speaker, int speakerStart, int speakerEnd, String verb, AttributionStyle style) {

  public Quote {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(speaker, "speaker");
    if (speakerStart < 0 || speakerEnd - speakerStart != speaker.length()) {
      throw new IllegalArgumentException("speaker '" + speaker + "' does not fit [" + speakerStart + ", " + speakerEnd + ")");
    }
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(style, "style");
  }
}
