package dev.parallax.analysis.pipeline;

import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.semantic.Thesaurus;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The synonyms of a lemma as a noun, a verb or an adjective, as alignment asks for them.
 *
 * <p>Alignment asks for the same few thousand lemmas millions of times on a large story (once per
 * pair of frame words it compares), so the union is kept per lemma rather than rebuilt from three
 * thesaurus look-ups each time; on 200 articles this took alignment from minutes to seconds. The
 * sets are unmodifiable and iterate in a fixed order (nouns, then verbs, then adjectives, each in the
 * thesaurus's order). Thread-safe.
 */
final class AnyClassSynonyms implements Function<String, Set<String>> {
  private final Thesaurus thesaurus;
  private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

  AnyClassSynonyms(Thesaurus thesaurus) {
    this.thesaurus = thesaurus;
  }

  @Override
  public Set<String> apply(String lemma) {
    Set<String> known = cache.get(lemma);
    return known != null ? known : cache.computeIfAbsent(lemma, this::lookUp);
  }

  private Set<String> lookUp(String lemma) {
    Set<String> out = new LinkedHashSet<>();
    out.addAll(thesaurus.synonyms(lemma, WordClass.NOUN));
    out.addAll(thesaurus.synonyms(lemma, WordClass.VERB));
    out.addAll(thesaurus.synonyms(lemma, WordClass.ADJECTIVE));
    return Collections.unmodifiableSet(out);
  }
}
