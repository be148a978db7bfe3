package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One factual sentence or clause of an article, with what it states.
 *
 * <p>Every offset in a claim, its quantities and its entities points into the text of the article
 * named by {@link #articleId}; {@code article.text().substring(start, end)} equals {@link #text}.
 * Quantity and entity mentions lie inside the claim's span.
 *
 * @param id stable identifier within one report, such as {@code a2.c14}
 * @param articleId the article the claim comes from
 * @param text the claim's text, exactly as it stands in the article's text
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param sentence zero-based index of the sentence the claim comes from in its article
 * @param polarity whether the claim asserts or denies its predicate
 * @param modality the stance in which the claim is made
 * @param attribution who the claim is attributed to, or null when the outlet states it in its own voice
 * @param quantities the numbers, amounts and dates in the claim, in text order, none overlapping
 * @param entities the named entities in the claim, in text order
 * @param proposition the claim's normalized content
 * @param frames what each of its numbers measures: one frame per number that can be compared (not for
 *     dates, times and ordinals), in text order, each naming its mention by {@code start}
 */
public record Claim(
    String id,
    String articleId,
    String text,
    int start,
    int end,
    int sentence,
    Polarity polarity,
    Modality modality,
    Attribution attribution,
    List<QuantityMention> quantities,
    List<EntityMention> entities,
    Proposition proposition,
    List<QuantityFrame> frames) {

  /** A claim whose numbers have no frames. */
  public Claim(
      String id, String articleId, String text, int start, int end, int sentence, Polarity polarity,
      Modality modality, Attribution attribution, List<QuantityMention> quantities, List<EntityMention> entities,
      Proposition proposition) {
    this(id, articleId, text, start, end, sentence, polarity, modality, attribution, quantities, entities,
        proposition, List.of());
  }

  public Claim {
    Checks.nonBlank(id, "id");
    Checks.nonBlank(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    Checks.span(start, end, "claim " + id);
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "claim " + id + " text of length " + text.length() + " does not fit its span [" + start + ", " + end + ")");
    }
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence must be >= 0, got " + sentence);
    }
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(modality, "modality");
    quantities = Checks.list(quantities, "quantities");
    entities = Checks.list(entities, "entities");
    proposition = proposition == null ? Proposition.EMPTY : proposition;
    frames = frames == null ? List.of() : Checks.list(frames, "frames");
    Span span = new Span(start, end);
    for (QuantityMention q : quantities) {
      if (!span.contains(q.span())) {
        throw new IllegalArgumentException("claim " + id + ": quantity '" + q.text() + "' lies outside " + span);
      }
    }
    for (QuantityFrame f : frames) {
      if (quantities.stream().noneMatch(q -> q.start() == f.start())) {
        throw new IllegalArgumentException("claim " + id + ": a frame names no quantity at " + f.start());
      }
    }
    for (EntityMention e : entities) {
      if (!span.contains(e.span())) {
        throw new IllegalArgumentException("claim " + id + ": entity '" + e.text() + "' lies outside " + span);
      }
    }
  }

  /** The frame of the mention that starts at {@code start}, if it has one. */
  public java.util.Optional<QuantityFrame> frame(QuantityMention q) {
    for (QuantityFrame f : frames) {
      if (f.start() == q.start()) {
        return java.util.Optional.of(f);
      }
    }
    return java.util.Optional.empty();
  }

  /** The claim's span. */
  public Span span() {
    return new Span(start, end);
  }

  /** The canonical ids of the entities the claim names, in text order, without repeats. */
  public List<String> entityIds() {
    return entities.stream().map(EntityMention::entityId).distinct().toList();
  }
}
