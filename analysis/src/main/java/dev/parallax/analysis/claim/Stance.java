package dev.parallax.analysis.claim;

import dev.parallax.analysis.text.Token;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Polarity and modality of a clause, read from its tokens. Stateless. */
public final class Stance {
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
   * hedged); "not only" and "no doubt" do not count. The whole clause is read; see {@link
   * #polarity(List, int)} for a reading scoped to the main predicate.
   */
  static Polarity polarity(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (negation(tokens, i)) {
        return Polarity.NEGATED;
      }
    }
    return Polarity.AFFIRMATIVE;
  }

  /** Subjects that negate what they do: "No one used such a device", "Nothing has changed". */
  private static final Set<String> NEGATIVE_SUBJECTS = Set.of("no", "none", "nobody", "nothing", "neither", "no-one");

  /**
   * The polarity of the clause's main predicate, the verb at {@code verb}: NEGATED when a negation
   * belongs to it: in the same clause segment, just before it ("has <b>not</b> changed", "<b>never</b>
   * used", "is <b>unlikely</b> to"), as its subject ("<b>No one</b> used", "<b>Nothing</b> has
   * changed"), or right after it ("there were <b>no</b> arrests", "has <b>no</b> evidence"). A negation
   * in another clause ("ended peacefully, and there were no arrests"), in a phrase before the subject
   * ("Not counting the human cost, the agency estimated ...") or in a complement ("criticised for not turning
   * off power") leaves the predicate affirmative. With no main verb, the whole clause is read.
   */
  public static Polarity polarity(List<Token> tokens, int verb) {
    return negationOf(tokens, verb) >= 0 ? Polarity.NEGATED : Polarity.AFFIRMATIVE;
  }

  /**
   * The index of the token that negates the predicate at {@code verb}, as {@link #polarity(List, int)}
   * reads it ("not" of "has not changed", "No" of "No one used", "yet" of "has yet to comment"), or -1
   * when the predicate is affirmative. With no main verb, the clause's first negation.
   */
  public static int negationOf(List<Token> tokens, int verb) {
    if (verb < 0 || verb >= tokens.size()) {
      for (int i = 0; i < tokens.size(); i++) {
        if (negation(tokens, i)) {
          return i;
        }
      }
      return -1;
    }
    int from = 0;
    int to = tokens.size();
    int start = tokens.get(verb).start();
    for (dev.parallax.model.Span s : ClauseSegmenter.segments(tokens)) {
      if (s.start() <= start && start < s.end()) {
        while (from < tokens.size() && tokens.get(from).start() < s.start()) {
          from++;
        }
        to = from;
        while (to < tokens.size() && tokens.get(to).end() <= s.end()) {
          to++;
        }
        break;
      }
    }
    // A phrase before the subject, closed by a comma ("Not counting X, ..."), is not the predicate's.
    for (int k = verb - 1; k >= from; k--) {
      if (tokens.get(k).text().equals(",")) {
        from = k + 1;
        break;
      }
    }
    for (int k = from; k < Math.min(to, tokens.size()); k++) {
      if (!negation(tokens, k)) {
        continue;
      }
      String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
      boolean near = k < verb && verb - k <= 4 || k > verb && k - verb <= 2 && !w.equals("not") || k == verb;
      boolean subject = k < verb && NEGATIVE_SUBJECTS.contains(w);
      if (near || subject) {
        return k;
      }
    }
    return -1;
  }

  private static boolean negation(List<Token> tokens, int i) {
    String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
    if (w.equals("yet") && i > 0 && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("to")
        && (tokens.get(i - 1).lemma().equals("have") || tokens.get(i - 1).lemma().equals("be"))) {
      return true; // "has yet to comment": not yet done
    }
    if (!NEGATIONS.contains(w)) {
      return false;
    }
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
    if (w.equals("not") && (next.equals("only") || next.equals("just") || next.equals("least"))) {
      return false;
    }
    // "no fewer than 500", "not more than 10": a bound on a number, not a negation of the clause
    if ((w.equals("no") || w.equals("not")) && (next.equals("fewer") || next.equals("less") || next.equals("more")
        || next.equals("later") || next.equals("earlier") || next.equals("longer"))) {
      return false;
    }
    return !(w.equals("no") && next.equals("doubt"));
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
