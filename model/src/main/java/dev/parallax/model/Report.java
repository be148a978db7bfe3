package dev.parallax.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A comparison of several articles about one story: the articles, their claims, the findings
 * across them, each article's framing indicators, and how the report was made.
 *
 * <p>A report is checked when it is built: identifiers are unique, every reference resolves, and
 * every span (claims, their quantities and entities, attribution speakers, evidence) covers exactly
 * the text it says it covers in its article. A report that exists is one whose evidence can be
 * checked.
 *
 * @param schemaVersion the version of the report's JSON form; {@value #SCHEMA_VERSION}
 * @param provenance how the report was made
 * @param articles the articles compared, in the order of their sources
 * @param claims the claims of all articles, by article and then by position
 * @param findings the relations found between claims
 * @param bias one framing profile per article, in article order
 * @param outlets context about the outlets the articles come from, sorted by name
 * @param reprints groups of articles that carry the same copy
 * @param diagnostics what the analysis wants the reader to know: skipped files, degraded input
 */
public record Report(
    int schemaVersion,
    Provenance provenance,
    List<Article> articles,
    List<Claim> claims,
    List<Finding> findings,
    List<BiasProfile> bias,
    List<OutletProfile> outlets,
    List<Reprint> reprints,
    List<Diagnostic> diagnostics) {

  /** The schema version this library writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  public Report {
    if (schemaVersion != SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "schemaVersion must be " + SCHEMA_VERSION + ", got " + schemaVersion);
    }
    Objects.requireNonNull(provenance, "provenance");
    articles = Checks.list(articles, "articles");
    claims = Checks.list(claims, "claims");
    findings = Checks.list(findings, "findings");
    bias = Checks.list(bias, "bias");
    outlets = Checks.list(outlets == null ? List.of() : outlets, "outlets");
    reprints = Checks.list(reprints == null ? List.of() : reprints, "reprints");
    diagnostics = Checks.list(diagnostics == null ? List.of() : diagnostics, "diagnostics");
    validate(articles, claims, findings, bias, reprints);
  }

  /** A builder, for code that assembles a report piece by piece. */
  public static Builder builder(Provenance provenance) {
    return new Builder(provenance);
  }

  /** The article with this id. */
  public java.util.Optional<Article> article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The claim with this id. */
  public java.util.Optional<Claim> claim(String id) {
    return claims.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  private static void validate(
      List<Article> articles,
      List<Claim> claims,
      List<Finding> findings,
      List<BiasProfile> bias,
      List<Reprint> reprints) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) {
      if (byId.put(a.id(), a) != null) {
        throw new IllegalArgumentException("duplicate article id " + a.id());
      }
    }
    Set<String> claimIds = new HashSet<>();
    for (Claim c : claims) {
      if (!claimIds.add(c.id())) {
        throw new IllegalArgumentException("duplicate claim id " + c.id());
      }
      Article a = article(byId, c.articleId(), "claim " + c.id());
      covers(a, c.start(), c.end(), c.text(), "claim " + c.id());
      for (QuantityMention q : c.quantities()) {
        covers(a, q.start(), q.end(), q.text(), "claim " + c.id() + " quantity");
      }
      for (EntityMention e : c.entities()) {
        covers(a, e.start(), e.end(), e.text(), "claim " + c.id() + " entity");
      }
      Attribution at = c.attribution();
      if (at != null) {
        covers(a, at.speakerStart(), at.speakerEnd(), at.speaker(), "claim " + c.id() + " speaker");
      }
    }
    Set<String> findingIds = new HashSet<>();
    for (Finding f : findings) {
      if (!findingIds.add(f.id())) {
        throw new IllegalArgumentException("duplicate finding id " + f.id());
      }
      for (String id : f.claimIds()) {
        if (!claimIds.contains(id)) {
          throw new IllegalArgumentException("finding " + f.id() + " names unknown claim " + id);
        }
      }
      for (FindingValue v : f.values()) {
        if (!claimIds.contains(v.claimId())) {
          throw new IllegalArgumentException("finding " + f.id() + " value names unknown claim " + v.claimId());
        }
        QuantityMention q = v.quantity();
        covers(article(byId, v.articleId(), "finding " + f.id()), q.start(), q.end(), q.text(),
            "finding " + f.id() + " value");
      }
      for (Evidence e : f.cues()) {
        covers(article(byId, e.articleId(), "finding " + f.id() + " cue"), e.start(), e.end(), e.text(),
            "finding " + f.id() + " cue");
      }
    }
    for (BiasProfile p : bias) {
      article(byId, p.articleId(), "bias profile");
      for (BiasIndicator i : p.indicators()) {
        for (Evidence e : i.evidence()) {
          covers(article(byId, e.articleId(), "evidence of " + i.name()), e.start(), e.end(), e.text(),
              "evidence of " + i.name() + " in " + p.articleId());
        }
      }
    }
    for (Reprint r : reprints) {
      for (String id : r.articleIds()) {
        article(byId, id, "reprint group");
      }
    }
  }

  private static Article article(Map<String, Article> byId, String id, String what) {
    Article a = byId.get(id);
    if (a == null) {
      throw new IllegalArgumentException(what + " names unknown article " + id);
    }
    return a;
  }

  private static void covers(Article a, int start, int end, String text, String what) {
    if (end > a.text().length() || !a.text().regionMatches(start, text, 0, text.length())
        || end - start != text.length()) {
      String found = end <= a.text().length() ? a.text().substring(start, end) : "(past the end)";
      throw new IllegalArgumentException(
          what + ": span [" + start + ", " + end + ") of article " + a.id() + " covers '" + found
              + "', not '" + text + "'");
    }
  }

  /** Assembles a {@link Report}; {@link #build()} checks it. Not thread-safe. */
  public static final class Builder {
    private final Provenance provenance;
    private final List<Article> articles = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<BiasProfile> bias = new ArrayList<>();
    private final List<OutletProfile> outlets = new ArrayList<>();
    private final List<Reprint> reprints = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private Builder(Provenance provenance) {
      this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    public Builder articles(List<Article> values) {
      articles.addAll(values);
      return this;
    }

    public Builder claims(List<Claim> values) {
      claims.addAll(values);
      return this;
    }

    public Builder findings(List<Finding> values) {
      findings.addAll(values);
      return this;
    }

    public Builder bias(List<BiasProfile> values) {
      bias.addAll(values);
      return this;
    }

    public Builder outlets(List<OutletProfile> values) {
      outlets.addAll(values);
      return this;
    }

    public Builder reprints(List<Reprint> values) {
      reprints.addAll(values);
      return this;
    }

    public Builder diagnostics(List<Diagnostic> values) {
      diagnostics.addAll(values);
      return this;
    }

    /** The report; throws {@link IllegalArgumentException} when its parts do not fit together. */
    public Report build() {
      return new Report(
          SCHEMA_VERSION, provenance, articles, claims, findings, bias, outlets, reprints, diagnostics);
    }
  }
}
