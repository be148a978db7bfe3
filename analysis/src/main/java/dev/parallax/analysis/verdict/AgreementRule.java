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
import java.util.LinkedHashMap;
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
 * that agree) is high, or fairly high and each claim is the other's best match in its article.
 * Agreeing pairs are grouped, strongest first, so that each fact becomes one finding with at most one
 * claim per article.
 */
final class AgreementRule {
  static final double STRONG = 0.80;
  static final double MUTUAL = 0.62;
  private static final double DATE_BONUS = 0.10;
  private static final double NUMBER_BONUS = 0.10;

  private final Voices voices;
  private final NumericRule numeric;

  AgreementRule(Voices voices, NumericRule numeric) {
    this.voices = voices;
    this.numeric = numeric;
  }

  List<Draft> apply(List<ClaimPair> pairs, List<Draft> earlier) {
    Set<String> taken = new HashSet<>();
    for (Draft d : earlier) {
      for (int i = 0; i < d.claims().size(); i++) {
        for (int j = 0; j < d.claims().size(); j++) {
          taken.add(d.claims().get(i).id() + "|" + d.claims().get(j).id());
        }
      }
    }
    Map<String, Double> best = new HashMap<>();
    Map<ClaimPair, Double> strength = new LinkedHashMap<>();
    for (ClaimPair p : pairs) {
      double s = strength(p);
      strength.put(p, s);
      best.merge(p.a().id() + ">" + p.b().articleId(), s, Math::max);
      best.merge(p.b().id() + ">" + p.a().articleId(), s, Math::max);
    }
    List<ClaimPair> accepted = new ArrayList<>();
    for (ClaimPair p : pairs) {
      double s = strength.get(p);
      if (p.a().claim().polarity() != p.b().claim().polarity() || numeric.discrepant(p)
          || taken.contains(p.a().id() + "|" + p.b().id()) || voices.reprints(p.a(), p.b())) {
        continue;
      }
      boolean mutual = s >= best.get(p.a().id() + ">" + p.b().articleId())
          && s >= best.get(p.b().id() + ">" + p.a().articleId());
      if (s >= STRONG || s >= MUTUAL && mutual) {
        accepted.add(p);
      }
    }
    accepted.sort(Comparator.comparingDouble((ClaimPair p) -> -strength.get(p))
        .thenComparing(p -> p.a().id()).thenComparing(p -> p.b().id()));
    // Greedy grouping: a claim joins one group; a group holds one claim per article.
    Map<String, Integer> groupOf = new HashMap<>();
    List<List<AlignableClaim>> groups = new ArrayList<>();
    List<List<ClaimPair>> groupPairs = new ArrayList<>();
    for (ClaimPair p : accepted) {
      Integer ga = groupOf.get(p.a().id());
      Integer gb = groupOf.get(p.b().id());
      if (ga == null && gb == null) {
        groups.add(new ArrayList<>(List.of(p.a(), p.b())));
        groupPairs.add(new ArrayList<>(List.of(p)));
        groupOf.put(p.a().id(), groups.size() - 1);
        groupOf.put(p.b().id(), groups.size() - 1);
      } else if (ga != null && gb == null && !hasArticle(groups.get(ga), p.b().articleId())) {
        groups.get(ga).add(p.b());
        groupPairs.get(ga).add(p);
        groupOf.put(p.b().id(), ga);
      } else if (gb != null && ga == null && !hasArticle(groups.get(gb), p.a().articleId())) {
        groups.get(gb).add(p.a());
        groupPairs.get(gb).add(p);
        groupOf.put(p.a().id(), gb);
      }
    }
    List<Draft> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      out.add(draft(groups.get(g), groupPairs.get(g), strength));
    }
    return out;
  }

  private static boolean hasArticle(List<AlignableClaim> group, String articleId) {
    return group.stream().anyMatch(c -> c.articleId().equals(articleId));
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
    double confidence = Math.min(0.95, 0.4 + 0.5 * Math.min(1, best - 0.3));
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
