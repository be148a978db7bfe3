package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimPair;
import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.semantic.Thesaurus;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Claims from different outlets that cannot both be true.
 *
 * <ul>
 *   <li><b>Opposite polarity</b>: the same main predicate, asserted by one and negated by the other
 *       ("policy has not changed" / "much has changed"), where the two are about the same subject:
 *       aligned closely, or one subject is vague ("much", "nothing") and the claims' surroundings name
 *       the same actors.
 *   <li><b>Antonyms</b>: aligned claims with the same polarity whose predicates are WordNet antonyms
 *       ("increase" / "decrease", "accept" / "reject") and that name a common actor.
 * </ul>
 *
 * Hedged and prescriptive claims are left out: "may rise" does not contradict "fell".
 */
final class ContradictionRule implements FindingRule {
  private static final double ALIGNED = 0.55;
  private static final double ALIGNED_SCORE = 0.70;
  private static final double ANTONYM_ALIGNED = 0.45;

  private static final Set<String> LIGHT =
      Set.of("be", "have", "do", "say", "make", "take", "get", "go", "become", "come", "give", "see", "know",
          "think", "want", "use", "include", "continue", "seem", "appear", "need", "try", "remain", "show", "tell",
          "call", "add", "believe", "find", "put", "keep", "let", "begin", "mean", "hold", "bring", "write", "ask");
  private static final Set<String> VAGUE =
      Set.of("much", "nothing", "little", "everything", "things", "a lot", "lot", "something", "all", "little has");

  private Thesaurus thesaurus;
  private Voices voices;

  @Override
  public List<Draft> apply(VerdictContext context) {
    this.thesaurus = context.thesaurus();
    this.voices = context.voices();
    List<AlignableClaim> claims = context.claims();
    List<ClaimPair> pairs = context.pairs();
    List<Draft> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    Map<String, ClaimPair> aligned = new HashMap<>();
    for (ClaimPair p : pairs) {
      aligned.put(p.a().id() + "|" + p.b().id(), p);
    }
    Map<String, List<AlignableClaim>> byPredicate = new LinkedHashMap<>();
    for (AlignableClaim c : claims) {
      String verb = verb(c);
      if (verb != null && eligible(c)) {
        byPredicate.computeIfAbsent(verb, k -> new ArrayList<>()).add(c);
      }
    }
    for (Map.Entry<String, List<AlignableClaim>> e : byPredicate.entrySet()) {
      List<AlignableClaim> group = e.getValue();
      if (group.size() > 200) {
        continue; // a predicate this common says nothing about a pair
      }
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          AlignableClaim a = group.get(i);
          AlignableClaim b = group.get(j);
          if (a.articleId().equals(b.articleId()) || voices.reprints(a, b)
              || a.claim().polarity() == b.claim().polarity()) {
            continue;
          }
          ClaimPair p = aligned.get(a.id() + "|" + b.id());
          double similarity = p == null ? 0 : Math.max(p.cosine(), p.clauseCosine());
          boolean vague = vague(a) || vague(b);
          Set<String> shared = new HashSet<>(a.context());
          shared.retainAll(b.context());
          boolean close = similarity >= ALIGNED || p != null && (p.score() >= ALIGNED_SCORE || p.frameMatch() != null);
          if (close || vague && !shared.isEmpty()) {
            String key = a.id() + "|" + b.id();
            if (done.add(key)) {
              out.add(polarityDraft(a, b, e.getKey(), similarity, vague, shared));
            }
          }
        }
      }
    }
    for (ClaimPair p : pairs) {
      AlignableClaim a = p.a();
      AlignableClaim b = p.b();
      if (Math.max(p.cosine(), p.clauseCosine()) < ANTONYM_ALIGNED || p.sharedEntities().isEmpty() && !sameSubject(a, b)
          || !eligible(a) || !eligible(b) || a.claim().polarity() != b.claim().polarity() || voices.reprints(a, b)
          || done.contains(a.id() + "|" + b.id())) {
        continue;
      }
      String va = verb(a);
      String vb = verb(b);
      if (va == null || vb == null || va.equals(vb)) {
        continue;
      }
      if (thesaurus.antonyms(va, WordClass.VERB).contains(vb) || thesaurus.antonyms(va, WordClass.ADJECTIVE).contains(vb)) {
        done.add(a.id() + "|" + b.id());
        out.add(new Draft(FindingKind.CONTRADICTION, va + " / " + vb, List.of(a, b), 0.5 + 0.3 * p.score(),
            Wording.outlet(a) + " says \"" + Wording.quote(a.claim().text(), 90) + "\" while " + Wording.outlet(b)
                + " says \"" + Wording.quote(b.claim().text(), 90) + "\": '" + va + "' and '" + vb
                + "' are opposites.",
            List.of("Opposite words can describe different moments or places; check the time frames."),
            List.of("'" + va + "' and '" + vb + "' are antonyms in WordNet", "the claims are aligned: similarity "
                + Wording.decimal(Math.max(p.cosine(), p.clauseCosine())),
                p.sharedEntities().isEmpty() ? "the subjects are the same" : "both name " + String.join(", ", p.sharedEntities())),
            List.of(), null, voices.count(List.of(a, b))));
      }
    }
    return merge(out);
  }

  /**
   * One contradiction told by many articles (copies of the same statement on either side) is one
   * finding: drafts about the same opposition (the same topic) that share a claim are merged, and the
   * strongest pair speaks for the group.
   */
  private List<Draft> merge(List<Draft> drafts) {
    int n = drafts.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstWithClaim = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (AlignableClaim c : drafts.get(i).claims()) {
        String key = drafts.get(i).topic() + "\u0000" + c.id();
        Integer other = firstWithClaim.putIfAbsent(key, i);
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
      java.util.LinkedHashSet<AlignableClaim> all = new java.util.LinkedHashSet<>();
      for (Draft d : group) {
        all.addAll(d.claims());
        if (d.confidence() > best.confidence()) {
          best = d;
        }
      }
      List<AlignableClaim> members = new ArrayList<>(all);
      List<String> reasons = new ArrayList<>(best.reasons());
      reasons.add(members.size() + " claims from " + voices.count(members)
          + " outlets take one side or the other; the two quoted are the closest pair");
      out.add(new Draft(best.kind(), best.topic(), members, best.confidence(), best.explanation(), best.caveats(),
          reasons, best.values(), best.relativeGap(), voices.count(members)));
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

  private Draft polarityDraft(
      AlignableClaim a, AlignableClaim b, String verb, double similarity, boolean vague, Set<String> shared) {
    AlignableClaim neg = a.claim().polarity() == Polarity.NEGATED ? a : b;
    AlignableClaim pos = neg == a ? b : a;
    List<String> reasons = new ArrayList<>();
    reasons.add("both claims turn on the verb '" + verb + "'");
    reasons.add(Wording.outlet(neg) + "'s claim is negated; " + Wording.outlet(pos) + "'s is not");
    if (!vague || similarity >= ALIGNED) {
      reasons.add("the claims are aligned: similarity " + Wording.decimal(similarity));
    } else {
      reasons.add("one subject is vague, and the sentences around both name " + String.join(", ", new java.util.TreeSet<>(shared)));
    }
    List<String> caveats = new ArrayList<>();
    if (vague) {
      caveats.add("One claim has a vague subject; check that both speak of the same thing.");
    }
    if (a.claim().attribution() != null || b.claim().attribution() != null) {
      caveats.add("At least one side is attributed to a source rather than stated by the outlet.");
    }
    return new Draft(FindingKind.CONTRADICTION, "whether it " + verb + (verb.endsWith("e") ? "d" : "ed"), List.of(a, b),
        (vague ? 0.45 : 0.55) + 0.3 * similarity,
        Wording.outlet(pos) + " says \"" + Wording.excerpt(pos.claim().text(), surface(pos, verb), 110) + "\", but "
            + Wording.outlet(neg) + " says \"" + Wording.excerpt(neg.claim().text(), surface(neg, verb), 110) + "\".",
        caveats, reasons, List.of(), null, voices.count(List.of(a, b)));
  }

  /** The word of the claim whose lemma is {@code lemma}, as written, or null. */
  private static String surface(AlignableClaim c, String lemma) {
    for (var t : c.tokens()) {
      if (t.lemma().equalsIgnoreCase(lemma)) {
        return t.text();
      }
    }
    return null;
  }

  /** The subjects share a noun: "Turnout rose" / "Turnout fell". */
  private static boolean sameSubject(AlignableClaim a, AlignableClaim b) {
    String sa = a.claim().proposition().subject();
    String sb = b.claim().proposition().subject();
    if (sa == null || sb == null) {
      return false;
    }
    Set<String> wa = new HashSet<>(List.of(sa.toLowerCase(Locale.ROOT).split("\\W+")));
    wa.retainAll(List.of(sb.toLowerCase(Locale.ROOT).split("\\W+")));
    wa.removeAll(Set.of("", "the", "a", "an", "of", "in", "its", "their"));
    return !wa.isEmpty();
  }

  private static boolean eligible(AlignableClaim c) {
    Modality m = c.claim().modality();
    return m == Modality.ASSERTED || m == Modality.REPORTED;
  }

  /** The main predicate's verb lemma, without a copula's complement. */
  private static String verb(AlignableClaim c) {
    String p = c.claim().proposition().predicate();
    if (p == null) {
      return null;
    }
    String v = p.startsWith("be ") ? p.substring(3) : p;
    v = v.toLowerCase(Locale.ROOT);
    return LIGHT.contains(v) || v.contains(" ") && LIGHT.contains(v.substring(0, v.indexOf(' '))) ? null : v;
  }

  private static boolean vague(AlignableClaim c) {
    String s = c.claim().proposition().subject();
    return s != null && VAGUE.contains(s.toLowerCase(Locale.ROOT).strip());
  }
}
