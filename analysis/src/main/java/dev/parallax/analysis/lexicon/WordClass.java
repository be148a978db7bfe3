package dev.parallax.analysis.lexicon;

/** The four open word classes WordNet knows. */
public enum WordClass {
  NOUN("noun"),
  VERB("verb"),
  ADJECTIVE("adj"),
  ADVERB("adv");

  private final String fileSuffix;

  WordClass(String fileSuffix) {
    this.fileSuffix = fileSuffix;
  }

  /** The suffix of WordNet's files for this class: {@code index.noun}, {@code noun.exc}. */
  String fileSuffix() {
    return fileSuffix;
  }

  /** The class of a Universal Dependencies tag, or null for closed-class tags. */
  public static WordClass ofTag(String tag) {
    return switch (tag) {
      case "NOUN", "PROPN" -> NOUN;
      case "VERB", "AUX" -> VERB;
      case "ADJ" -> ADJECTIVE;
      case "ADV" -> ADVERB;
      default -> null;
    };
  }
}
