package dev.parallax.analysis.verdict;

import dev.parallax.model.Finding;
import java.util.List;

/**
 * Judges aligned claims and reports findings.
 *
 * <p>Contract: findings come in a deterministic order with ids {@code f1}, {@code f2}, ...; each
 * names claims from the input only, carries a confidence in [0, 1], a one-sentence explanation that
 * names the outlets, and the reasons it was flagged. Thread-safe.
 */
public interface FindingDetector {

  List<Finding> detect(VerdictInput input);
}
