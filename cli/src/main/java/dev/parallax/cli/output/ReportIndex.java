package dev.parallax.cli.output;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import dev.parallax.charts.OutletPalette;
import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.InputStatus;
import dev.parallax.model.OutletProfile;
import dev.parallax.model.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lookups the writers share over one report: articles and claims by id, which findings cite a
 * claim, the outlets in a fixed order with their registry context, and the findings worth checking
 * first. Built once per report; immutable after construction.
 */
final class ReportIndex {
  final Report report;
  final OutletPalette palette;
  private final Map<String, Article> articles = new HashMap<>();
  private final Map<String, Claim> claims = new HashMap<>();
  private final Map<String, OutletProfile> profiles = new HashMap<>();
  private final ImmutableListMultimap<String, Finding> findingsOfClaim;
  private final ImmutableListMultimap<String, Article> articlesOfOutlet;
  private final ImmutableListMultimap<String, Claim> claimsOfArticle;
  private final ImmutableListMultimap<FindingKind, Finding> findingsOfKind;
  private final List<String> outlets;
  private final Map<Finding, List<String>> outletsOfFinding = new java.util.IdentityHashMap<>();
  private final Map<String, Integer> findingsOfOutlet = new HashMap<>();

  ReportIndex(Report report) {
    this.report = report;
    this.palette = new OutletPalette(report);
    for (Article a : report.articles()) {
      articles.put(a.id(), a);
    }
    for (Claim c : report.claims()) {
      claims.put(c.id(), c);
    }
    articlesOfOutlet = Multimaps.index(report.articles(), OutletPalette::outletOf);
    claimsOfArticle = Multimaps.index(report.claims(), Claim::articleId);
    findingsOfKind = Multimaps.index(report.findings(), Finding::kind);
    ImmutableListMultimap.Builder<String, Finding> ofClaim = ImmutableListMultimap.builder();
    for (Finding f : report.findings()) {
      for (String id : f.claimIds()) {
        ofClaim.put(id, f);
      }
    }
    findingsOfClaim = ofClaim.build();
    for (OutletProfile p : report.outlets()) {
      profiles.put(p.name(), p);
    }
    // worked out once: the writers ask for each outlet and each finding, which for a story of
    // thousands of articles would otherwise cost the square of the outlets per finding
    this.outlets = palette.outlets();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < outlets.size(); i++) {
      position.put(outlets.get(i), i);
    }
    for (Finding f : report.findings()) {
      Set<String> in = new LinkedHashSet<>();
      for (String id : f.claimIds()) {
        in.add(outletOf(claim(id)));
      }
      outletsOfFinding.put(f, in.stream()
          .sorted(java.util.Comparator.comparingInt((String o) -> position.getOrDefault(o, Integer.MAX_VALUE)))
          .toList());
      in.forEach(o -> findingsOfOutlet.merge(o, 1, Integer::sum));
    }
  }

  /** How many findings rest on a claim of {@code outlet}. */
  int findingCount(String outlet) {
    return findingsOfOutlet.getOrDefault(outlet, 0);
  }

  Article article(String id) {
    Article a = articles.get(id);
    if (a == null) {
      throw new IllegalArgumentException("no article " + id);
    }
    return a;
  }

  Claim claim(String id) {
    Claim c = claims.get(id);
    if (c == null) {
      throw new IllegalArgumentException("no claim " + id);
    }
    return c;
  }

  /** The outlet a claim's article counts for. */
  String outletOf(Claim c) {
    return palette.outletOfArticle(c.articleId());
  }

  /** "Al Jazeera (a1)": the outlet and article of a claim. */
  String labelOf(Claim c) {
    return palette.articleLabel(c.articleId());
  }

  /** The findings that cite claim {@code claimId}, in report order. */
  List<Finding> findingsOf(String claimId) {
    return findingsOfClaim.get(claimId);
  }

  /** The outlets in palette order. */
  List<String> outlets() {
    return outlets;
  }

  /** The articles of an outlet, in report order. */
  List<Article> articlesOf(String outlet) {
    return articlesOfOutlet.get(outlet);
  }

  /**
   * Sentence {@code c}, told apart from sentence {@code other}: its outlet, or its claim id when
   * both come from the same outlet.
   */
  String sentenceLabel(Claim c, Claim other) {
    String outlet = outletOf(c);
    return outlet.equals(outletOf(other)) ? c.id() : outlet;
  }

  /** The registry's entry for an outlet, when it has one. */
  Optional<OutletProfile> profile(String outlet) {
    return Optional.ofNullable(profiles.get(outlet));
  }

  /** The distinct outlets a finding's claims come from, in palette order. */
  List<String> outletsOf(Finding f) {
    List<String> known = outletsOfFinding.get(f);
    if (known != null) {
      return known;
    }
    Set<String> in = new LinkedHashSet<>();
    for (String id : f.claimIds()) {
      in.add(outletOf(claim(id)));
    }
    return outlets().stream().filter(in::contains).toList();
  }

  /** The findings of one kind, in report order. */
  List<Finding> ofKind(FindingKind kind) {
    return findingsOfKind.get(kind);
  }

  /** The claims of one article, in report order. */
  List<Claim> claimsOf(String articleId) {
    return claimsOfArticle.get(articleId);
  }

  /** How many input files were not analysed. */
  long skippedInputs() {
    return report.provenance().inputs().stream().filter(i -> i.status() != InputStatus.ANALYSED).count();
  }

  /**
   * The findings a fact-checker should look at first: numeric discrepancies, contradictions and
   * disputes (never agreements), most confident first; on equal confidence in the order of
   * {@link Text#KIND_ORDER}, then in report order. At most {@code limit}.
   */
  List<Finding> worthChecking(int limit) {
    Map<Finding, Integer> order = new HashMap<>();
    for (Finding f : report.findings()) {
      order.put(f, order.size());
    }
    return report.findings().stream()
        .filter(f -> f.kind() != FindingKind.AGREEMENT)
        .sorted(Comparator.comparingDouble((Finding f) -> -f.confidence())
            .thenComparingInt(f -> Text.KIND_ORDER.indexOf(f.kind()))
            .thenComparingInt(order::get))
        .limit(limit)
        .toList();
  }

  /** The outlet's registry context in words: "QA, state-owned; Qatari state-funded broadcaster". */
  String context(String outlet) {
    Optional<OutletProfile> p = profile(outlet);
    if (p.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (p.get().country() != null) {
      parts.add(p.get().country());
    }
    String owner = ownership(p.get());
    if (!owner.isEmpty()) {
      parts.add(owner);
    }
    String head = String.join(", ", parts);
    String note = p.get().note();
    return note == null || note.isBlank() ? head : head.isEmpty() ? note : head + "; " + note;
  }

  /** The ownership in words, or empty when unknown. */
  static String ownership(OutletProfile p) {
    switch (p.ownership()) {
      case STATE:
        return "state-owned";
      case PUBLIC:
        return "public";
      case PRIVATE:
        return "private";
      default:
        return "";
    }
  }
}
