package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimPair;
import dev.parallax.analysis.claim.ClauseSegmenter;
import dev.parallax.analysis.claim.Stance;
import dev.parallax.analysis.lexicon.CommonVerbs;
import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.EntityMention;
import dev.parallax.model.Evidence;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Claims from different outlets that cannot both be true because of what they say happened:
 *
 * <ul>
 *   <li><b>Opposite polarity</b>: a predicate asserted by one and negated by the other (or by a WordNet
 *       synonym: "Morocco rejected offers of aid" / "Morocco has not refused any support or offer"),
 *       when they speak of the same thing: the same subject and the same object, or claims the
 *       aligner pairs closely, or a vague subject ("much has changed" / "policy has not changed")
 *       with the same actors around both.
 *   <li><b>Antonyms</b>: aligned claims whose predicates are WordNet antonyms ("rose" / "fell",
 *       "accepted" / "rejected"), with the same polarity and a common subject or actor.
 *   <li><b>Calm and disorder</b>: one outlet says an event passed "without incident" (or "passed
 *       peacefully"), another that the same event (the same definite subject, on the same day when both
 *       give one) saw disorder ("ended in clashes", "descended into violence").
 * </ul>
 *
 * Every clause of a claim counts, each with the polarity of its own predicate ("This comes after
 * Morocco rejected offers ..." asserts "rejected"). Hedged and prescriptive claims and denials are left
 * out: "may rise" does not contradict "fell", and a denial is the {@link DisputeRule}'s. One opposition
 * told by many outlets is one finding. Stateless; thread-safe.
 */
final class ContradictionRule implements FindingRule {
  /** Claims this close (sentence or clause) contradict on one predicate when they share the subject or the object. */
  private static final double ALIGNED = 0.55;
  /** Claims this close contradict on one predicate without more. */
  private static final double STRONGLY_ALIGNED = 0.75;
  private static final double ANTONYM_ALIGNED = 0.45;


  private static final Set<String> VAGUE =
      Set.of("much", "nothing", "little", "everything", "things", "a lot", "lot", "something", "all");

  /**
   * One clause's predicate in a claim: its verb, polarity, subject and object, and for a negated one
   * the word that negates it ("not", "never", "No" of "No one"); null when it is affirmative.
   */
  record Predicate(AlignableClaim claim, String lemma, Polarity polarity, Token verb, Set<String> subject,
      Set<String> subjectEntities, Set<String> object, Set<String> objectEntities, boolean vague, String clause,
      Token negation) {}

  @Override
  public List<Draft> apply(VerdictContext context) {
    List<Predicate> predicates = new ArrayList<>();
    for (AlignableClaim c : context.claims()) {
      if (eligible(c) && context.denial(c) == null) {
        predicates.addAll(context.predicates(c));
      }
    }
    Map<String, String> canonical = canonical(predicates, context);
    Map<String, List<Predicate>> byLemma = new LinkedHashMap<>();
    for (Predicate p : predicates) {
      byLemma.computeIfAbsent(canonical.get(p.lemma()), k -> new ArrayList<>()).add(p);
    }
    List<Draft> out = new ArrayList<>();
    Map<Draft, String> mergeKey = new java.util.IdentityHashMap<>();
    Set<String> done = new HashSet<>();
    for (List<Predicate> group : byLemma.values()) {
      if (group.size() > 200) {
        continue; // a predicate this common says nothing about a pair
      }
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          Predicate a = group.get(i);
          Predicate b = group.get(j);
          if (a.polarity() == b.polarity() || a.claim().articleId().equals(b.claim().articleId())
              || context.voices().reprints(a.claim(), b.claim()) || !done.add(key(a.claim(), b.claim()))) {
            continue;
          }
          String why = opposite(a, b, context);
          if (why != null) {
            Draft d = polarityDraft(a, b, why, context);
            out.add(d);
            mergeKey.put(d, canonical.get(a.lemma()));
          } else {
            done.remove(key(a.claim(), b.claim()));
          }
        }
      }
    }
    for (ClaimPair p : context.pairs()) {
      if (p.similarity() < ANTONYM_ALIGNED || done.contains(key(p.a(), p.b())) || !eligible(p.a()) || !eligible(p.b())
          || context.voices().reprints(p.a(), p.b()) || context.denial(p.a()) != null || context.denial(p.b()) != null) {
        continue;
      }
      for (Predicate a : context.predicates(p.a())) {
        for (Predicate b : context.predicates(p.b())) {
          boolean otherObjects = !a.object().isEmpty() && !b.object().isEmpty()
              && java.util.Collections.disjoint(a.object(), b.object())
              || !a.objectEntities().isEmpty() && !b.objectEntities().isEmpty()
              && java.util.Collections.disjoint(a.objectEntities(), b.objectEntities());
          if (a.polarity() != b.polarity() || a.lemma().equals(b.lemma()) || !antonyms(a.lemma(), b.lemma(), context)
              || !sameSubject(a, b) || otherObjects || !done.add(key(p.a(), p.b()))) {
            continue;
          }
          Draft d = antonymDraft(a, b, p, context);
          out.add(d);
          mergeKey.put(d, a.lemma().compareTo(b.lemma()) < 0 ? a.lemma() + "/" + b.lemma() : b.lemma() + "/" + a.lemma());
        }
      }
    }
    List<Draft> merged = new ArrayList<>(merge(out, mergeKey, context));
    merged.addAll(states(context, done));
    return merged;
  }

  private static String key(AlignableClaim a, AlignableClaim b) {
    return a.id().compareTo(b.id()) < 0 ? a.id() + "|" + b.id() : b.id() + "|" + a.id();
  }

  private static boolean antonyms(String a, String b, VerdictContext context) {
    return context.thesaurus().antonyms(a, WordClass.VERB).contains(b)
        || context.thesaurus().antonyms(a, WordClass.ADJECTIVE).contains(b);
  }

  /** Why two predicates of opposite polarity speak of the same thing, or null when they may not. */
  private static String opposite(Predicate a, Predicate b, VerdictContext context) {
    ClaimPair p = context.pair(a.claim(), b.claim());
    double similarity = p == null ? 0 : p.similarity();
    boolean subject = sameSubject(a, b);
    boolean object = !java.util.Collections.disjoint(a.object(), b.object());
    if (!a.object().isEmpty() && !b.object().isEmpty() && !object && similarity < STRONGLY_ALIGNED) {
      return null; // "accepted Pakistani support" / "not accepted the Durand Line": different things
    }
    boolean close = similarity >= ALIGNED || p != null && p.frameMatch() != null;
    if (close && (subject || object)) {
      return "the claims are aligned (similarity " + Wording.decimal(similarity) + ") and share their "
          + (subject ? "subject" : "object");
    }
    if (subject && object) {
      return "both speak of " + Wording.join(new ArrayList<>(subjectWords(a, b))) + " and "
          + Wording.join(new ArrayList<>(sharedObject(a, b)));
    }
    if (a.vague() || b.vague()) {
      Set<String> shared = new TreeSet<>(a.claim().context());
      shared.retainAll(b.claim().context());
      if (!shared.isEmpty()) {
        return "one subject is vague, and the sentences around both name " + String.join(", ", shared);
      }
    }
    return null;
  }

  private static boolean sameSubject(Predicate a, Predicate b) {
    return !java.util.Collections.disjoint(a.subject(), b.subject())
        || !java.util.Collections.disjoint(a.subjectEntities(), b.subjectEntities());
  }

  private static Set<String> subjectWords(Predicate a, Predicate b) {
    Set<String> out = new TreeSet<>(a.subjectEntities());
    out.retainAll(b.subjectEntities());
    Set<String> nouns = new TreeSet<>(a.subject());
    nouns.retainAll(b.subject());
    out.addAll(nouns);
    return out;
  }

  private static Set<String> sharedObject(Predicate a, Predicate b) {
    Set<String> out = new TreeSet<>(a.object());
    out.retainAll(b.object());
    return out;
  }

  /** The predicates of a claim's clauses, each with the polarity of its own verb. */
  static List<Predicate> predicates(AlignableClaim c) {
    List<Token> t = c.tokens();
    List<int[]> ranges = new ArrayList<>();
    List<Span> segments = ClauseSegmenter.segments(t);
    if (segments.isEmpty()) {
      ranges.add(new int[] {0, t.size()});
    } else {
      for (Span s : segments) {
        int from = 0;
        while (from < t.size() && t.get(from).start() < s.start()) {
          from++;
        }
        int to = from;
        while (to < t.size() && t.get(to).end() <= s.end()) {
          to++;
        }
        ranges.add(new int[] {from, to});
      }
    }
    List<Predicate> out = new ArrayList<>();
    for (int[] r : ranges) {
      int previous = r[0] - 1;
      for (int verb = r[0]; verb < r[1]; verb++) {
        Token v = t.get(verb);
        if (!v.tag().equals("VERB")) {
          continue;
        }
        if (CommonVerbs.contains(lemma(v))) {
          boolean auxiliary = verb + 1 < r[1] && (t.get(verb + 1).tag().equals("VERB") || t.get(verb + 1).tag().equals("ADV")
              || t.get(verb + 1).tag().equals("PART"));
          if (!auxiliary) {
            previous = verb; // "has certified": an auxiliary the tagger read as a verb does not start a clause
          }
          continue;
        }
        // the subject: the words since the previous verb or comma ("analysts responded that <b>policy</b> has not changed")
        int clauseStart = previous + 1;
        for (int k = verb - 1; k > previous; k--) {
          if (t.get(k).text().equals(",") || t.get(k).tag().equals("SCONJ")
              || t.get(k).text().equalsIgnoreCase("that")) {
            clauseStart = k + 1;
            break;
          }
        }
        int beforeVerb = verb - 1;
        while (beforeVerb > previous && (t.get(beforeVerb).tag().equals("AUX") || t.get(beforeVerb).tag().equals("ADV")
            || t.get(beforeVerb).tag().equals("PART"))) {
          beforeVerb--;
        }
        if (beforeVerb > previous && t.get(beforeVerb).tag().equals("PRON")) {
          clauseStart = verb; // "It recognizes ...": the subject is a pronoun, not the nouns before it
        }
        Set<String> subject = new LinkedHashSet<>();
        Set<String> subjectEntities = new LinkedHashSet<>();
        Set<String> object = new LinkedHashSet<>();
        boolean vague = false;
        for (int k = clauseStart; k < verb; k++) {
          if (t.get(k).noun()) {
            subject.add(lemma(t.get(k)));
          }
          vague |= VAGUE.contains(t.get(k).text().toLowerCase(Locale.ROOT));
        }
        if (subject.isEmpty() && clauseStart + 1 == verb && Character.isUpperCase(t.get(clauseStart).text().charAt(0))
            && t.get(clauseStart).word() && !t.get(clauseStart).tag().equals("PRON")
            && !t.get(clauseStart).tag().equals("DET")) {
          subject.add(lemma(t.get(clauseStart))); // "Turnout rose", whatever the tagger made of "Turnout"
        }
        if (clauseStart < verb) {
          for (EntityMention e : c.claim().entities()) {
            if (e.start() >= t.get(clauseStart).start() && e.end() <= v.start()) {
              subjectEntities.add(e.entityId());
            }
          }
        }
        // the object: the nouns and proper nouns right after the verb, up to a preposition (but "of"), a clause or another verb
        for (int k = verb + 1; k < r[1] && k <= verb + 6; k++) {
          Token x = t.get(k);
          String w = x.text().toLowerCase(Locale.ROOT);
          if (x.tag().equals("ADP") && !w.equals("of") || x.tag().equals("SCONJ") || x.tag().equals("PUNCT")
              || x.tag().equals("VERB") || x.tag().equals("AUX")) {
            break;
          }
          if (x.noun()) {
            object.add(lemma(x)); // proper nouns too: "the Durand Line" is an object as much as "support" is
          }
        }
        int objectEnd = verb;
        for (int k = verb + 1; k < r[1] && k <= verb + 6 && (t.get(k).tag().equals("NOUN") || t.get(k).tag().equals("DET")
            || t.get(k).tag().equals("ADJ") || t.get(k).tag().equals("PROPN")); k++) {
          objectEnd = k;
        }
        String clause = c.claim().text().substring(t.get(clauseStart).start() - c.claim().start(),
            t.get(objectEnd).end() - c.claim().start());
        Set<String> objectEntities = new LinkedHashSet<>();
        int objectLimit = Math.min(r[1], verb + 12) - 1;
        for (EntityMention e : c.claim().entities()) {
          if (e.start() > v.end() && e.end() <= t.get(Math.max(verb, objectLimit)).end()) {
            objectEntities.add(e.entityId());
          }
        }
        int negation = Stance.negationOf(t, verb);
        out.add(new Predicate(c, lemma(v), negation >= 0 ? Polarity.NEGATED : Polarity.AFFIRMATIVE, v, subject,
            subjectEntities, object, objectEntities, vague, clause, negation >= 0 ? t.get(negation) : null));
        previous = verb;
      }
    }
    return out;
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  /** Each predicate lemma mapped to one representative of its WordNet synonyms among the story's predicates. */
  private static Map<String, String> canonical(List<Predicate> predicates, VerdictContext context) {
    TreeSet<String> lemmas = new TreeSet<>();
    for (Predicate p : predicates) {
      lemmas.add(p.lemma());
    }
    Map<String, String> out = new HashMap<>();
    for (String v : lemmas) {
      if (out.containsKey(v)) {
        continue;
      }
      out.put(v, v);
      for (String s : context.thesaurus().synonyms(v, WordClass.VERB)) {
        if (lemmas.contains(s) && !out.containsKey(s)) {
          out.put(s, v);
        }
      }
    }
    return out;
  }

  private static boolean eligible(AlignableClaim c) {
    Modality m = c.claim().modality();
    return m == Modality.ASSERTED || m == Modality.REPORTED;
  }

  private static Draft polarityDraft(Predicate a, Predicate b, String why, VerdictContext context) {
    Predicate neg = a.polarity() == Polarity.NEGATED ? a : b;
    Predicate pos = neg == a ? b : a;
    List<String> reasons = new ArrayList<>();
    reasons.add(pos.lemma().equals(neg.lemma()) ? "both claims turn on the verb '" + pos.lemma() + "'"
        : "'" + pos.lemma() + "' and '" + neg.lemma() + "' are synonyms in WordNet");
    reasons.add(Wording.outlet(neg.claim()) + " negates it; " + Wording.outlet(pos.claim()) + " asserts it");
    reasons.add(why);
    List<String> caveats = new ArrayList<>();
    if (neg.vague() || pos.vague()) {
      caveats.add("One claim has a vague subject; check that both speak of the same thing.");
    }
    if (a.claim().claim().attribution() != null || b.claim().claim().attribution() != null) {
      caveats.add("At least one side is attributed to a source rather than stated by the outlet.");
    }
    List<Evidence> cues = new ArrayList<>(List.of(Cues.of(pos.claim(), pos.verb(), "predicate"),
        Cues.of(neg.claim(), neg.verb(), "negated predicate")));
    if (neg.negation() != null && neg.negation() != neg.verb()) {
      cues.add(Cues.of(neg.claim(), neg.negation(), "negation"));
    }
    ClaimPair p = context.pair(a.claim(), b.claim());
    double similarity = p == null ? 0 : p.similarity();
    return new Draft(FindingKind.CONTRADICTION, "whether " + Wording.quote(pos.clause().replaceAll("^(But|And|However) ", ""), 70),
        List.of(a.claim(), b.claim()), (neg.vague() || pos.vague() ? 0.45 : 0.55) + 0.3 * similarity,
        Wording.outlet(pos.claim()) + " says \"" + Wording.excerpt(pos.claim().claim().text(), pos.verb().text(), 110)
            + "\", but " + Wording.outlet(neg.claim()) + " says \""
            + Wording.excerpt(neg.claim().claim().text(), neg.verb().text(), 110) + "\".",
        caveats, reasons, List.of(), null, context.voices().count(List.of(a.claim(), b.claim())), cues);
  }

  private static Draft antonymDraft(Predicate a, Predicate b, ClaimPair p, VerdictContext context) {
    return new Draft(FindingKind.CONTRADICTION, a.lemma() + " / " + b.lemma(), List.of(a.claim(), b.claim()),
        0.5 + 0.3 * p.score(),
        Wording.outlet(a.claim()) + " says \"" + Wording.quote(a.claim().claim().text(), 90) + "\" while "
            + Wording.outlet(b.claim()) + " says \"" + Wording.quote(b.claim().claim().text(), 90) + "\": '"
            + a.lemma() + "' and '" + b.lemma() + "' are opposites.",
        List.of("Opposite words can describe different moments or places; check the time frames."),
        List.of("'" + a.lemma() + "' and '" + b.lemma() + "' are antonyms in WordNet",
            "the claims are aligned: similarity " + Wording.decimal(p.similarity()),
            p.sharedEntities().isEmpty() ? "the subjects are the same" : "both name " + String.join(", ", p.sharedEntities())),
        List.of(), null, context.voices().count(List.of(a.claim(), b.claim())),
        List.of(Cues.of(a.claim(), a.verb(), "predicate"), Cues.of(b.claim(), b.verb(), "opposite predicate")));
  }

  /**
   * One contradiction told by many articles (copies of the same statement on either side) is one
   * finding: drafts about the same opposition (the same topic) that share a claim are merged, and the
   * strongest pair speaks for the group.
   */
  private static List<Draft> merge(List<Draft> drafts, Map<Draft, String> keys, VerdictContext context) {
    int n = drafts.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstWithClaim = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (AlignableClaim c : drafts.get(i).claims()) {
        Integer other = firstWithClaim.putIfAbsent(keys.get(drafts.get(i)) + "\u0000" + c.id(), i);
        if (other != null) {
          parent[root(parent, i)] = root(parent, other);
        }
      }
    }
    Map<Integer, List<Draft>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(drafts.get(i));
    }
    List<Draft> out = new ArrayList<>();
    for (List<Draft> group : groups.values()) {
      if (group.size() == 1) {
        out.add(group.get(0));
        continue;
      }
      Draft best = group.get(0);
      LinkedHashSet<AlignableClaim> all = new LinkedHashSet<>();
      List<Evidence> cues = new ArrayList<>();
      for (Draft d : group) {
        all.addAll(d.claims());
        cues.addAll(d.cues());
        if (d.confidence() > best.confidence()) {
          best = d;
        }
      }
      List<AlignableClaim> members = new ArrayList<>(all);
      List<String> reasons = new ArrayList<>(best.reasons());
      reasons.add(members.size() + " claims from " + context.voices().count(members)
          + " outlets take one side or the other; the two quoted are the closest pair");
      java.util.Set<String> opposed = new java.util.TreeSet<>();
      for (Draft d : group) {
        opposed.addAll(d.opposedPairs());
      }
      out.add(new Draft(best.kind(), best.topic(), members, best.confidence(), best.explanation(), best.caveats(),
          reasons, best.values(), best.relativeGap(), context.voices().count(members), cues, opposed));
    }
    return out;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  // ---- calm and disorder ----------------------------------------------------------------------

  /** Nouns of trouble at an event that "without ..." rules out: general words, our own list. */
  private static final Set<String> TROUBLE = Set.of("incident", "trouble", "violence", "disturbance", "disruption",
      "disorder", "clash", "unrest", "confrontation");
  /** Nouns and verbs of disorder that break the calm of an event: general words, our own list. */
  private static final Set<String> DISORDER = Set.of("clash", "violence", "riot", "scuffle", "skirmish", "brawl",
      "melee", "unrest", "fighting", "disturbance", "chaos", "confrontation", "stampede");
  /** Adverbs that say an event went off calmly. */
  private static final Set<String> CALMLY = Set.of("peacefully", "calmly", "quietly", "smoothly");
  /** Verbs that tell how an event went off as a whole. */
  private static final Set<String> WENT_OFF = Set.of("pass", "end", "go", "proceed", "conclude", "unfold");

  /** A claim's word for how its event went: the subject's nouns, the span of the words, the day if given. */
  record State(AlignableClaim claim, Set<String> subject, int start, int end, String words, String day) {}

  /** "The march passed without major incident", "the rally ended peacefully": calm, or null. */
  static State calm(AlignableClaim c) {
    List<Token> t = c.tokens();
    for (int v = 1; v + 1 < t.size(); v++) {
      if (!t.get(v).tag().equals("VERB") || !WENT_OFF.contains(lemma(t.get(v))) || Stance.negationOf(t, v) >= 0) {
        continue;
      }
      Set<String> subject = AttributeRule.subjectNouns(t, v);
      int k = v + 1;
      if (subject.isEmpty()) {
        continue;
      }
      if (t.get(k).text().equalsIgnoreCase("off")) {
        k++;
      }
      if (k < t.size() && CALMLY.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
        return state(c, subject, t.get(k), t.get(k));
      }
      if (k < t.size() && t.get(k).text().equalsIgnoreCase("without")) {
        for (int m = k + 1; m < Math.min(t.size(), k + 4); m++) {
          if (t.get(m).noun()) {
            return TROUBLE.contains(lemma(t.get(m))) ? state(c, subject, t.get(k), t.get(m)) : null;
          }
          if (!(t.get(m).tag().equals("ADJ") || t.get(m).tag().equals("DET"))) {
            break;
          }
        }
      }
    }
    return null;
  }

  /**
   * "The parade ended in clashes", "the march descended into violence": disorder after the verb of a
   * definite subject, not negated ("did not end in clashes", "without clashes"), or null.
   */
  static State disorder(AlignableClaim c) {
    List<Token> t = c.tokens();
    for (int k = 0; k < t.size(); k++) {
      if (!DISORDER.contains(lemma(t.get(k))) || !(t.get(k).noun() || t.get(k).tag().equals("VERB"))) {
        continue;
      }
      int v = k;
      while (v >= 0 && !t.get(v).tag().equals("VERB")) {
        v--;
      }
      if (v < 0 || Stance.negationOf(t, v) >= 0 || k > 0 && (t.get(k - 1).text().equalsIgnoreCase("no")
          || t.get(k - 1).text().equalsIgnoreCase("without"))) {
        return null;
      }
      Set<String> subject = AttributeRule.subjectNouns(t, v);
      return subject.isEmpty() ? null : state(c, subject, t.get(k), t.get(k));
    }
    return null;
  }

  private static State state(AlignableClaim c, Set<String> subject, Token from, Token to) {
    String day = null;
    for (var q : c.claim().quantities()) {
      if (q.kind() == dev.parallax.model.QuantityKind.DATE && q.date() != null && q.date().length() >= 10) {
        day = q.date().substring(0, 10);
      }
    }
    return new State(c, subject, from.start(), to.end(),
        c.claim().text().substring(from.start() - c.claim().start(), to.end() - c.claim().start()), day);
  }

  /**
   * One event said to have passed calmly by one outlet and to have seen disorder by another: the same
   * definite subject, on the same day when both give one.
   */
  private static List<Draft> states(VerdictContext context, Set<String> done) {
    List<State> calm = new ArrayList<>();
    List<State> disorder = new ArrayList<>();
    for (AlignableClaim c : context.claims()) {
      if (!eligible(c) || context.denial(c) != null) {
        continue;
      }
      State s = calm(c);
      if (s != null) {
        calm.add(s);
        continue;
      }
      s = disorder(c);
      if (s != null) {
        disorder.add(s);
      }
    }
    List<Draft> out = new ArrayList<>();
    for (State a : calm) {
      for (State b : disorder) {
        if (context.voices().voice(a.claim()).equals(context.voices().voice(b.claim()))
            || java.util.Collections.disjoint(a.subject(), b.subject())
            || a.day() != null && b.day() != null && !a.day().equals(b.day()) || !done.add(key(a.claim(), b.claim()))) {
          continue;
        }
        Set<String> shared = new TreeSet<>(a.subject());
        shared.retainAll(b.subject());
        List<AlignableClaim> claims = List.of(a.claim(), b.claim());
        List<String> caveats = new ArrayList<>(List.of("Outlets can weigh a scuffle differently; check what each "
            + "counts as an incident."));
        if (a.claim().claim().attribution() != null || b.claim().claim().attribution() != null) {
          caveats.add("At least one side is attributed to a source rather than stated by the outlet.");
        }
        out.add(new Draft(FindingKind.CONTRADICTION, "how the " + String.join(" ", shared) + " went", claims, 0.6,
            Wording.outlet(a.claim()) + " says \"" + Wording.excerpt(a.claim().claim().text(), a.words(), 110)
                + "\", but " + Wording.outlet(b.claim()) + " says \"" + Wording.excerpt(b.claim().claim().text(),
                b.words(), 110) + "\".",
            caveats,
            List.of("'" + a.words() + "' says the " + String.join(" ", shared) + " went off calmly",
                "'" + b.words() + "' is disorder of the kind the other rules out",
                "both speak of the " + String.join(" ", shared) + (a.day() != null && b.day() != null
                    ? " on the same day (" + a.day() + ")" : "")),
            List.of(), null, context.voices().count(claims),
            List.of(Cues.of(a.claim(), a.start(), a.end(), "calm"), Cues.of(b.claim(), b.start(), b.end(), "disorder"))));
      }
    }
    return out;
  }
}
