package dev.parallax.model;

import java.util.List;

/**
 * Articles that carry the same copy (near-identical text), counted as one voice.
 *
 * @param articleIds the articles, at least two, in report order
 * @param similarity the share of sentences they have in common, in {@code [0, 1]}
 */
public record Reprint(List<String> articleIds, double similarity) {

  public Reprint {
    articleIds = Checks.list(articleIds, "articleIds");
    if (articleIds.size() < 2) {
      throw new IllegalArgumentException("a reprint group needs at least two articles, got " + articleIds);
    }
    Checks.unit(similarity, "similarity");
  }
}
