/**
 * The verdict stage: aligned claims become {@link dev.parallax.model.Finding}s (agreement, numeric
 * discrepancy, contradiction, dispute), each with a confidence, an explanation, caveats and reasons.
 */
package dev.parallax.analysis.verdict;
