package dev.parallax.analysis.align;

import dev.parallax.analysis.text.Token;
import dev.parallax.model.Claim;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A claim with what alignment compares: its tokens, content lemmas, entities and meaning vector.
 *
 * @param claim the claim
 * @param outlet its article's outlet, or null
 * @param tokens the claim's tokens, offsets into its article's text
 * @param lemmas the lemmas of its content words (nouns, verbs, adjectives, adverbs, numbers),
 *     lower case, without reporting verbs and the most common verbs
 * @param entityIds the canonical ids of the entities it names
 * @param vector its unit-length sentence vector
 * @param segments the spans of its clause-like segments ({@link dev.parallax.analysis.claim.ClauseSegmenter}); empty when it has one
 * @param segmentVectors the unit-length vector of each segment, in the same order
 * @param context entity ids named in the claim and the sentences next to it
 */
public record AlignableClaim(
    Claim claim, String outlet, List<Token> tokens, Set<String> lemmas, Set<String> entityIds, float[] vector,
    List<dev.parallax.model.Span> segments, List<float[]> segmentVectors, Set<String> context) {

  public AlignableClaim {
    Objects.requireNonNull(claim, "claim");
    tokens = List.copyOf(tokens);
    // Insertion order, not Set.copyOf's per-JVM order: alignment sums over these sets, and the same
    // input must give the same bytes in every run.
    lemmas = ordered(lemmas);
    entityIds = ordered(entityIds);
    Objects.requireNonNull(vector, "vector");
    segments = List.copyOf(segments);
    segmentVectors = List.copyOf(segmentVectors);
    if (segments.size() != segmentVectors.size()) {
      throw new IllegalArgumentException("one vector per segment: " + segments.size() + " segments, "
          + segmentVectors.size() + " vectors");
    }
    context = ordered(context);
  }

  private static Set<String> ordered(Set<String> values) {
    return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(values));
  }

  public String articleId() {
    return claim.articleId();
  }

  public String id() {
    return claim.id();
  }
}
