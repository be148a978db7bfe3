package dev.parallax.analysis.verdict;

import java.util.List;

/** One event told with attributes that exclude each other: its day, a rank, the members of a closed list. */
final class AttributeRule implements FindingRule {

  @Override
  public List<Draft> apply(VerdictContext context) {
    return List.of();
  }
}
