package dev.parallax.analysis.text;

/** Gives the dictionary form of a word. Implementations are thread-safe. */
public interface Lemmatizer {

  /**
   * The lemma of {@code word} used as {@code tag} (a Universal Dependencies tag). Lower case, except
   * that proper nouns keep their spelling. A word the lemmatizer does not know is returned lower-cased.
   */
  String lemma(String word, String tag);
}
