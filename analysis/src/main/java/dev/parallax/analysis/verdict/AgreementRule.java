package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimPair;
import dev.parallax.analysis.align.Thresholds;
import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.semantic.Thesaurus;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.Evidence;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Modality;
import dev.parallax.model.QuantityFrame;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Claims from two or more outlets that state one fact in their own words.
 *
 * <p>A pair of claims from different voices agrees when they have the same polarity and:
 *
 * <ul>
 *   <li>its score reaches {@link Thresholds#agreement()} and each claim is among the other's two best
 *       matches in its article; or
 *   <li>its score reaches {@link Thresholds#rankedAgreement()}, one claim is the other's best match in
 *       its article and the other among its two best, and an anchor holds: the same who-did-what, a good share of the same words, a
 *       close meaning, the same date, the same figure, or an actor few other claims name.
 * </ul>
 *
 * A pair whose claims give the same figure for different things (11 people killed in the capital, 11
 * police officers killed at a station) is not an agreement. Agreeing pairs are grouped, strongest
 * first, into facts of at most {@value #MAX_GROUP} clauses; a weaker pair that would join two facts
 * does not. Stateless; thread-safe.
 */
final class AgreementRule implements FindingRule {
  static final int MAX_GROUP = 40;
  /** An actor named by at most this share of the story's claims is rare enough to anchor a pair. */
  private static final double RARE_ENTITY = 0.10;

  @Override
  public List<Draft> apply(VerdictContext context) {
    Thresholds th = context.thresholds();
    Voices voices = context.voices();
    Map<String, List<Double>> ranked = new HashMap<>();
    for (ClaimPair p : context.pairs()) {
      ranked.computeIfAbsent(rankKey(p.a(), p.segmentA(), p.b()), k -> new ArrayList<>()).add(p.score());
      ranked.computeIfAbsent(rankKey(p.b(), p.segmentB(), p.a()), k -> new ArrayList<>()).add(p.score());
    }
    for (List<Double> l : ranked.values()) {
      l.sort(Comparator.reverseOrder());
    }
    Map<String, Integer> entityCounts = new HashMap<>();
    for (AlignableClaim c : context.claims()) {
      for (String e : c.entityIds()) {
        entityCounts.merge(e, 1, Integer::sum);
      }
    }
    int claims = context.claims().size();
    List<ClaimPair> accepted = new ArrayList<>();
    // pairs that agree only on a figure, with the figure: they make a fact of that figure
    Map<ClaimPair, String> figureOnly = new HashMap<>();
    for (ClaimPair p : context.pairs()) {
      if (voices.voice(p.a()).equals(voices.voice(p.b())) || voices.reprints(p.a(), p.b())
          || polarityClash(p, context)
          || prescriptive(p.a()) != prescriptive(p.b()) || sameFigureOtherThing(p) || otherFigures(p)
          || otherKind(p, context.thesaurus())
          || (context.denial(p.a()) == null) != (context.denial(p.b()) == null) && !besideDenial(p, context)) {
        // a claim and a denial are never one fact
        continue;
      }
      int rankA = rank(ranked.get(rankKey(p.a(), p.segmentA(), p.b())), p.score());
      int rankB = rank(ranked.get(rankKey(p.b(), p.segmentB(), p.a())), p.score());
      boolean strong = p.score() >= th.agreement() && Math.max(rankA, rankB) <= 2;
      // each the other's best match, or one the other's best and the other among its two best
      boolean mutual = Math.min(rankA, rankB) == 1 && Math.max(rankA, rankB) <= 2;
      if (strong || mutual && p.score() >= th.rankedAgreement() && anchor(p, th, entityCounts, claims) != null
          || sameDenial(p, context)) {
        accepted.add(p);
      } else if (Math.min(rankA, rankB) <= 2) {
        String figure = figureKey(p.a(), p.b());
        if (figure != null) {
          accepted.add(p);
          figureOnly.put(p, figure);
        }
      }
    }
    accepted.sort(Comparator.comparingDouble(ClaimPair::score).reversed()
        .thenComparing(p -> p.a().id()).thenComparing(p -> p.b().id()));
    return drafts(group(accepted, figureOnly, th), context, th, entityCounts, claims);
  }

  /**
   * The claims differ in polarity: one negates what the other asserts. Two claims that both carry a
   * negation ("no earthquakes have been stronger" / "the USGS relays that no earthquakes have been
   * stronger") are read alike even when one puts it in a clause of its own.
   */
  private static boolean polarityClash(ClaimPair p, VerdictContext context) {
    if (p.a().claim().polarity() == p.b().claim().polarity() || negated(p.a()) && negated(p.b())) {
      return false;
    }
    // a clause of each that says the same of the same subject or object with the same polarity
    // ("IS claimed responsibility, but neither ..." and "IS claimed responsibility")
    for (var pa : context.predicates(p.a())) {
      for (var pb : context.predicates(p.b())) {
        if (pa.lemma().equals(pb.lemma()) && pa.polarity() == pb.polarity()
            && (!java.util.Collections.disjoint(pa.subject(), pb.subject())
                || !java.util.Collections.disjoint(pa.object(), pb.object()))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * One claim denies and the other does not, but they state the same who-did-what through a clause of
   * the denying claim that is neither the denial nor what it denies: "Speaking during a round table
   * Sunday night, the president dismissed reports that ..." and "The president spoke on live
   * television on Sunday night". They agree on that clause; the denial itself stays the dispute's.
   */
  private static boolean besideDenial(ClaimPair p, VerdictContext context) {
    if (p.frame() == null) {
      return false;
    }
    Denial da = context.denial(p.a());
    Denial d = da != null ? da : context.denial(p.b());
    if (d == null) {
      return false;
    }
    String lemma = da != null ? p.frame().wordA() : p.frame().wordB();
    List<Token> tokens = d.claim().tokens();
    boolean found = false;
    for (int i = 0; i < tokens.size(); i++) {
      var t = tokens.get(i);
      if (!t.lemma().equals(lemma)) {
        continue;
      }
      boolean cue = t.start() < d.cue().end() && t.end() > d.cue().start();
      boolean content = d.contentFrom() >= 0 && i >= d.contentFrom() && i < d.contentTo();
      if (cue || content) {
        return false;
      }
      found = true;
    }
    return found;
  }

  private static boolean negated(AlignableClaim c) {
    for (var t : c.tokens()) {
      String w = t.text().toLowerCase(Locale.ROOT);
      if (w.equals("not") || w.equals("n't") || w.equals("no") || w.equals("never") || w.equals("nothing")
          || w.equals("none") || w.equals("neither")) {
        return true;
      }
    }
    return false;
  }

  private static boolean prescriptive(AlignableClaim c) {
    return c.claim().modality() == Modality.PRESCRIPTIVE;
  }

  /**
   * The two claims give one figure, but their frames say it counts different things: "At least 11
   * people were killed in the capital" and "killed 11 policemen".
   */
  private static boolean sameFigureOtherThing(ClaimPair p) {
    for (QuantityFrame fa : p.a().claim().frames()) {
      QuantityMention qa = mention(p.a(), fa);
      for (QuantityFrame fb : p.b().claim().frames()) {
        QuantityMention qb = mention(p.b(), fb);
        if (qa == null || qb == null || qa.value() == null || !qa.value().equals(qb.value())) {
          continue;
        }
        boolean subgroups = fa.subgroup() != null && fb.subgroup() != null && !fa.subgroup().equals(fb.subgroup())
            || (fa.subgroup() == null) != (fb.subgroup() == null);
        // a place one outlet leaves out is no other place: "2,700 buildings damaged in the town" and
        // "2,700 structures destroyed"
        boolean places = fa.place() != null && fb.place() != null && !fa.place().equals(fb.place());
        boolean measures = named(fa.measure()) && named(fb.measure()) && !fa.measure().equals(fb.measure());
        if (subgroups || places || measures) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Both claims give figures and none of one's can be one of the other's: "left 61 people dead" and
   * "left 410 people missing", "won 56 percent of the vote" and "won 51 percent". Said alike, they
   * are different facts, or figures that differ (the numeric rule's to judge), never one fact.
   */
  private static boolean otherFigures(ClaimPair p) {
    boolean anyA = false;
    boolean anyB = false;
    for (QuantityMention qa : p.a().claim().quantities()) {
      if (!figure(qa)) {
        continue;
      }
      anyA = true;
      for (QuantityMention qb : p.b().claim().quantities()) {
        if (!figure(qb)) {
          continue;
        }
        anyB = true;
        if (countable(qa.kind()) == countable(qb.kind()) && (qa.kind() == qb.kind() || countable(qa.kind()))
            && Compatibility.compatible(qa, qb)) {
          return false;
        }
      }
    }
    return anyA && anyB;
  }

  /**
   * The claims say the same of two different things: their nouns are the same but one, which each
   * puts before or after the same shared noun, and the two are not WordNet synonyms or relatives
   * ("a new budget for <b>school</b> repairs" / "a new budget for <b>road</b> repairs"). The words
   * around them may match closely; the fact is another.
   */
  static boolean otherKind(ClaimPair p, Thesaurus thesaurus) {
    List<Token> ta = p.a().tokens();
    List<Token> tb = p.b().tokens();
    Set<String> na = nouns(ta);
    Set<String> nb = nouns(tb);
    Set<String> onlyA = new TreeSet<>(na);
    onlyA.removeAll(nb);
    Set<String> onlyB = new TreeSet<>(nb);
    onlyB.removeAll(na);
    if (onlyA.size() != 1 || onlyB.size() != 1 || na.size() - 1 < 2) {
      return false;
    }
    String x = onlyA.iterator().next();
    String y = onlyB.iterator().next();
    var noun = WordClass.NOUN;
    if (thesaurus.synonyms(x, noun).contains(y) || thesaurus.synonyms(y, noun).contains(x)
        || thesaurus.relatives(x, noun).contains(y) || thesaurus.relatives(y, noun).contains(x)) {
      return false;
    }
    String nextA = neighbour(ta, x, 1);
    String prevA = neighbour(ta, x, -1);
    return nextA != null && nextA.equals(neighbour(tb, y, 1)) && nb.contains(nextA)
        || prevA != null && prevA.equals(neighbour(tb, y, -1)) && nb.contains(prevA);
  }

  private static Set<String> nouns(List<Token> tokens) {
    Set<String> out = new TreeSet<>();
    for (var t : tokens) {
      if (t.tag().equals("NOUN") || t.tag().equals("PROPN")) {
        out.add(t.lemma().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** The lemma of the noun right after ({@code step} 1) or before (-1) the first {@code lemma}, or null. */
  private static String neighbour(List<Token> tokens, String lemma, int step) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).lemma().toLowerCase(Locale.ROOT).equals(lemma)) {
        int j = i + step;
        if (j < 0 || j >= tokens.size()) {
          return null;
        }
        var t = tokens.get(j);
        return t.tag().equals("NOUN") || t.tag().equals("PROPN") ? t.lemma().toLowerCase(Locale.ROOT) : null;
      }
    }
    return null;
  }

  /** A plain number or a range of them, which may state one count. */
  private static boolean countable(QuantityKind k) {
    return k == QuantityKind.NUMBER || k == QuantityKind.RANGE;
  }

  /** A figure that counts or measures: not a date, a time or an ordinal, nor "one" (mostly a pronoun). */
  private static boolean figure(QuantityMention q) {
    return q.numeric() && q.reading() != null && !(q.kind() == QuantityKind.NUMBER && Double.valueOf(1).equals(q.value()));
  }

  /** A measure the lexicon names (deaths, arrests, ...), as opposed to a counted noun. */
  private static boolean named(String measure) {
    return measure != null && dev.parallax.analysis.lexicon.MeasureLexicon.shared().is("measures", measure);
  }

  private static QuantityMention mention(AlignableClaim c, QuantityFrame f) {
    for (QuantityMention q : c.claim().quantities()) {
      if (q.start() == f.start()) {
        return q;
      }
    }
    return null;
  }

  /**
   * Why a pair is about one fact beyond a close score, or null: the same who-did-what, a share of the
   * same words, a close meaning, the same date, the same figure, or an actor few other claims name.
   */
  private static String anchor(ClaimPair p, Thresholds th, Map<String, Integer> entityCounts, int claims) {
    if (p.frameMatch() != null) {
      return "the same who-did-what (" + p.frameMatch() + ")";
    }
    if (p.lexical() >= th.anchorWords()) {
      return "a good share of the same words";
    }
    if (p.similarity() >= th.anchorMeaning()) {
      return "a close meaning";
    }
    String date = sharedDate(p.a(), p.b());
    if (date != null) {
      return "the same date (" + date + ")";
    }
    String figure = sharedFigure(p.a(), p.b());
    if (figure != null) {
      return "the same figure (" + figure + ")";
    }
    for (String e : p.sharedEntities()) {
      if (entityCounts.getOrDefault(e, 0) <= Math.max(3, RARE_ENTITY * claims)) {
        return "an actor few claims name (" + e + ")";
      }
    }
    return null;
  }

  /** Two denials by one party of one kind of thing ("Ukraine denied involvement" told by two outlets). */
  private static boolean sameDenial(ClaimPair p, VerdictContext context) {
    Denial a = context.denial(p.a());
    Denial b = context.denial(p.b());
    return a != null && b != null && a.kind() == b.kind() && !java.util.Collections.disjoint(a.party(), b.party())
        && p.score() >= 0.2;
  }

  /**
   * A figure both claims give that is unlikely to match by chance: the same unit, readings that meet,
   * and a value of at least {@value #DISTINCTIVE} that is not a year ("$5.6 billion", "2,700", "165").
   */
  static final int DISTINCTIVE = 20;

  private static String figureKey(AlignableClaim a, AlignableClaim b) {
    QuantityMention q = distinctiveMention(a, b);
    return q == null ? null : q.kind() + " " + Wording.decimal(q.value()) + " " + q.unit();
  }

  private static QuantityMention distinctiveMention(AlignableClaim a, AlignableClaim b) {
    for (QuantityMention qa : a.claim().quantities()) {
      for (QuantityMention qb : b.claim().quantities()) {
        if (!qa.numeric() || !qb.numeric() || qa.value() == null || qb.value() == null || qa.kind() != qb.kind()
            || !java.util.Objects.equals(qa.unit(), qb.unit()) || Math.abs(qa.value()) < DISTINCTIVE
            || qa.kind() == QuantityKind.NUMBER && qa.value() >= 1900 && qa.value() <= 2100 && qa.value() % 1 == 0
            || Compatibility.valueGap(qa, qb) > 0.02 || !Compatibility.compatible(qa, qb)) {
          continue;
        }
        return qa;
      }
    }
    return null;
  }

  private static String sharedDate(AlignableClaim a, AlignableClaim b) {
    Set<String> dates = new HashSet<>();
    for (QuantityMention q : a.claim().quantities()) {
      if (q.kind() == QuantityKind.DATE && q.date() != null) {
        dates.add(q.date());
      }
    }
    for (QuantityMention q : b.claim().quantities()) {
      if (q.kind() == QuantityKind.DATE && q.date() != null && dates.contains(q.date())) {
        return q.text();
      }
    }
    return null;
  }

  private static String sharedFigure(AlignableClaim a, AlignableClaim b) {
    for (QuantityMention qa : a.claim().quantities()) {
      for (QuantityMention qb : b.claim().quantities()) {
        if (qa.numeric() && qb.numeric() && qa.value() != null && qa.value().equals(qb.value())
            && qa.kind() == qb.kind() && qa.value() != 1) {
          return qa.text();
        }
      }
    }
    return null;
  }

  /** Pairs are ranked per claim segment and per other article: a claim may state two facts. */
  private static String rankKey(AlignableClaim c, int segment, AlignableClaim other) {
    return c.id() + "#" + segment + ">" + other.articleId();
  }

  /** 1 for the best score in the list, 2 for the second best, ... (ties share a rank). */
  private static int rank(List<Double> sortedDescending, double s) {
    int r = 1;
    for (double x : sortedDescending) {
      if (x > s) {
        r++;
      }
    }
    return r;
  }

  /**
   * Agreeing pairs, strongest first, grouped into facts: a pair joins the fact of a claim it shares,
   * and two facts found apart become one only through a pair strong enough on its own
   * ({@link Thresholds#agreement()}), so a chain of loose matches cannot drift. A fact holds at most
   * {@value #MAX_GROUP} clauses.
   */
  private static List<List<ClaimPair>> group(List<ClaimPair> accepted, Map<ClaimPair, String> figureOnly, Thresholds th) {
    Map<String, Integer> groupOf = new HashMap<>();
    List<List<ClaimPair>> groups = new ArrayList<>();
    List<Set<String>> nodes = new ArrayList<>();
    for (ClaimPair p : accepted) {
      // a claim that gives several figures ("2,700 buildings damaged ... totals $5.6 billion") can
      // agree with one outlet on one figure and with another on the other: a pair that agrees only on
      // a figure joins the fact of that figure, not the claim's other facts
      String figure = figureOnly.get(p);
      String na = p.a().id() + "#" + (figure != null ? "figure " + figure : p.segmentA());
      String nb = p.b().id() + "#" + (figure != null ? "figure " + figure : p.segmentB());
      Integer ga = groupOf.get(na);
      Integer gb = groupOf.get(nb);
      if (ga == null && gb == null) {
        groups.add(new ArrayList<>(List.of(p)));
        nodes.add(new LinkedHashSet<>(List.of(na, nb)));
        groupOf.put(na, groups.size() - 1);
        groupOf.put(nb, groups.size() - 1);
      } else if (ga != null && gb != null) {
        if (ga.equals(gb)) {
          groups.get(ga).add(p);
        } else if (p.score() >= th.agreement() && nodes.get(ga).size() + nodes.get(gb).size() <= MAX_GROUP) {
          int keep = Math.min(ga, gb);
          int gone = Math.max(ga, gb);
          for (String n : nodes.get(gone)) {
            groupOf.put(n, keep);
          }
          nodes.get(keep).addAll(nodes.get(gone));
          groups.get(keep).addAll(groups.get(gone));
          groups.get(keep).add(p);
          nodes.get(gone).clear();
          groups.get(gone).clear();
        }
      } else {
        int g = ga != null ? ga : gb;
        String n = ga != null ? nb : na;
        if (nodes.get(g).size() < MAX_GROUP) {
          nodes.get(g).add(n);
          groupOf.put(n, g);
          groups.get(g).add(p);
        }
      }
    }
    List<List<ClaimPair>> out = new ArrayList<>();
    for (List<ClaimPair> g : groups) {
      if (!g.isEmpty()) {
        out.add(g);
      }
    }
    return out;
  }

  private static List<Draft> drafts(
      List<List<ClaimPair>> groups, VerdictContext context, Thresholds th, Map<String, Integer> entityCounts,
      int claimCount) {
    List<Draft> out = new ArrayList<>();
    for (List<ClaimPair> pairs : groups) {
      List<AlignableClaim> claims = new ArrayList<>();
      for (ClaimPair p : pairs) {
        if (!claims.contains(p.a())) {
          claims.add(p.a());
        }
        if (!claims.contains(p.b())) {
          claims.add(p.b());
        }
      }
      int voices = context.voices().count(claims);
      if (voices < 2) {
        continue;
      }
      double best = 0;
      List<String> reasons = new ArrayList<>();
      TreeSet<String> sharedEntities = new TreeSet<>();
      List<Evidence> cues = new ArrayList<>();
      for (ClaimPair p : pairs) {
        best = Math.max(best, p.score());
        sharedEntities.addAll(p.sharedEntities());
        String anchor = anchor(p, th, entityCounts, claimCount);
        reasons.add(Wording.outlet(p.a()) + " and " + Wording.outlet(p.b()) + ": score " + Wording.decimal(p.score())
            + " (sentence similarity " + Wording.decimal(p.cosine()) + ", best clause "
            + Wording.decimal(p.clauseCosine()) + ", shared words " + Wording.percent(p.lexical())
            + (anchor != null ? "; " + anchor : "") + ")");
      }
      if (!sharedEntities.isEmpty()) {
        reasons.add("both name " + String.join(", ", sharedEntities));
      }
      for (AlignableClaim c : claims) {
        for (String lemma : sharedLemmas(pairs)) {
          Evidence e = Cues.word(c, lemma, "shared word");
          if (e != null) {
            cues.add(e);
          }
        }
      }
      List<String> caveats = new ArrayList<>();
      if (voices < claims.size()) {
        caveats.add("Some of these claims come from the same outlet or the same copy; they count as " + voices
            + (voices == 1 ? " voice." : " voices."));
      }
      for (AlignableClaim c : claims) {
        if (c.claim().attribution() != null) {
          caveats.add(Wording.outlet(c) + " attributes it to " + c.claim().attribution().speaker() + ".");
        }
      }
      String explanation = Wording.outlets(claims) + " report the same fact: " + quotes(claims) + ".";
      double confidence = Math.min(0.95, 0.4 + 0.6 * best);
      out.add(new Draft(FindingKind.AGREEMENT, Topics.of(claims), claims, confidence, explanation, caveats, reasons,
          List.of(), null, voices, cues));
    }
    return out;
  }

  private static Set<String> sharedLemmas(List<ClaimPair> pairs) {
    Set<String> out = new TreeSet<>();
    for (ClaimPair p : pairs) {
      out.addAll(p.sharedLemmas());
    }
    return out;
  }

  private static String quotes(List<AlignableClaim> claims) {
    List<String> parts = new ArrayList<>();
    for (AlignableClaim c : claims) {
      parts.add("\"" + Wording.quote(c.claim().text(), 80) + "\" (" + Wording.outlet(c) + ")");
    }
    return String.join("; ", parts);
  }
}
