package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimPair;
import dev.parallax.model.FindingKind;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Claims from two or more outlets that state one fact.
 *
 * <p>A pair agrees when it has the same polarity, is not already a discrepancy, contradiction or
 * dispute, and its strength (pair score, plus a bonus when the claims give the same date or numbers
 * that agree) is high, or fairly high and each claim is among the other's {@value #RANK} best matches
 * in its article.
 * Agreeing pairs are grouped, strongest first, into components of agreeing clauses (two components
 * that a strong pair joins become one, up to {@value #MAX_GROUP} clauses), so that each fact becomes
 * one finding however many outlets tell it. A group never holds two claims that an earlier finding
 * sets against each other (a discrepancy, a contradiction, a dispute).
 */
final class AgreementRule {
  static final double STRONG = 0.80;
  static final double RANKED = 0.50;
  static final int RANK = 2;
  private static final double ANCHOR_WORDS = 0.25;
  private static final double ANCHOR_MEANING = 0.65;
  private static final double RARE_ENTITY = 0.10;
  static final int MAX_GROUP = 40;
  private static final double DATE_BONUS = 0.10;
  private static final double NUMBER_BONUS = 0.10;

  private final Voices voices;
  private final NumericRule numeric;

  AgreementRule(Voices voices, NumericRule numeric) {
    this.voices = voices;
    this.numeric = numeric;
  }

  List<Draft> apply(List<ClaimPair> pairs, List<Draft> earlier) {
    // For each claim, the claims an earlier finding (a discrepancy, contradiction or dispute) holds it with.
    Map<String, Set<String>> against = new HashMap<>();
    for (Draft d : earlier) {
      for (AlignableClaim x : d.claims()) {
        for (AlignableClaim y : d.claims()) {
          against.computeIfAbsent(x.id(), k -> new HashSet<>()).add(y.id());
        }
      }
    }
    Map<String, Integer> entityCounts = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (ClaimPair p : pairs) {
      for (AlignableClaim c : List.of(p.a(), p.b())) {
        if (seen.add(c.id())) {
          for (String e : c.entityIds()) {
            entityCounts.merge(e, 1, Integer::sum);
          }
        }
      }
    }
    int claimCount = seen.size();
    Map<String, List<Double>> ranked = new HashMap<>();
    // By identity: a pair's record hash walks its claims, tokens and vectors.
    Map<ClaimPair, Double> strength = new IdentityHashMap<>();
    for (ClaimPair p : pairs) {
      double s = strength(p);
      strength.put(p, s);
      ranked.computeIfAbsent(rankKey(p.a(), p.segmentA(), p.b()), k -> new ArrayList<>()).add(s);
      ranked.computeIfAbsent(rankKey(p.b(), p.segmentB(), p.a()), k -> new ArrayList<>()).add(s);
    }
    for (List<Double> l : ranked.values()) {
      l.sort(Comparator.reverseOrder());
    }
    List<ClaimPair> accepted = new ArrayList<>();
    for (ClaimPair p : pairs) {
      double s = strength.get(p);
      if (p.a().claim().polarity() != p.b().claim().polarity() || numeric.discrepant(p)
          || conflict(List.of(p.a()), List.of(p.b()), against) || voices.reprints(p.a(), p.b())) {
        continue;
      }
      int rankA = rank(ranked.get(rankKey(p.a(), p.segmentA(), p.b())), s);
      int rankB = rank(ranked.get(rankKey(p.b(), p.segmentB(), p.a())), s);
      boolean near = Math.max(rankA, rankB) <= RANK;
      if (s >= STRONG || s >= RANKED && near && anchored(p, entityCounts, claimCount)) {
        accepted.add(p);
      }
    }
    accepted.sort(Comparator.comparingDouble((ClaimPair p) -> -strength.get(p))
        .thenComparing(p -> p.a().id()).thenComparing(p -> p.b().id()));
    // Grouping: the segments that agree form connected components, one fact each, so that the same
    // fact told by many outlets, or twice by one, is one finding. Components stop growing at
    // MAX_GROUP segments, strongest pairs first, so that a chain of loose matches cannot drift.
    Map<String, Integer> groupOf = new HashMap<>();
    List<List<AlignableClaim>> groups = new ArrayList<>();
    List<List<ClaimPair>> groupPairs = new ArrayList<>();
    List<Set<String>> groupNodes = new ArrayList<>();
    for (ClaimPair p : accepted) {
      String na = p.a().id() + "#" + p.segmentA();
      String nb = p.b().id() + "#" + p.segmentB();
      Integer ga = groupOf.get(na);
      Integer gb = groupOf.get(nb);
      if (ga == null && gb == null) {
        groups.add(new ArrayList<>(List.of(p.a(), p.b())));
        groupPairs.add(new ArrayList<>(List.of(p)));
        groupNodes.add(new HashSet<>(List.of(na, nb)));
        groupOf.put(na, groups.size() - 1);
        groupOf.put(nb, groups.size() - 1);
      } else if (ga != null && gb != null) {
        if (ga.equals(gb)) {
          groupPairs.get(ga).add(p);
        } else if (strength.get(p) >= STRONG && groupNodes.get(ga).size() + groupNodes.get(gb).size() <= MAX_GROUP
            && !conflict(groups.get(ga), groups.get(gb), against)) {
          // A strong pair joins two facts found apart: they are one (the lower group takes the other in).
          int keep = Math.min(ga, gb);
          int gone = Math.max(ga, gb);
          for (String node : groupNodes.get(gone)) {
            groupOf.put(node, keep);
          }
          groupNodes.get(keep).addAll(groupNodes.get(gone));
          for (AlignableClaim c : groups.get(gone)) {
            if (!groups.get(keep).contains(c)) {
              groups.get(keep).add(c);
            }
          }
          groupPairs.get(keep).addAll(groupPairs.get(gone));
          groupPairs.get(keep).add(p);
          groupNodes.get(gone).clear();
          groups.get(gone).clear();
          groupPairs.get(gone).clear();
        }
      } else {
        int g = ga != null ? ga : gb;
        String node = ga != null ? nb : na;
        AlignableClaim claim = ga != null ? p.b() : p.a();
        if (groupNodes.get(g).size() < MAX_GROUP && !conflict(groups.get(g), List.of(claim), against)) {
          groupNodes.get(g).add(node);
          groupOf.put(node, g);
          if (!groups.get(g).contains(claim)) {
            groups.get(g).add(claim);
          }
          groupPairs.get(g).add(p);
        }
      }
    }
    List<Draft> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      // An agreement is between outlets: claims of one outlet (or of reprints of one copy) agreeing
      // with each other are one voice, not a finding.
      if (!groups.get(g).isEmpty() && voices.count(groups.get(g)) >= 2) {
        out.add(draft(groups.get(g), groupPairs.get(g), strength));
      }
    }
    return out;
  }

  /** Whether a claim of one group is already set against a claim of the other (a discrepancy, say). */
  private static boolean conflict(List<AlignableClaim> x, List<AlignableClaim> y, Map<String, Set<String>> against) {
    for (AlignableClaim a : x) {
      Set<String> opposed = against.get(a.id());
      if (opposed != null) {
        for (AlignableClaim b : y) {
          if (opposed.contains(b.id())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Pairs are ranked per claim segment: a claim that states two facts ("X is recognised as the border,
   * but Pakistan has fenced it") may agree with two claims of one article.
   */
  private static String rankKey(AlignableClaim c, int segment, AlignableClaim other) {
    return c.id() + "#" + segment + ">" + other.articleId();
  }

  /**
   * Meaning alone is not enough in one story, where every sentence is about the same actors: a pair
   * also needs an anchor. The same who-did-what, a good share of the same words, the same date,
   * numbers that agree, an actor few other claims name, or a very close meaning.
   */
  private boolean anchored(ClaimPair p, Map<String, Integer> entityCounts, int claims) {
    if (p.frameMatch() != null || p.lexical() >= ANCHOR_WORDS || p.cosine() >= ANCHOR_MEANING
        || sharedDate(p.a(), p.b()) || numeric.numbersAgree(p)) {
      return true;
    }
    int rare = 0;
    for (String e : p.sharedEntities()) {
      if (entityCounts.getOrDefault(e, 0) <= Math.max(3, RARE_ENTITY * claims)) {
        rare++;
      }
    }
    return rare >= 1;
  }

  /** 1 for the best score in the list, 2 for the second best, ... */
  private static int rank(List<Double> sortedDescending, double s) {
    int r = 1;
    for (double x : sortedDescending) {
      if (x > s) {
        r++;
      }
    }
    return r;
  }

  double strength(ClaimPair p) {
    double s = p.score();
    if (sharedDate(p.a(), p.b())) {
      s += DATE_BONUS;
    }
    if (numeric.numbersAgree(p)) {
      s += NUMBER_BONUS;
    }
    return s;
  }

  private static boolean sharedDate(AlignableClaim a, AlignableClaim b) {
    Set<String> dates = new HashSet<>();
    for (QuantityMention q : a.claim().quantities()) {
      if (q.kind() == QuantityKind.DATE && q.date() != null) {
        dates.add(q.date());
      }
    }
    for (QuantityMention q : b.claim().quantities()) {
      if (q.kind() == QuantityKind.DATE && q.date() != null && dates.contains(q.date())) {
        return true;
      }
    }
    return false;
  }

  private Draft draft(List<AlignableClaim> claims, List<ClaimPair> pairs, Map<ClaimPair, Double> strength) {
    double best = 0;
    TreeSet<String> sharedEntities = new TreeSet<>();
    TreeSet<String> sharedLemmas = new TreeSet<>();
    List<String> reasons = new ArrayList<>();
    for (ClaimPair p : pairs) {
      double s = strength.get(p);
      best = Math.max(best, s);
      sharedEntities.addAll(p.sharedEntities());
      sharedLemmas.addAll(p.sharedLemmas());
      reasons.add(Wording.outlet(p.a()) + " and " + Wording.outlet(p.b()) + ": sentence similarity "
          + Wording.decimal(p.cosine()) + ", best clause " + Wording.decimal(p.clauseCosine()) + ", word overlap "
          + Wording.percent(p.lexical()) + (sharedDate(p.a(), p.b()) ? ", the same date" : "")
          + (numeric.numbersAgree(p) ? ", numbers that agree" : ""));
    }
    if (!sharedEntities.isEmpty()) {
      reasons.add("both name " + String.join(", ", sharedEntities));
    }
    int voiceCount = voices.count(claims);
    List<String> caveats = new ArrayList<>();
    if (voiceCount < claims.size()) {
      caveats.add("Some of these articles come from the same outlet or carry the same copy; they count as "
          + voiceCount + (voiceCount == 1 ? " voice." : " voices."));
    }
    for (AlignableClaim c : claims) {
      if (c.claim().attribution() != null) {
        caveats.add(Wording.outlet(c) + " attributes it to " + c.claim().attribution().speaker() + ".");
      }
    }
    String topic = topic(sharedLemmas, claims.get(0));
    String explanation =
        Wording.outlets(claims) + " report the same fact: " + quotes(claims) + ".";
    double confidence = Math.min(0.95, 0.3 + 0.5 * Math.min(1, best - 0.3));
    return new Draft(FindingKind.AGREEMENT, topic, claims, confidence, explanation, caveats, reasons, List.of(), null,
        voiceCount);
  }

  private static String quotes(List<AlignableClaim> claims) {
    List<String> parts = new ArrayList<>();
    for (AlignableClaim c : claims) {
      parts.add("\"" + Wording.quote(c.claim().text(), 80) + "\" (" + Wording.outlet(c) + ")");
    }
    return String.join("; ", parts);
  }

  private static String topic(Set<String> lemmas, AlignableClaim first) {
    if (!lemmas.isEmpty()) {
      List<String> l = new ArrayList<>(lemmas);
      return String.join(", ", l.subList(0, Math.min(4, l.size())));
    }
    return Objects.requireNonNullElse(first.claim().proposition().predicate(), "same fact");
  }
}
