package dev.parallax.analysis.verdict;

import dev.parallax.analysis.semantic.Thesaurus;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verdicts by explicit rules over aligned claims, each rule in its own class:
 * {@link DisputeRule}, {@link NumericRule}, {@link ContradictionRule}, {@link AgreementRule}. Every
 * finding lists the signals that led to it. Findings are ordered by kind (discrepancies, disputes,
 * contradictions, agreements), then by confidence, then by their first claim, and numbered {@code f1},
 * {@code f2}, ... in that order. Thread-safe.
 */
public final class RuleBasedFindingDetector implements FindingDetector {
  private final Thesaurus thesaurus;

  public RuleBasedFindingDetector(Thesaurus thesaurus) {
    this.thesaurus = thesaurus;
  }

  @Override
  public List<Finding> detect(VerdictInput input) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < input.claims().size(); i++) {
      order.put(input.claims().get(i).id(), i);
    }
    Map<String, String> outlets = new HashMap<>();
    for (var a : input.articles()) {
      if (a.outlet() != null) {
        outlets.put(a.id(), a.outlet());
      }
    }
    Voices voices = new Voices(input.reprintOf(), outlets);
    List<Draft> drafts = new ArrayList<>();
    NumericRule numeric = new NumericRule(thesaurus, voices);
    drafts.addAll(numeric.apply(input.pairs()));
    drafts.addAll(new DisputeRule(voices).apply(input.claims(), input.pairs()));
    drafts.addAll(new ContradictionRule(thesaurus, voices).apply(input.claims(), input.pairs()));
    drafts.addAll(new AgreementRule(voices, numeric).apply(input.pairs(), drafts));
    drafts.sort(Comparator.comparingInt((Draft d) -> rank(d.kind()))
        .thenComparing(Comparator.comparingDouble(Draft::confidence).reversed())
        .thenComparingInt(d -> order.get(d.claims().get(0).id())));
    List<Finding> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      out.add(d.toFinding("f" + (out.size() + 1), order));
    }
    return out;
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
