package dev.parallax.analysis.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * English closed-class words (determiners, pronouns, prepositions, conjunctions, auxiliaries),
 * which WordNet does not list. Our own list.
 */
public final class FunctionWords {
  private FunctionWords() {}

  private static final Set<String> WORDS =
      Set.of(
          "a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "every", "each",
          "either", "neither", "all", "both", "few", "many", "much", "more", "most", "other", "another",
          "such", "what", "which", "who", "whom", "whose", "where", "when", "why", "how", "whether",
          "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his",
          "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "myself", "yourself",
          "himself", "herself", "itself", "ourselves", "themselves", "one", "ones",
          "of", "in", "on", "at", "by", "for", "with", "without", "from", "to", "into", "onto", "upon",
          "about", "above", "below", "over", "under", "between", "among", "through", "during", "before",
          "after", "since", "until", "till", "against", "across", "along", "around", "behind", "beyond",
          "within", "toward", "towards", "despite", "via", "per", "than", "as", "like", "unlike", "off",
          "out", "up", "down", "near", "inside", "outside", "amid", "amidst",
          "and", "or", "but", "nor", "so", "yet", "if", "because", "although", "though", "while",
          "whereas", "unless", "whilst", "then", "also", "not", "only", "even", "just", "very", "too",
          "be", "is", "am", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do",
          "does", "did", "done", "doing", "will", "would", "shall", "should", "can", "could", "may",
          "might", "must", "ought", "there", "here", "now", "again", "still", "already", "ever", "never",
          "yes");

  /** True when {@code word}, compared in lower case, is a function word. */
  public static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The list, lower case. */
  public static Set<String> all() {
    return WORDS;
  }
}
