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
 * @param frame how a segment of each says the same who-did-what, or null when no two segments match
 * @param segmentA the index of {@code a}'s segment in the best clause match, or -1 for the whole claim
 * @param segmentB the index of {@code b}'s segment in the best clause match, or -1 for the whole claim
 * @param score the pair score in [0, 1] ({@link Thresholds#score}), from the rounded signals
 *
 * <p>{@code cosine}, {@code clauseCosine} and {@code lexical} are rounded to {@value Thresholds#PRECISION}
 * decimals when the pair is made, so that no decision depends on their last bits.
 */
public record ClaimPair(
    AlignableClaim a, AlignableClaim b, double cosine, double clauseCosine, double lexical, List<String> sharedEntities,
    List<String> sharedLemmas, FrameMatch frame, int segmentA, int segmentB, double score) {

  public ClaimPair {
    java.util.Objects.requireNonNull(a, "a");
    java.util.Objects.requireNonNull(b, "b");
    cosine = Thresholds.round(cosine);
    clauseCosine = Thresholds.round(clauseCosine);
    lexical = Thresholds.round(lexical);
    score = Thresholds.round(score);
    sharedEntities = List.copyOf(sharedEntities);
    sharedLemmas = List.copyOf(sharedLemmas);
  }

  /** A pair scored with {@code thresholds}' weights. */
  public static ClaimPair of(
      AlignableClaim a, AlignableClaim b, double cosine, double clauseCosine, double lexical,
      List<String> sharedEntities, List<String> sharedLemmas, FrameMatch frame, int segmentA, int segmentB,
      Thresholds thresholds) {
    double c = Thresholds.round(cosine);
    double k = Thresholds.round(clauseCosine);
    double l = Thresholds.round(lexical);
    return new ClaimPair(a, b, c, k, l, sharedEntities, sharedLemmas, frame, segmentA, segmentB,
        thresholds.score(c, k, l, frame != null));
  }

  /** How the frames match, as a reader sees it ("shelter / harbor; leader / leadership"), or null. */
  public String frameMatch() {
    return frame == null ? null : frame.display();
  }

  /** The better of the sentence and the best clause similarity. */
  public double similarity() {
    return Math.max(cosine, clauseCosine);
  }
}
