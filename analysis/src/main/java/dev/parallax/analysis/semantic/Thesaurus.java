package dev.parallax.analysis.semantic;

import dev.parallax.analysis.lexicon.WordClass;
import java.util.Set;

/** Synonyms and antonyms of lemmas. Implementations are thread-safe and cache their answers. */
public interface Thesaurus {

  /** Lemmas that share a sense with {@code lemma} in class {@code wc}, lower case, without {@code lemma} itself. */
  Set<String> synonyms(String lemma, WordClass wc);

  /** Lemmas that are antonyms of a sense of {@code lemma} (directly or through a similar adjective). */
  Set<String> antonyms(String lemma, WordClass wc);

  /**
   * Words close to {@code lemma} in meaning: its synonyms, the words of its more general senses
   * (hypernyms), and the words its definitions use ("harbor": "secretly shelter ..." gives "shelter").
   * Broader than {@link #synonyms}; lower case.
   */
  Set<String> relatives(String lemma, WordClass wc);
}
