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
  private final Map<String, String> outletOf;

  /**
   * @param reprintOf for each article that reprints another's copy, the original article's id
   * @param outletOf each article's outlet; articles without one are absent
   */
  Voices(Map<String, String> reprintOf, Map<String, String> outletOf) {
    this.reprintOf = reprintOf;
    this.outletOf = outletOf;
  }

  /** The voice a claim speaks with: the outlet of the article whose copy it is, or that article when the outlet is unknown. */
  String voice(AlignableClaim c) {
    String article = reprintOf.getOrDefault(c.articleId(), c.articleId());
    String outlet = outletOf.get(article);
    return outlet != null ? "outlet:" + outlet : "article:" + article;
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
