package dev.parallax.analysis.claim;

import dev.parallax.analysis.text.Token;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Polarity and modality of a clause, read from its tokens. Stateless. */
final class Stance {
  private Stance() {}

  private static final Set<String> NEGATIONS =
      Set.of("not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot", "nowhere",
          "unlikely");

  private static final Set<String> PRESCRIPTIVE_MODALS = Set.of("must", "should", "ought");

  private static final Set<String> HEDGE_WORDS =
      Set.of("may", "might", "could", "probably", "possibly", "perhaps", "likely", "unlikely", "maybe",
          "apparently", "reportedly", "allegedly", "seemingly", "presumably", "seem", "seems", "seemed", "appear",
          "appears", "appeared", "suggest", "suggests", "suspected", "unclear", "uncertain", "expected");

  /**
   * NEGATED when a negation word governs the clause ("unlikely to" counts: it asserts the negation,
   * hedged); "not only" and "no doubt" do not count.
   */
  static Polarity polarity(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (!NEGATIONS.contains(w)) {
        continue;
      }
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
      if (w.equals("not") && (next.equals("only") || next.equals("just") || next.equals("least"))) {
        continue;
      }
      if (w.equals("no") && next.equals("doubt")) {
        continue;
      }
      return Polarity.NEGATED;
    }
    return Polarity.AFFIRMATIVE;
  }

  /** PRESCRIPTIVE for "must", "should", "needs to", "it is necessary"; HEDGED for hedges; else ASSERTED. */
  static Modality modality(List<Token> tokens) {
    boolean hedged = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
      if (PRESCRIPTIVE_MODALS.contains(w)) {
        return Modality.PRESCRIPTIVE;
      }
      if ((w.equals("need") || w.equals("needs") || w.equals("have") || w.equals("has")) && next.equals("to")
          && i + 2 < tokens.size() && tokens.get(i + 2).verb() && !t.tag().equals("NOUN")) {
        return Modality.PRESCRIPTIVE;
      }
      if ((w.equals("needed") || w.equals("necessary") || w.equals("essential") || w.equals("imperative"))
          && i > 0 && tokens.get(i - 1).lemma().equals("be")) {
        return Modality.PRESCRIPTIVE;
      }
      if (HEDGE_WORDS.contains(w) || w.equals("said") && i > 0 && tokens.get(i - 1).lemma().equals("be")
          && next.equals("to")) {
        hedged = true;
      }
    }
    return hedged ? Modality.HEDGED : Modality.ASSERTED;
  }
}
