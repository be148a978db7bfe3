package dev.parallax.analysis.pipeline;

import dev.parallax.analysis.lexicon.WordClass;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A thesaurus look-up (synonyms, say) of a lemma as a noun, a verb or an adjective, together, as
 * alignment asks for it.
 *
 * <p>Alignment asks for the same few thousand lemmas millions of times on a large story (once per
 * pair of frame words it compares), so the union is kept per lemma rather than rebuilt from three
 * look-ups each time; on 200 articles this took alignment from minutes to under a minute. The sets
 * are unmodifiable and iterate in a fixed order (nouns, then verbs, then adjectives, each in the
 * thesaurus's order). Thread-safe when the look-up is.
 */
final class WordsOfAnyClass implements Function<String, Set<String>> {
  private final BiFunction<String, WordClass, Set<String>> lookUp;
  private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

  /** @param lookUp the words for a lemma in one word class, such as {@code thesaurus::synonyms} */
  WordsOfAnyClass(BiFunction<String, WordClass, Set<String>> lookUp) {
    this.lookUp = lookUp;
  }

  @Override
  public Set<String> apply(String lemma) {
    Set<String> known = cache.get(lemma);
    return known != null ? known : cache.computeIfAbsent(lemma, this::union);
  }

  private Set<String> union(String lemma) {
    Set<String> out = new LinkedHashSet<>();
    out.addAll(lookUp.apply(lemma, WordClass.NOUN));
    out.addAll(lookUp.apply(lemma, WordClass.VERB));
    out.addAll(lookUp.apply(lemma, WordClass.ADJECTIVE));
    return Collections.unmodifiableSet(out);
  }
}
