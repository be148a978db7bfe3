package dev.parallax.model;

import java.util.Objects;

/**
 * Who a claim is attributed to and how.
 *
 * @param speaker the speaker or source as the text names it ("Tahir Khan", "Pakistani research centers")
 * @param verb the reporting verb or phrase in its base form ("say", "accuse", "according to")
 * @param style how the statement is attributed
 * @param speakerStart first character of the speaker in the article's text, inclusive
 * @param speakerEnd last character of the speaker, exclusive
 * @param entityId the canonical entity the speaker resolves to, or null
 */
public record Attribution(
    String speaker, String verb, AttributionStyle style, int speakerStart, int speakerEnd, String entityId) {

  public Attribution {
    Checks.nonBlank(speaker, "speaker");
    Checks.nonBlank(verb, "verb");
    Objects.requireNonNull(style, "style");
    Checks.span(speakerStart, speakerEnd, "attribution speaker '" + speaker + "'");
  }

  /** The speaker's span in the article's text. */
  public Span speakerSpan() {
    return new Span(speakerStart, speakerEnd);
  }
}
