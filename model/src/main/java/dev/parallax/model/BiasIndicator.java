package dev.parallax.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One framing measurement of one article, with the text behind it. Never an opaque score: the
 * value is a count or share a reader can recompute from the evidence.
 *
 * @param name the indicator's name, such as {@code loaded-language}
 * @param value the measured value, finite
 * @param unit what the value counts, such as {@code share of own sentences} or {@code count}
 * @param evidence the words and sentences behind the value, in text order
 * @param description one sentence saying what the indicator measures and how
 * @param breakdown the value split by category (speaker kinds, label variants), keys sorted; may be empty
 */
public record BiasIndicator(
    String name,
    double value,
    String unit,
    List<Evidence> evidence,
    String description,
    Map<String, Double> breakdown) {

  public BiasIndicator {
    Checks.nonBlank(name, "name");
    Checks.finite(value, "value");
    Objects.requireNonNull(unit, "unit");
    evidence = Checks.list(evidence, "evidence");
    Objects.requireNonNull(description, "description");
    breakdown = Checks.sortedMap(breakdown == null ? Map.of() : breakdown, "breakdown");
    breakdown.forEach((k, v) -> Checks.finite(v, "breakdown " + k));
  }
}
