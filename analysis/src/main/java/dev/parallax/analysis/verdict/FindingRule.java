package dev.parallax.analysis.verdict;

import java.util.List;

/**
 * One kind of evidence that claims agree or conflict. A rule reads the immutable {@link
 * VerdictContext} and returns its findings as drafts; rules do not see each other's results (the
 * detector reconciles them), so each can be tested on its own with hand-built claims.
 */
interface FindingRule {

  /** The findings this rule makes of the context, in a deterministic order. */
  List<Draft> apply(VerdictContext context);
}
