package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.lexicon.WordNetLexicon;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.EntityMention;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Accusations and denials in a claim: the verb, who does it, and whom or what it is about, as entity
 * ids. "Islamabad accused the Taliban government of harboring X" has agent {pakistan}, verb "accuse",
 * target {taliban}; "The Taliban strongly rejected Pakistan's claims" has agent {taliban}, verb
 * "reject", target {pakistan}.
 *
 * @param verb the lemma of the accusing or denying verb
 * @param verbStart where the verb starts in the article's text
 * @param agent entities named before the verb, and the nouns of an unnamed actor ("opposition", "party")
 * @param target entities and nouns after the verb (up to "of", "that" or "with" for accusations)
 */
record Speech(String verb, int verbStart, Set<String> agent, Set<String> target) {
  static final Set<String> ACCUSE = Set.of("accuse", "allege", "blame", "charge", "claim", "condemn", "implicate");
  static final Set<String> DENY = Denial.VERBS;

  /** The claim's first verb of {@code verbs}, with its agent and target; null when it has none. */
  static Speech of(AlignableClaim c, Set<String> verbs) {
    List<Speech> all = all(c, verbs);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Every verb of {@code verbs} in the claim, in order, each with its agent and target. */
  static List<Speech> all(AlignableClaim c, Set<String> verbs) {
    List<Speech> out = new java.util.ArrayList<>();
    List<Token> tokens = c.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String lemma = verbLemma(t, verbs);
      if (lemma == null || verbs == ACCUSE && ownClaim(tokens, i, lemma)) {
        continue;
      }
      Set<String> agent = new LinkedHashSet<>();
      Set<String> target = new LinkedHashSet<>();
      int stop = Integer.MAX_VALUE;
      // "accused X of Y": the accused comes before "of"; "alleged that Y": the accused is in Y
      boolean thatClause = lemma.equals("allege") || lemma.equals("claim");
      if (verbs == ACCUSE && !thatClause) {
        for (int k = i + 1; k < tokens.size(); k++) {
          String w = tokens.get(k).text();
          if (w.equalsIgnoreCase("of") || w.equalsIgnoreCase("that") || w.equalsIgnoreCase("with")
              || w.equalsIgnoreCase("for")) {
            stop = tokens.get(k).start();
            break;
          }
        }
      }
      for (EntityMention e : c.claim().entities()) {
        if (e.end() <= t.start()) {
          agent.add(e.entityId());
        } else if (e.start() >= t.end() && e.start() < stop) {
          target.add(e.entityId());
        }
      }
      // Unnamed actors count by their nouns: "the opposition party denied ..." has agent {opposition, party}.
      int from = i;
      while (from > 0 && !clauseBoundary(tokens.get(from - 1))) {
        from--;
      }
      for (int k = from; k < i; k++) {
        if (tokens.get(k).tag().equals("NOUN")) {
          agent.add(tokens.get(k).lemma().toLowerCase(java.util.Locale.ROOT));
        }
      }
      for (int k = i + 1; k < tokens.size() && tokens.get(k).start() < stop && !clauseBoundary(tokens.get(k)); k++) {
        if (tokens.get(k).tag().equals("NOUN")) {
          target.add(tokens.get(k).lemma().toLowerCase(java.util.Locale.ROOT));
        }
      }
      out.add(new Speech(lemma, t.start(), agent, target));
    }
    return out;
  }

  /**
   * "claimed to be fighting Israel", "claimed responsibility for the attack": the speaker claims
   * something of itself, which accuses no one.
   */
  private static boolean ownClaim(List<Token> tokens, int verb, String lemma) {
    if (!lemma.equals("claim") && !lemma.equals("allege") || verb + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(verb + 1).text().toLowerCase(java.util.Locale.ROOT);
    return next.equals("to") || lemma.equals("claim") && (next.equals("responsibility") || next.equals("credit"));
  }

  private static boolean clauseBoundary(Token t) {
    return t.text().equals(",") || t.text().equals(";") || t.text().equals(":") || t.tag().equals("SCONJ");
  }

  /**
   * The token's verb lemma when it is one of {@code verbs}. The tagger sometimes reads a participle
   * as an adjective ("Islamabad has denied ..."), so the word's verb base forms count too.
   */
  private static String verbLemma(Token t, Set<String> verbs) {
    if (t.tag().equals("VERB") && verbs.contains(t.lemma())) {
      return t.lemma();
    }
    if (t.tag().equals("ADJ") || t.tag().equals("AUX")) {
      for (String base : WordNetLexicon.shared().baseForms(t.text(), WordClass.VERB)) {
        if (verbs.contains(base)) {
          return base;
        }
      }
    }
    return null;
  }
}
