package dev.parallax.analysis.pipeline;

import dev.parallax.analysis.lexicon.CommonVerbs;
import dev.parallax.analysis.lexicon.FunctionWords;
import dev.parallax.analysis.text.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The lemmas of a claim's content words, as alignment compares them. */
final class ContentLemmas {
  private ContentLemmas() {}

  /** Words too vague to say what a claim is about, besides function words and common verbs. */
  private static final Set<String> VAGUE =
      Set.of("new", "well", "however", "same", "way", "time", "year", "thing");

  static Set<String> of(List<Token> tokens) {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : tokens) {
      if (!t.content() || !t.word()) {
        continue;
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (lemma.length() < 2 || VAGUE.contains(lemma) || FunctionWords.contains(lemma)
          || CommonVerbs.light(lemma) || CommonVerbs.reporting(lemma)) {
        continue;
      }
      out.add(lemma);
    }
    return out;
  }
}
