package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.model.Evidence;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A finding before it has its id; claims in any order, sorted into report order at the end.
 *
 * @param opposed for a contradiction or a dispute, the pairs of claims that oppose each other, as
 *     {@link #pair} keys; empty when every two claims of different outlets do (a merged finding holds
 *     claims on one side that agree with each other)
 */
record Draft(
    FindingKind kind, String topic, List<AlignableClaim> claims, double confidence, String explanation,
    List<String> caveats, List<String> reasons, List<FindingValue> values, Double relativeGap, int voices,
    List<Evidence> cues, java.util.Set<String> opposed) {

  /** A draft without cue words. */
  Draft(
      FindingKind kind, String topic, List<AlignableClaim> claims, double confidence, String explanation,
      List<String> caveats, List<String> reasons, List<FindingValue> values, Double relativeGap, int voices) {
    this(kind, topic, claims, confidence, explanation, caveats, reasons, values, relativeGap, voices, List.of());
  }

  /** A draft whose claims all oppose each other. */
  Draft(
      FindingKind kind, String topic, List<AlignableClaim> claims, double confidence, String explanation,
      List<String> caveats, List<String> reasons, List<FindingValue> values, Double relativeGap, int voices,
      List<Evidence> cues) {
    this(kind, topic, claims, confidence, explanation, caveats, reasons, values, relativeGap, voices, cues,
        java.util.Set.of());
  }

  /** The key of an unordered pair of claims. */
  static String pair(AlignableClaim a, AlignableClaim b) {
    return a.id().compareTo(b.id()) < 0 ? a.id() + "|" + b.id() : b.id() + "|" + a.id();
  }

  /** The pairs this draft opposes: its own list, or every two of its claims. */
  java.util.Set<String> opposedPairs() {
    if (!opposed.isEmpty()) {
      return opposed;
    }
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (AlignableClaim a : claims) {
      for (AlignableClaim b : claims) {
        if (a != b) {
          out.add(pair(a, b));
        }
      }
    }
    return out;
  }

  Draft {
    opposed = java.util.Set.copyOf(opposed);
    cues = cues.stream().filter(java.util.Objects::nonNull).toList();
    claims = List.copyOf(claims);
    caveats = List.copyOf(caveats);
    reasons = List.copyOf(reasons);
    values = List.copyOf(values);
    confidence = Math.max(0, Math.min(1, Math.round(confidence * 1000) / 1000.0));
    // Explanations often open with an outlet's name; one that opens with "the article a5 ..." is still a sentence.
    explanation = explanation.isEmpty() ? explanation : Character.toUpperCase(explanation.charAt(0)) + explanation.substring(1);
    // A quotation that ends the sentence already carries its full stop: '... the strike."' not '... the strike.".'
    if (explanation.matches("(?s).*[.!?]\"\\.$")) {
      explanation = explanation.substring(0, explanation.length() - 1);
    }
  }

  Finding toFinding(String id, Map<String, Integer> order) {
    List<String> ids = new ArrayList<>();
    for (AlignableClaim c : claims) {
      ids.add(c.id());
    }
    ids.sort(Comparator.comparingInt(order::get));
    List<FindingValue> sortedValues = new ArrayList<>(values);
    sortedValues.sort(Comparator.comparingInt(FindingValue::value)
        .thenComparingInt((FindingValue v) -> order.get(v.claimId()))
        .thenComparingInt(v -> v.quantity().start()));
    List<Evidence> sortedCues = new ArrayList<>(new java.util.LinkedHashSet<>(cues));
    sortedCues.sort(Comparator.comparing(Evidence::articleId).thenComparingInt(Evidence::start));
    return new Finding(id, kind, topic, ids, confidence, explanation, caveats, reasons, sortedValues, relativeGap,
        voices, sortedCues);
  }
}
