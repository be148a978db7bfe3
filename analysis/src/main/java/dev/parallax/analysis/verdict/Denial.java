package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.lexicon.WordNetLexicon;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.EntityMention;
import dev.parallax.model.Evidence;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A statement that something said is not so, in any of the usual wordings: "X denied that Y", "X
 * denied involvement in Y", "X rejected the accusation", "X dismissed reports that 20 people died",
 * "X said this is completely incorrect", "there is no evidence that Y", "the casualty numbers were
 * inflated", "X has nothing to do with Y", "no one did Y, a spokesman said".
 *
 * @param claim the claim that denies
 * @param kind what is denied
 * @param cue the words that deny, as evidence
 * @param denier entity ids and nouns of who denies (the attributed speaker and what precedes the cue)
 * @param contentFrom the first token (index into the claim's tokens) of what is denied, or -1
 * @param contentTo the end (exclusive) of what is denied, or -1
 */
record Denial(AlignableClaim claim, Kind kind, Evidence cue, Set<String> denier, int contentFrom, int contentTo) {

  /** What a denial denies. */
  enum Kind {
    /** A statement given after the cue: "denied that Ukraine was involved", "no evidence that ...". */
    CLAIM,
    /** A party's part in an event: "denied involvement in an explosion", "denied it was responsible". */
    INVOLVEMENT,
    /** An accusation named but not repeated: "denied the accusation", "rejected the charges". */
    ACCUSATION,
    /** Figures: "the casualty numbers were inflated", "dismissed reports that over 20 people had died". */
    FIGURE,
    /** What the sentence before said: "said this is completely incorrect". */
    PREVIOUS
  }

  static final Set<String> VERBS =
      Set.of("deny", "reject", "dismiss", "refute", "rebuff", "repudiate", "disown", "dispute", "contest", "rubbish");
  /** Nouns by which a denial names what was said. */
  static final Set<String> SAID =
      Set.of("accusation", "allegation", "claim", "charge", "report", "suggestion", "assertion", "statement", "story",
          "rumour", "rumor", "speculation", "idea", "notion", "account", "narrative", "version");
  /** Nouns of a party's part in an event. */
  private static final Set<String> PART =
      Set.of("involvement", "responsibility", "role", "link", "links", "connection", "part", "participation", "blame",
          "complicity", "wrongdoing");
  /** Nouns of figures. */
  private static final Set<String> FIGURES = Set.of("number", "figure", "toll", "count", "tally", "statistic", "data");
  /** Words that call a statement false. */
  private static final Set<String> FALSE =
      Set.of("incorrect", "false", "untrue", "baseless", "unfounded", "fabricated", "lie", "lies", "fake", "nonsense",
          "groundless", "fabrication", "misleading", "wrong");
  /** Words that say figures are too high. */
  private static final Set<String> INFLATED = Set.of("inflated", "exaggerated", "overstated", "overblown", "inflate",
      "exaggerate", "overstate");

  /** The most words a parenthetical between a subject and its verb holds. */
  private static final int PARENTHETICAL_WORDS = 4;

  /** The claim's denial, or null when it denies nothing. */
  static Denial of(AlignableClaim c) {
    List<Token> t = c.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token x = t.get(i);
      String w = x.text().toLowerCase(Locale.ROOT);
      String verb = verbLemma(x);
      if (verb != null && VERBS.contains(verb)) {
        Denial d = afterVerb(c, i, verb);
        if (d != null) {
          return d;
        }
      }
      // "this is completely incorrect", "the reports are false", "the numbers were inflated"
      if ((FALSE.contains(w) || INFLATED.contains(w)) && i > 0) {
        int be = i - 1;
        while (be > 0 && (t.get(be).tag().equals("ADV") || t.get(be).tag().equals("PUNCT"))) {
          be--;
        }
        if (t.get(be).lemma().equals("be") || t.get(be).lemma().equals("call") || t.get(be).lemma().equals("dismiss")) {
          int subject = be - 1;
          String s = subject >= 0 ? t.get(subject).text().toLowerCase(Locale.ROOT) : "";
          String sl = subject >= 0 ? t.get(subject).lemma().toLowerCase(Locale.ROOT) : "";
          if (INFLATED.contains(w) || FIGURES.contains(sl)) {
            return new Denial(c, Kind.FIGURE, Cues.of(c, x, "denial"), denier(c, subject), -1, -1);
          }
          if (s.equals("this") || s.equals("that") || s.equals("it")) {
            return new Denial(c, Kind.PREVIOUS, Cues.of(c, x, "denial"), denier(c, subject), -1, -1);
          }
          if (SAID.contains(sl)) {
            return new Denial(c, Kind.ACCUSATION, Cues.of(c, x, "denial"), denier(c, subject), -1, -1);
          }
        }
      }
      // "No one used such a device, a spokesman said": someone's word that no one did a deed. Not the
      // outlet's own "no one was hurt" (no speaker), a passive, or "no one said".
      if ((w.equals("nobody") || w.equals("no-one") || w.equals("no") && i + 1 < t.size()
          && t.get(i + 1).text().equalsIgnoreCase("one")) && (i == 0 || !t.get(i - 1).tag().equals("ADP"))
          && c.claim().attribution() != null) {
        int v = w.equals("no") ? i + 2 : i + 1;
        boolean passive = false;
        while (v < t.size() && (t.get(v).tag().equals("AUX") || t.get(v).tag().equals("ADV"))) {
          passive |= t.get(v).lemma().equalsIgnoreCase("be");
          v++;
        }
        if (v < t.size() && t.get(v).tag().equals("VERB") && !passive
            && !dev.parallax.analysis.lexicon.CommonVerbs.reporting(t.get(v).lemma())) {
          Token last = w.equals("no") ? t.get(i + 1) : x;
          return new Denial(c, Kind.CLAIM, Cues.of(c, x.start(), last.end(), "denial"), denier(c, i), v,
              clauseEnd(t, v));
        }
      }
      // "there is no evidence that the government was involved"
      if (w.equals("evidence") && i > 0 && t.get(i - 1).text().equalsIgnoreCase("no")) {
        int from = i + 1 < t.size() && t.get(i + 1).text().equalsIgnoreCase("that") ? i + 2 : i + 1;
        return new Denial(c, Kind.CLAIM, Cues.of(c, t.get(i - 1).start(), x.end(), "denial"), denier(c, i - 1), from,
            clauseEnd(t, from));
      }
      // "has nothing to do with the attack", "not the slightest connection to"
      if ((w.equals("nothing") && i + 3 < t.size() && t.get(i + 1).text().equalsIgnoreCase("to")
          && t.get(i + 2).lemma().equals("do") && t.get(i + 3).text().equalsIgnoreCase("with"))
          || w.equals("slightest") && i + 1 < t.size() && PART.contains(t.get(i + 1).lemma().toLowerCase(Locale.ROOT))) {
        int from = Math.min(t.size(), i + 3);
        return new Denial(c, Kind.INVOLVEMENT, Cues.of(c, x, "denial"), denier(c, i), from, clauseEnd(t, from));
      }
    }
    return null;
  }

  /** What follows a verb of denial: "that ...", a said noun, a party's part, or a plain object of "deny". */
  private static Denial afterVerb(AlignableClaim c, int i, String verb) {
    List<Token> t = c.tokens();
    Evidence cue = Cues.of(c, t.get(i), "denial");
    Set<String> denier = denier(c, i);
    int k = i + 1;
    while (k < t.size() && (t.get(k).tag().equals("ADV") || t.get(k).tag().equals("DET") || t.get(k).tag().equals("PRON")
        && !t.get(k).text().equalsIgnoreCase("it") || t.get(k).tag().equals("ADJ") || possessive(t, k))) {
      k++;
    }
    if (k >= t.size() || t.get(k).tag().equals("PUNCT")) {
      // "..., a charge the government rejected": the said noun comes before the denier
      for (int j = i - 1; j >= Math.max(0, i - 10); j--) {
        if (SAID.contains(t.get(j).lemma().toLowerCase(Locale.ROOT))) {
          Set<String> who = new LinkedHashSet<>();
          for (int m = j + 1; m < i; m++) {
            if (t.get(m).noun()) {
              who.add(t.get(m).lemma().toLowerCase(Locale.ROOT));
            }
          }
          for (EntityMention e : c.claim().entities()) {
            if (e.start() >= t.get(j).end() && e.end() <= t.get(i).start()) {
              who.add(e.entityId());
            }
          }
          return new Denial(c, Kind.ACCUSATION, cue, who.isEmpty() ? denier : who, -1, -1);
        }
      }
      return verb.equals("deny") ? new Denial(c, Kind.ACCUSATION, cue, denier, -1, -1) : null;
    }
    String w = t.get(k).text().toLowerCase(Locale.ROOT);
    String l = t.get(k).lemma().toLowerCase(Locale.ROOT);
    if (w.equals("that") || w.equals("it") && verb.equals("deny")) {
      int from = w.equals("that") ? k + 1 : k;
      return new Denial(c, kindOf(t, from), cue, denier, from, clauseEnd(t, from));
    }
    if (SAID.contains(l) || FIGURES.contains(l)) {
      int n = k + 1;
      if (n < t.size() && (t.get(n).text().equalsIgnoreCase("that") || t.get(n).text().equalsIgnoreCase("of"))) {
        int from = n + 1;
        Kind kind = FIGURES.contains(l) ? Kind.FIGURE : kindOf(t, from);
        return new Denial(c, kind, cue, denier, from, clauseEnd(t, from));
      }
      return new Denial(c, FIGURES.contains(l) ? Kind.FIGURE : Kind.ACCUSATION, cue, denier, k, clauseEnd(t, k));
    }
    if (PART.contains(l) || PART.contains(w)) {
      int from = k + 1;
      return new Denial(c, Kind.INVOLVEMENT, cue, denier, from, clauseEnd(t, from));
    }
    if (verb.equals("deny") && gerund(t.get(k))) {
      // "denied attacking the hospital": the denier denies a deed of its own
      return new Denial(c, Kind.INVOLVEMENT, cue, denier, k, clauseEnd(t, k));
    }
    if (verb.equals("deny") && (t.get(k).noun() || t.get(k).tag().equals("VERB"))) {
      return new Denial(c, Kind.CLAIM, cue, denier, k, clauseEnd(t, k));
    }
    return null; // "rejected the offer", "dismissed the minister": not a denial of something said
  }

  /**
   * A word in -ing that is a form of a verb, whatever its tag: the tagger sometimes reads the gerund of
   * "denied attacking the hospital" as a preposition.
   */
  private static boolean gerund(Token x) {
    String w = x.text().toLowerCase(Locale.ROOT);
    return w.length() > 5 && w.endsWith("ing") && !x.noun()
        && !WordNetLexicon.shared().baseForms(w, WordClass.VERB).isEmpty();
  }

  /** "Pakistan's claims": an owner before the noun, as one token or two. */
  private static boolean possessive(List<Token> t, int k) {
    String w = t.get(k).text();
    return w.endsWith("'s") || w.endsWith("\u2019s") || w.equals("'s") || w.equals("\u2019s")
        || k + 1 < t.size() && (t.get(k + 1).text().equals("'s") || t.get(k + 1).text().equals("\u2019s"));
  }

  /**
   * Whose part in the event is denied: the actors the denied statement names ("denied that Ukraine
   * was involved"), else the denier ("Israel denied involvement").
   */
  Set<String> party() {
    if (kind != Kind.INVOLVEMENT || contentFrom < 0) {
      return denier;
    }
    // the subject of the denied statement: the words before its first verb ("Ukraine was involved")
    List<Token> content = content();
    int end = 0;
    while (end < content.size() && !content.get(end).verb()) {
      end++;
    }
    Set<String> named = new LinkedHashSet<>();
    if (end > 0 && end < content.size()) {
      int from = content.get(0).start();
      int to = content.get(end - 1).end();
      for (EntityMention e : claim.claim().entities()) {
        if (e.start() >= from && e.end() <= to) {
          named.add(e.entityId());
        }
      }
    }
    return named.isEmpty() ? denier : named;
  }

  /** A denied statement that gives a number is a denial of figures. */
  private static Kind kindOf(List<Token> t, int from) {
    for (int k = from; k < Math.min(t.size(), from + 8); k++) {
      if (t.get(k).tag().equals("NUM")) {
        return Kind.FIGURE;
      }
      String l = t.get(k).lemma().toLowerCase(Locale.ROOT);
      if (l.equals("responsible") || l.equals("involve") || l.equals("involved")) {
        return Kind.INVOLVEMENT;
      }
    }
    return Kind.CLAIM;
  }

  private static int clauseEnd(List<Token> t, int from) {
    int k = from;
    while (k < t.size() && !t.get(k).text().equals(";") && !(t.get(k).text().equals(",") && k > from + 6)) {
      k++;
    }
    return k;
  }

  /** Who denies: the claim's attributed speaker, and the entities and nouns of the clause before the cue. */
  private static Set<String> denier(AlignableClaim c, int before) {
    Set<String> out = new LinkedHashSet<>();
    var at = c.claim().attribution();
    if (at != null) {
      if (at.entityId() != null) {
        out.add(at.entityId());
      }
      for (EntityMention e : c.claim().entities()) {
        if (e.start() >= at.speakerStart() && e.end() <= at.speakerEnd()) {
          out.add(e.entityId());
        }
      }
    }
    List<Token> t = c.tokens();
    // the denier is the subject of the denial: the words since the last clause boundary ("..., and each denied")
    int to = before;
    int from = clauseStart(t, to);
    int opening = from - 1;
    int parenthetical = parentheticalStart(t, opening);
    if (parenthetical >= 0 && !namesSomeone(t, from, to)) {
      // "The ministry, however, denied": the subject stands before the words set off by commas
      to = parenthetical - 1;
      from = clauseStart(t, to);
    }
    int cut = to >= 0 && to < t.size() ? t.get(to).start() : c.claim().start();
    int fromStart = from >= 0 && from < t.size() ? t.get(Math.max(0, from)).start() : c.claim().start();
    for (EntityMention e : c.claim().entities()) {
      if (e.end() <= cut && e.start() >= fromStart) {
        out.add(e.entityId());
      }
    }
    for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
      if (t.get(k).tag().equals("NOUN")) {
        out.add(t.get(k).lemma().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** The first token of the clause that ends before {@code end}: after the last comma, semicolon, conjunction or "that". */
  private static int clauseStart(List<Token> t, int end) {
    int from = end;
    while (from > 0 && !(t.get(from - 1).text().equals(";") || t.get(from - 1).text().equals(",")
        || t.get(from - 1).tag().equals("SCONJ") || t.get(from - 1).tag().equals("CCONJ") && from - 1 > 0
        || t.get(from - 1).text().equalsIgnoreCase("that"))) {
      from--;
    }
    return from;
  }

  /**
   * Where a parenthetical that closes with the comma at {@code comma} opens (the index of its opening
   * comma plus one), or -1: a few words set off by commas on both sides that begin with an adverb, a
   * preposition or a conjunction and hold no verb (", however,", ", in turn,", ", for its part,").
   */
  private static int parentheticalStart(List<Token> t, int comma) {
    if (comma < 1 || comma >= t.size() || !t.get(comma).text().equals(",")) {
      return -1;
    }
    int k = comma;
    while (k > 0 && !t.get(k - 1).text().equals(",") && comma - k < PARENTHETICAL_WORDS) {
      Token w = t.get(k - 1);
      if (w.verb() || w.tag().equals("AUX") || w.tag().equals("PUNCT")) {
        return -1;
      }
      k--;
    }
    if (k == comma || k < 2 || !t.get(k - 1).text().equals(",")) {
      return -1;
    }
    String first = t.get(k).tag();
    return first.equals("ADV") || first.equals("ADP") || first.equals("SCONJ") || first.equals("CCONJ") ? k : -1;
  }

  /** Whether the tokens [from, to) hold a noun, a proper noun or a pronoun: someone the clause is about. */
  private static boolean namesSomeone(List<Token> t, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
      if (t.get(k).noun() || t.get(k).tag().equals("PRON")) {
        return true;
      }
    }
    return false;
  }

  /** A verb's lemma, also for a participle the tagger read as an adjective ("has denied"). */
  private static String verbLemma(Token t) {
    if (t.tag().equals("VERB")) {
      return t.lemma().toLowerCase(Locale.ROOT);
    }
    if (t.tag().equals("ADJ") || t.tag().equals("AUX") || t.tag().equals("NOUN")) {
      for (String base : WordNetLexicon.shared().baseForms(t.text(), WordClass.VERB)) {
        // "has denied" read as an adjective, "ministers deny" read as a noun; but not the noun "dispute"
        if (VERBS.contains(base) && (!t.text().equalsIgnoreCase(base)
            || !WordNetLexicon.shared().contains(base, WordClass.NOUN))) {
          return base;
        }
      }
    }
    return null;
  }

  /** The denied statement's tokens, or an empty list. */
  List<Token> content() {
    if (contentFrom < 0 || contentFrom >= contentTo) {
      return List.of();
    }
    return claim.tokens().subList(contentFrom, Math.min(contentTo, claim.tokens().size()));
  }

  /** The entity ids named in the denied statement. */
  Set<String> contentEntities() {
    Set<String> out = new LinkedHashSet<>();
    List<Token> content = content();
    if (content.isEmpty()) {
      return out;
    }
    int from = content.get(0).start();
    int to = content.get(content.size() - 1).end();
    for (EntityMention e : claim.claim().entities()) {
      if (e.start() >= from && e.end() <= to) {
        out.add(e.entityId());
      }
    }
    return out;
  }

  /** True when the denial says no one did what follows ("No one used such a device"). */
  boolean nobody() {
    String w = cue.text().toLowerCase(Locale.ROOT);
    return kind == Kind.CLAIM && (w.equals("no one") || w.equals("nobody") || w.equals("no-one"));
  }
}
