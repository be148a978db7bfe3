package dev.parallax.analysis.pipeline;

import dev.parallax.analysis.text.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The lemmas of a claim's content words, as alignment compares them. */
final class ContentLemmas {
  private ContentLemmas() {}

  /** Verbs too common to say what a claim is about, and reporting verbs. */
  private static final Set<String> LIGHT =
      Set.of("be", "have", "do", "say", "tell", "make", "take", "get", "go", "become", "also", "add", "state",
          "other", "many", "more", "most", "such", "new", "even", "only", "now", "still", "so", "well", "very",
          "just", "however", "then", "there", "here", "much", "same", "way", "time", "year", "thing");

  static Set<String> of(List<Token> tokens) {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : tokens) {
      if (!t.content() || !t.word()) {
        continue;
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (lemma.length() < 2 || LIGHT.contains(lemma)) {
        continue;
      }
      out.add(lemma);
    }
    return out;
  }
}
