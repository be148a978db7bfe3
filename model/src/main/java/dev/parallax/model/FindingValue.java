package dev.parallax.model;

import java.util.Objects;

/**
 * One outlet's value in a numeric finding: the number as written, its reading, and where it stands.
 *
 * @param claimId the claim the value comes from
 * @param articleId the article of that claim
 * @param outlet the article's outlet, or null when the article names none
 * @param quantity the mention, with offsets into the article's text
 * @param measured what the claim says the number measures, or null
 * @param citedSource whom the claim credits for the figure, or null
 * @param timeFrame the period the claim gives, or null
 * @param value which of the finding's distinct values this one states, from 1; values that restate
 *     one another share a number, and different numbers disagree; 0 when not grouped
 */
public record FindingValue(
    String claimId,
    String articleId,
    String outlet,
    QuantityMention quantity,
    String measured,
    String citedSource,
    String timeFrame,
    int value) {

  /** A value that is not grouped with others. */
  public FindingValue(
      String claimId, String articleId, String outlet, QuantityMention quantity, String measured, String citedSource,
      String timeFrame) {
    this(claimId, articleId, outlet, quantity, measured, citedSource, timeFrame, 0);
  }

  public FindingValue {
    Checks.nonBlank(claimId, "claimId");
    Checks.nonBlank(articleId, "articleId");
    Objects.requireNonNull(quantity, "quantity");
    if (value < 0) {
      throw new IllegalArgumentException("value must be >= 0, got " + value);
    }
  }
}
