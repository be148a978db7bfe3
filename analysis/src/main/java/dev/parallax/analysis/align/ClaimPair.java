package dev.parallax.analysis.align;

import java.util.List;

/**
 * Two claims from different articles that may be about the same thing, with the signals that say
 * how close they are.
 *
 * @param a the claim that comes first in report order
 * @param b the other claim
 * @param cosine the cosine similarity of their sentence vectors, centred on the story (the mean vector
 *     of all claims is taken away first, so what every claim of the story shares does not count)
 * @param clauseCosine the best centred cosine between a segment of one and a segment (or the whole)
 *     of the other
 * @param lexical the rarity-weighted share of content lemmas they have in common (synonyms count), in [0, 1]
 * @param sharedEntities the entities both name, sorted
 * @param sharedLemmas the content lemmas both use, sorted
 * @param frameMatch how a segment of each says the same who-did-what ("shelter / harbor, leader /
 *     leadership"), or null when no two segments match
 * @param segmentA the index of {@code a}'s segment in the best clause match, or -1 for the whole claim
 * @param segmentB the index of {@code b}'s segment in the best clause match, or -1 for the whole claim
 */
public record ClaimPair(
    AlignableClaim a, AlignableClaim b, double cosine, double clauseCosine, double lexical, List<String> sharedEntities,
    List<String> sharedLemmas, String frameMatch, int segmentA, int segmentB) {

  public ClaimPair {
    sharedEntities = List.copyOf(sharedEntities);
    sharedLemmas = List.copyOf(sharedLemmas);
  }

  /**
   * One number for ranking: the mean of the sentence and the best clause similarity, plus a share of
   * the word overlap, plus a bonus when two segments state the same who-did-what.
   */
  public double score() {
    return 0.5 * cosine + 0.5 * clauseCosine + 0.3 * lexical + (frameMatch != null ? 0.15 : 0.0);
  }
}
