package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts independent voices: claims from one outlet count once, and an article that reprints another
 * article's copy counts as that article.
 */
final class Voices {
  private final Map<String, String> reprintOf;

  Voices(Map<String, String> reprintOf) {
    this.reprintOf = reprintOf;
  }

  /** The voice a claim speaks with: its outlet, or its (original) article when the outlet is unknown. */
  String voice(AlignableClaim c) {
    String article = reprintOf.getOrDefault(c.articleId(), c.articleId());
    if (!article.equals(c.articleId())) {
      return "article:" + article;
    }
    return c.outlet() != null ? "outlet:" + c.outlet() : "article:" + article;
  }

  int count(List<AlignableClaim> claims) {
    Set<String> voices = new HashSet<>();
    for (AlignableClaim c : claims) {
      voices.add(voice(c));
    }
    return voices.size();
  }

  boolean reprints(AlignableClaim a, AlignableClaim b) {
    String ra = reprintOf.getOrDefault(a.articleId(), a.articleId());
    String rb = reprintOf.getOrDefault(b.articleId(), b.articleId());
    return ra.equals(rb);
  }
}
