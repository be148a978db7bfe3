package dev.parallax.charts;

import dev.parallax.model.Article;
import dev.parallax.model.Attribution;
import dev.parallax.model.AttributionStyle;
import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Claim;
import dev.parallax.model.Evidence;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import dev.parallax.model.Interval;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import dev.parallax.model.Proposition;
import dev.parallax.model.Qualifier;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the parts of a test report from plain sentences, working out every offset itself, so a
 * fixture reads like the story it holds. Each piece of text must occur exactly once where it is
 * looked up.
 */
public final class ReportFixture {
  final List<Article> articles = new ArrayList<>();
  final List<Claim> claims = new ArrayList<>();
  final List<Finding> findings = new ArrayList<>();
  final Map<String, List<BiasIndicator>> indicators = new LinkedHashMap<>();
  private final Map<String, Integer> claimCount = new LinkedHashMap<>();

  /** A figure, date or amount to find in a claim's sentence. */
  public record Q(String text, QuantityKind kind, Double value, Double low, Double high, String unit, Qualifier qualifier,
      String date, String dateEnd, Interval reading) {
    static Q number(String text, double value, Qualifier qualifier, double low, double high) {
      return new Q(text, QuantityKind.NUMBER, value, null, null, null, qualifier, null, null, new Interval(low, high));
    }

    static Q measure(String text, double value, String unit, Qualifier qualifier, double low, double high) {
      return new Q(text, QuantityKind.QUANTITY, value, null, null, unit, qualifier, null, null, new Interval(low, high));
    }

    static Q date(String text, String iso) {
      return new Q(text, QuantityKind.DATE, null, null, null, null, null, iso, null, null);
    }

    /** A date or period with an end ({@code isoEnd}, or null) and a bound ("since": AT_LEAST), or null. */
    static Q date(String text, String iso, String isoEnd, Qualifier qualifier) {
      return new Q(text, QuantityKind.DATE, null, null, null, null, qualifier, iso, isoEnd, null);
    }

    /** A range written without a single value: "between 30 and 35". */
    static Q range(String text, double low, double high) {
      return new Q(text, QuantityKind.RANGE, null, low, high, null, Qualifier.RANGE, null, null, new Interval(low, high));
    }
  }

  Article article(String id, String outlet, LocalDate published, String title, String text) {
    Article a = new Article(id, "stories/" + id + ".txt", title, outlet, null, published, "en",
        text.split("\\s+").length, "sha-" + id, text, null, Map.of());
    articles.add(a);
    indicators.put(id, new ArrayList<>());
    return a;
  }

  private Article articleOf(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  private static int once(String haystack, String needle, String where) {
    int at = haystack.indexOf(needle);
    if (at < 0 || haystack.indexOf(needle, at + 1) >= 0) {
      throw new IllegalArgumentException("'" + needle + "' must occur exactly once in " + where);
    }
    return at;
  }

  /** A claim over {@code sentence} of article {@code articleId}; its id is {@code a1.c1}, {@code a1.c2}, … */
  Claim claim(String articleId, String sentence, Polarity polarity, Modality modality, String speaker, Q... qs) {
    Article a = articleOf(articleId);
    int start = once(a.text(), sentence, articleId);
    int n = claimCount.merge(articleId, 1, Integer::sum);
    List<QuantityMention> mentions = new ArrayList<>();
    for (Q q : qs) {
      int at = start + once(sentence, q.text(), sentence);
      mentions.add(new QuantityMention(q.text(), at, at + q.text().length(), q.kind(), q.value(), q.low(), q.high(),
          q.unit(), q.qualifier(), q.date(), q.dateEnd(), null, q.reading()));
    }
    Attribution attribution = null;
    if (speaker != null) {
      int at = start + once(sentence, speaker, sentence);
      attribution = new Attribution(speaker, "say", AttributionStyle.REPORTED_SPEECH, at, at + speaker.length(), null);
    }
    Claim c = new Claim(articleId + ".c" + n, articleId, sentence, start, start + sentence.length(), n - 1, polarity,
        modality, attribution, mentions, List.of(), Proposition.EMPTY);
    claims.add(c);
    return c;
  }

  Claim claim(String articleId, String sentence, Q... qs) {
    return claim(articleId, sentence, Polarity.AFFIRMATIVE, Modality.ASSERTED, null, qs);
  }

  /** The value of the mention {@code text} in {@code claim}, for a numeric finding. */
  FindingValue value(Claim claim, String text, String measured, String citedSource) {
    QuantityMention q = claim.quantities().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    Article a = articleOf(claim.articleId());
    return new FindingValue(claim.id(), a.id(), a.outlet(), q, measured, citedSource, null);
  }

  Finding finding(FindingKind kind, String topic, double confidence, String explanation, List<String> caveats,
      List<String> reasons, List<FindingValue> values, Double gap, int voices, Claim... claimsOfFinding) {
    return finding(kind, topic, confidence, explanation, caveats, reasons, values, gap, voices, List.of(),
        claimsOfFinding);
  }

  /** A finding with the words it turns on ({@link #cue}). */
  Finding finding(FindingKind kind, String topic, double confidence, String explanation, List<String> caveats,
      List<String> reasons, List<FindingValue> values, Double gap, int voices, List<Evidence> cues,
      Claim... claimsOfFinding) {
    Finding f = new Finding("f" + (findings.size() + 1), kind, topic,
        java.util.Arrays.stream(claimsOfFinding).map(Claim::id).toList(), confidence, explanation, caveats, reasons,
        values, gap, voices, cues);
    findings.add(f);
    return f;
  }

  /** A word a finding turns on: {@code text} in the claim's sentence, labelled as the verdict rules label it. */
  Evidence cue(Claim claim, String text, String label) {
    int at = claim.start() + once(claim.text(), text, claim.id());
    return new Evidence(claim.articleId(), at, at + text.length(), text, label, "parallax");
  }

  /** Evidence over {@code text} in article {@code articleId}. */
  Evidence evidence(String articleId, String text, String label) {
    int at = once(articleOf(articleId).text(), text, articleId);
    return new Evidence(articleId, at, at + text.length(), text, label, "test lexicon");
  }

  void indicator(String articleId, String name, double value, String unit, String description,
      Map<String, Double> breakdown, Evidence... evidence) {
    indicators.get(articleId).add(new BiasIndicator(name, value, unit, List.of(evidence), description, breakdown));
  }

  /** A report of everything added so far, with a fixed provenance. */
  dev.parallax.model.Report report() {
    dev.parallax.model.Provenance provenance = new dev.parallax.model.Provenance("parallax", "9.9.9",
        java.time.Instant.parse("2025-03-01T12:00:00Z"), List.of(), Map.of(), List.of());
    return dev.parallax.model.Report.builder(provenance).articles(articles).claims(claims).findings(findings)
        .bias(profiles()).build();
  }

  List<BiasProfile> profiles() {
    List<BiasProfile> out = new ArrayList<>();
    indicators.forEach((id, list) -> out.add(new BiasProfile(id, list)));
    return out;
  }
}
