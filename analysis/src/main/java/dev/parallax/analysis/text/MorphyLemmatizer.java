package dev.parallax.analysis.text;

import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.lexicon.WordNetLexicon;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dictionary lemmatizer: WordNet's Morphy (irregular-form lists, then suffix rules checked against
 * WordNet's lemmas), with a small table for the auxiliaries and pronouns WordNet does not cover.
 *
 * <p>Chosen over OpenNLP's statistical lemmatizer because it is an order of magnitude faster and
 * its mistakes are predictable. Thread-safe.
 */
public final class MorphyLemmatizer implements Lemmatizer {
  private static final Map<String, String> CLOSED =
      Map.ofEntries(
          Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("was", "be"), Map.entry("were", "be"),
          Map.entry("am", "be"), Map.entry("been", "be"), Map.entry("being", "be"), Map.entry("'s", "be"),
          Map.entry("'re", "be"), Map.entry("'m", "be"), Map.entry("has", "have"), Map.entry("had", "have"),
          Map.entry("having", "have"), Map.entry("'ve", "have"), Map.entry("'d", "would"),
          Map.entry("does", "do"), Map.entry("did", "do"), Map.entry("done", "do"), Map.entry("doing", "do"),
          Map.entry("n't", "not"), Map.entry("'ll", "will"), Map.entry("ca", "can"), Map.entry("wo", "will"),
          Map.entry("an", "a"), Map.entry("them", "they"), Map.entry("him", "he"), Map.entry("her", "she"),
          Map.entry("us", "we"), Map.entry("me", "i"));

  private final WordNetLexicon lexicon;

  /** A lemmatizer over the shared WordNet lexicon. */
  public MorphyLemmatizer() {
    this(WordNetLexicon.shared());
  }

  public MorphyLemmatizer(WordNetLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String lemma(String word, String tag) {
    if (tag.equals("PROPN")) {
      return word;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (tag.equals("AUX") || tag.equals("PRON") || tag.equals("DET") || tag.equals("PART")) {
      String closed = CLOSED.get(lower);
      return closed != null ? closed : lower;
    }
    WordClass wc = WordClass.ofTag(tag);
    if (wc == null) {
      return lower;
    }
    String closed = CLOSED.get(lower);
    if (closed != null && wc == WordClass.VERB) {
      return closed;
    }
    List<String> bases = lexicon.baseForms(lower, wc);
    if (bases.isEmpty()) {
      return lower;
    }
    // Prefer a base that differs from the word only by the rule that fits the tag's morphology;
    // Morphy returns irregular forms first, then the word itself, then rule results.
    return bases.get(0);
  }
}
