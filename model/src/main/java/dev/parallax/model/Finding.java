package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * A relation between claims that a reader should see, with everything needed to check it.
 *
 * @param id stable identifier within one report, such as {@code f3}
 * @param kind the relation
 * @param topic a short label of what the claims are about, such as "rise in attacks since 2021"
 * @param claimIds the claims the finding rests on, at least one, in report order
 * @param confidence how sure the analysis is, in {@code [0, 1]}; the {@link #reasons} say why
 * @param explanation one sentence a reader understands, naming the outlets and what differs
 * @param caveats what might make the finding wrong: scope, time frame or source differences
 * @param reasons the signals that led to the finding, each readable on its own ("sentences 0.81
 *     similar", "both name Pakistan and the TTP", "[50, 50] and [56, 56] do not overlap")
 * @param values for numeric findings, each outlet's value; empty for the other kinds
 * @param relativeGap for a numeric discrepancy, the gap between the closest values relative to the
 *     larger, such as 0.107 for 50 against 56; otherwise null
 * @param voices how many independent outlets the finding rests on, with reprints of one text counted once
 * @param cues the words of the claims the finding turns on ("denied", "not", "second-deadliest"), as
 *     spans into their articles' texts, each labelled with what it shows
 */
public record Finding(
    String id,
    FindingKind kind,
    String topic,
    List<String> claimIds,
    double confidence,
    String explanation,
    List<String> caveats,
    List<String> reasons,
    List<FindingValue> values,
    Double relativeGap,
    int voices,
    List<Evidence> cues) {

  /** A finding without cue words. */
  public Finding(
      String id, FindingKind kind, String topic, List<String> claimIds, double confidence, String explanation,
      List<String> caveats, List<String> reasons, List<FindingValue> values, Double relativeGap, int voices) {
    this(id, kind, topic, claimIds, confidence, explanation, caveats, reasons, values, relativeGap, voices, List.of());
  }

  public Finding {
    Checks.nonBlank(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(topic, "topic");
    claimIds = Checks.list(claimIds, "claimIds");
    if (claimIds.isEmpty()) {
      throw new IllegalArgumentException("finding " + id + " must rest on at least one claim");
    }
    Checks.unit(confidence, "confidence");
    Checks.nonBlank(explanation, "explanation");
    caveats = Checks.list(caveats, "caveats");
    reasons = Checks.list(reasons, "reasons");
    values = Checks.list(values, "values");
    Checks.finiteOrNull(relativeGap, "relativeGap");
    cues = cues == null ? List.of() : Checks.list(cues, "cues");
    if (voices < 0) {
      throw new IllegalArgumentException("voices must be >= 0, got " + voices);
    }
  }
}
