package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.Thresholds;
import dev.parallax.analysis.semantic.Thesaurus;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Verdicts by explicit rules over aligned claims, each rule a {@link FindingRule} of its own:
 * {@link NumericRule} (figures for one measured thing), {@link DisputeRule} (a claim and its denial),
 * {@link ContradictionRule} (opposite polarity, antonyms), {@link AttributeRule} (one event told with
 * conflicting attributes) and {@link AgreementRule} (the same fact in other words).
 *
 * <p>The rules run independently over one {@link VerdictContext}; this class then reconciles them: a
 * claim and its denial, two sides of a contradiction, or two different values of one figure are
 * never held together in an agreement (the agreement loses the later claim, and is dropped when
 * fewer than two voices remain), and an agreement that repeats another's claims is reported once.
 * Findings are ordered by kind (discrepancies, disputes, contradictions, agreements), then by
 * confidence, then by their first claim, and numbered {@code f1}, {@code f2}, ... in that order.
 * Thread-safe.
 */
public final class RuleBasedFindingDetector implements FindingDetector {
  private final Thesaurus thesaurus;
  private final Thresholds thresholds;
  private final List<Supplier<FindingRule>> rules;

  public RuleBasedFindingDetector(Thesaurus thesaurus, Thresholds thresholds) {
    this.thesaurus = thesaurus;
    this.thresholds = thresholds;
    this.rules = List.of(NumericRule::new, DisputeRule::new, ContradictionRule::new, AttributeRule::new,
        AgreementRule::new);
  }

  @Override
  public List<Finding> detect(VerdictInput input) {
    VerdictContext context = VerdictContext.of(input, thesaurus, thresholds);
    Map<String, Integer> order = context.order();
    List<Draft> drafts = new ArrayList<>();
    for (Supplier<FindingRule> rule : rules) {
      drafts.addAll(rule.get().apply(context));
    }
    drafts = reconcile(drafts, context, order);
    drafts.sort(Comparator.comparingInt((Draft d) -> rank(d.kind()))
        .thenComparing(Comparator.comparingDouble(Draft::confidence).reversed())
        .thenComparingInt(d -> first(d, order))
        .thenComparing(Draft::topic));
    List<Finding> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      out.add(d.toFinding("f" + (out.size() + 1), order));
    }
    return out;
  }

  /**
   * Agreements never hold claims that another finding sets against each other; an agreement whose
   * claims another agreement already holds (or holds more of) is left out.
   */
  static List<Draft> reconcile(List<Draft> drafts, VerdictContext context, Map<String, Integer> order) {
    Map<String, Set<String>> opposed = new HashMap<>();
    for (Draft d : drafts) {
      if (d.kind() == FindingKind.AGREEMENT) {
        continue;
      }
      if (d.kind() == FindingKind.NUMERIC_DISCREPANCY) {
        // Only claims that give different values are opposed; those that give one value are not.
        Map<String, Set<Integer>> valuesOf = new HashMap<>();
        for (FindingValue v : d.values()) {
          valuesOf.computeIfAbsent(v.claimId(), k -> new HashSet<>()).add(v.value());
        }
        for (var x : valuesOf.entrySet()) {
          for (var y : valuesOf.entrySet()) {
            if (!x.getKey().equals(y.getKey()) && java.util.Collections.disjoint(x.getValue(), y.getValue())) {
              opposed.computeIfAbsent(x.getKey(), k -> new HashSet<>()).add(y.getKey());
            }
          }
        }
        continue;
      }
      for (String pair : d.opposedPairs()) {
        String x = pair.substring(0, pair.indexOf('|'));
        String y = pair.substring(pair.indexOf('|') + 1);
        opposed.computeIfAbsent(x, k -> new HashSet<>()).add(y);
        opposed.computeIfAbsent(y, k -> new HashSet<>()).add(x);
      }
    }
    List<Draft> out = new ArrayList<>();
    List<Set<String>> agreed = new ArrayList<>();
    List<Draft> agreements = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.kind() != FindingKind.AGREEMENT) {
        out.add(d);
      } else {
        agreements.add(d);
      }
    }
    // Figures first (they rest on the same number), then by the number of claims, most first.
    agreements.sort(Comparator.comparing((Draft d) -> d.values().isEmpty() && d.cues().stream()
            .noneMatch(e -> e.label().equals("figure")))
        .thenComparing(Comparator.comparingInt((Draft d) -> d.claims().size()).reversed())
        .thenComparingInt(d -> first(d, order)));
    for (Draft d : agreements) {
      List<AlignableClaim> kept = new ArrayList<>();
      for (AlignableClaim c : sorted(d.claims(), order)) {
        boolean clash = false;
        for (AlignableClaim k : kept) {
          clash |= opposed.getOrDefault(c.id(), Set.of()).contains(k.id());
        }
        if (!clash) {
          kept.add(c);
        }
      }
      if (context.voices().count(kept) < 2) {
        continue;
      }
      Set<String> ids = new LinkedHashSet<>();
      for (AlignableClaim c : kept) {
        ids.add(c.id());
      }
      boolean repeated = false;
      for (Set<String> earlier : agreed) {
        repeated |= earlier.containsAll(ids);
      }
      if (repeated) {
        continue;
      }
      agreed.add(ids);
      out.add(kept.size() == d.claims().size() ? d
          : new Draft(d.kind(), d.topic(), kept, d.confidence(), d.explanation(), d.caveats(), d.reasons(), d.values(),
              d.relativeGap(), context.voices().count(kept), d.cues().stream()
                  .filter(e -> kept.stream().anyMatch(c -> c.articleId().equals(e.articleId())
                      && c.claim().start() <= e.start() && e.end() <= c.claim().end())).toList()));
    }
    return out;
  }

  private static List<AlignableClaim> sorted(List<AlignableClaim> claims, Map<String, Integer> order) {
    List<AlignableClaim> out = new ArrayList<>(claims);
    out.sort(Comparator.comparingInt(c -> order.get(c.id())));
    return out;
  }

  private static int first(Draft d, Map<String, Integer> order) {
    int min = Integer.MAX_VALUE;
    for (AlignableClaim c : d.claims()) {
      min = Math.min(min, order.get(c.id()));
    }
    return min;
  }

  private static int rank(FindingKind kind) {
    return switch (kind) {
      case NUMERIC_DISCREPANCY -> 0;
      case DISPUTE -> 1;
      case CONTRADICTION -> 2;
      case AGREEMENT -> 3;
    };
  }
}
