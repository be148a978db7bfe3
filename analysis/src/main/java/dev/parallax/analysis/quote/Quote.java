package dev.parallax.analysis.quote;

import dev.parallax.model.AttributionStyle;
import java.util.Objects;

/**
 * One quoted or attributed statement in an article's text.
 *
 * <p>All offsets are half-open ranges into the article's text. The speaker is the phrase the
 * statement is attributed to where it is attributed ("he", "the former defense minister"); the
 * referent is the named mention that phrase stands for ("Naeem Khalid Lodhi", possibly sentences
 * earlier), and equals the speaker when the speaker names itself or cannot be resolved.
 *
 * @param start first character of what was said (the quoted words, or the reported clause), inclusive
 * @param end last character of what was said, exclusive
 * @param speaker the speaker as the text names it: "Tahir Khan", "a senior Taliban military leader"
 * @param speakerStart first character of the speaker, inclusive
 * @param speakerEnd last character of the speaker, exclusive
 * @param verb the reporting verb's lemma, or the cue ("say", "accuse", "according to")
 * @param style direct quote, reported speech, or "according to"
 * @param referent the named mention the speaker stands for: "Tahir Khan" for "he"
 * @param referentStart first character of the referent, inclusive
 * @param referentEnd last character of the referent, exclusive
 * @param role the words that describe the referent where the text names it, such as "a political
 *     analyst specializing in Afghanistan" or "Pakistani Prime Minister"; empty when there are none
 */
public record Quote(
    int start,
    int end,
    String speaker,
    int speakerStart,
    int speakerEnd,
    String verb,
    AttributionStyle style,
    String referent,
    int referentStart,
    int referentEnd,
    String role) {

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
    Objects.requireNonNull(referent, "referent");
    if (referentStart < 0 || referentEnd - referentStart != referent.length()) {
      throw new IllegalArgumentException(
          "referent '" + referent + "' does not fit [" + referentStart + ", " + referentEnd + ")");
    }
    Objects.requireNonNull(role, "role");
  }

  /** A quote whose speaker names itself and carries no description. */
  public Quote(
      int start, int end, String speaker, int speakerStart, int speakerEnd, String verb, AttributionStyle style) {
    this(start, end, speaker, speakerStart, speakerEnd, verb, style, speaker, speakerStart, speakerEnd, "");
  }

  /** True when the speaker was resolved to a mention elsewhere ("he" to "Tahir Khan"). */
  public boolean resolved() {
    return referentStart != speakerStart || referentEnd != speakerEnd;
  }
}
