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
 */
public record ClaimPair(
    AlignableClaim a, AlignableClaim b, double cosine, double clauseCosine, double lexical, List<String> sharedEntities,
    List<String> sharedLemmas) {

  public ClaimPair {
    sharedEntities = List.copyOf(sharedEntities);
    sharedLemmas = List.copyOf(sharedLemmas);
  }

  /** One number for ranking: the closer of the two meaning similarities, plus a share of word overlap. */
  public double score() {
    return Math.max(cosine, clauseCosine) + 0.25 * lexical;
  }
}
