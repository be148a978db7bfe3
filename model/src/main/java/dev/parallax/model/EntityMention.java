package dev.parallax.model;

import java.util.Objects;

/**
 * A named entity in an article's text, resolved to a canonical entity so that aliases meet:
 * "TTP", "Tehreek-e-Taliban Pakistan" and "the Pakistani Taliban" share one {@link #entityId}.
 *
 * @param text the covered text
 * @param start first character, inclusive, into the article's text
 * @param end last character, exclusive
 * @param entityId the canonical entity's identifier, such as {@code ttp}; lower case
 * @param name the canonical entity's display name, such as "Tehreek-e-Taliban Pakistan"
 * @param type the entity's class
 */
public record EntityMention(String text, int start, int end, String entityId, String name, EntityType type) {

  public EntityMention {
    Objects.requireNonNull(text, "text");
    Checks.span(start, end, "entity mention '" + text + "'");
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "entity mention text '" + text + "' does not fit its span [" + start + ", " + end + ")");
    }
    Checks.nonBlank(entityId, "entityId");
    Checks.nonBlank(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** The mention's span. */
  public Span span() {
    return new Span(start, end);
  }
}
