package dev.parallax.cli.output;

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
import dev.parallax.model.InputFile;
import dev.parallax.model.InputStatus;
import dev.parallax.model.Interval;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import dev.parallax.model.Proposition;
import dev.parallax.model.Provenance;
import dev.parallax.model.Qualifier;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import dev.parallax.model.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A made-up story as large as the 200-article bench story, built without the analysis so that a
 * test can render it in a moment: per article about 55 distinct sentences (every one a claim),
 * 11 framing indicators with about 230 pieces of evidence (a quarter of them in other articles,
 * as omissions are), and per article about two findings, among them agreements of up to 40 claims
 * with hundreds of pairwise reasons, as the analysis writes them. The same size gives the same
 * report.
 */
public final class LargeStory {
  private LargeStory() {}

  private static final String[] PLACES = {"Riverton", "Lakeside", "the northern district", "Port Elm", "the old town",
      "Hillcrest", "the valley", "Eastgate", "the harbour", "Millbrook", "the border crossing", "Stonebridge"};
  private static final String[] ACTORS = {"the mayor", "police", "the agency", "engineers", "the ministry",
      "aid groups", "residents", "the governor", "officials", "a spokeswoman", "the court", "local doctors"};
  private static final String[] VERBS = {"reported", "confirmed", "estimated", "disputed", "announced", "counted",
      "questioned", "revised", "denied", "recorded", "described", "warned about"};
  private static final String[] THINGS = {"evacuations", "damaged homes", "closed roads", "missing people",
      "injured workers", "rescue boats", "flooded schools", "power cuts", "shelters", "road repairs", "food parcels",
      "water samples"};
  private static final String[] TIMES = {"on Monday", "by Tuesday night", "early on Wednesday", "late on Thursday",
      "on Friday", "over the weekend", "since the storm", "in the first week", "before dawn", "after the warning"};
  private static final String[] INDICATORS = {"loaded-language", "hedges", "certainty", "reporting-verbs",
      "prescription", "opinion", "actor-labels", "actor-portrayal", "quoted-sources", "omission", "outlet-context"};
  /** Pieces of evidence per article for each indicator, as in the 200-article bench story. */
  private static final int[] EVIDENCE = {36, 3, 1, 13, 4, 5, 60, 38, 13, 60, 0};

  /** A story of {@code articles} articles from twelve outlets. */
  public static Report report(int articles) {
    Random random = new Random(articles);
    List<Article> arts = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<List<Claim>> claimsOf = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      String id = "a" + (a + 1);
      StringBuilder text = new StringBuilder();
      List<Claim> mine = new ArrayList<>();
      int sentences = 42 + random.nextInt(11);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          text.append(s % 4 == 0 ? "\n\n" : " ");
        }
        int start = text.length();
        int count = 20 + random.nextInt(9_980);
        String actor = pick(ACTORS, random);
        String figure = String.format(Locale.ROOT, "%,d", count);
        String sentence = capitalized(actor) + " " + pick(VERBS, random) + " " + figure + " " + pick(THINGS, random)
            + " in " + pick(PLACES, random) + " " + pick(TIMES, random) + ", " + (random.nextInt(90) + 10)
            + " hours after the river rose " + (random.nextInt(400) + 50) + " centimetres, according to " + pick(ACTORS, random)
            + " of " + pick(PLACES, random) + ".";
        text.append(sentence);
        int at = start + sentence.indexOf(figure);
        QuantityMention q = new QuantityMention(figure, at, at + figure.length(), QuantityKind.NUMBER, (double) count,
            null, null, null, Qualifier.EXACT, null, null, null, new Interval(count, count));
        boolean attributed = s % 3 == 0;
        Attribution attribution = attributed ? new Attribution(capitalized(actor), "say", AttributionStyle.REPORTED_SPEECH,
            start, start + actor.length(), null) : null;
        mine.add(new Claim(id + ".c" + (s + 1), id, sentence, start, start + sentence.length(), s,
            s % 11 == 0 ? Polarity.NEGATED : Polarity.AFFIRMATIVE, attributed ? Modality.REPORTED : Modality.ASSERTED,
            attribution, List.of(q), List.of(), Proposition.EMPTY));
      }
      String body = text.toString();
      arts.add(new Article(id, "story/article-" + (a + 1) + ".md", "Report " + (a + 1) + " on the flood", outlet(a),
          null, LocalDate.of(2024, 5, 1 + a % 28), "en", body.split("\\s+").length, "sha-" + id, body, null, Map.of()));
      claims.addAll(mine);
      claimsOf.add(mine);
    }
    List<Finding> findings = findings(arts, claimsOf, random);
    List<BiasProfile> bias = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      bias.add(new BiasProfile(arts.get(a).id(), indicators(a, arts, claimsOf, random)));
    }
    List<InputFile> inputs = new ArrayList<>();
    for (Article a : arts) {
      inputs.add(new InputFile(a.source(), a.sha256(), a.text().length(), InputStatus.ANALYSED, null));
    }
    Provenance provenance = new Provenance("parallax", "9.9.9", null, List.of(), Map.of("threads", "2"), inputs);
    return Report.builder(provenance).articles(arts).claims(claims).findings(findings).bias(bias).build();
  }

  private static String outlet(int article) {
    return "Outlet " + (article * 7 % 12 + 1);
  }

  private static List<Finding> findings(List<Article> arts, List<List<Claim>> claimsOf, Random random) {
    int n = arts.size();
    int[] sizes = {2, 2, 3, 2, 4, 2, 6, 2, 3, 12, 2, 40};
    List<Finding> out = new ArrayList<>();
    int total = n * 2 + n / 8;
    for (int k = 0; k < total; k++) {
      FindingKind kind = k % 53 == 7 ? FindingKind.NUMERIC_DISCREPANCY
          : k == 3 || k == 5 ? FindingKind.CONTRADICTION : k == 4 || k == 6 ? FindingKind.DISPUTE : FindingKind.AGREEMENT;
      int size = kind == FindingKind.CONTRADICTION || kind == FindingKind.DISPUTE ? 2
          : kind == FindingKind.NUMERIC_DISCREPANCY ? Math.min(n, 39) : Math.min(n, sizes[k % sizes.length]);
      List<Integer> order = new ArrayList<>();
      for (int a = 0; a < n; a++) {
        order.add(a);
      }
      Collections.shuffle(order, random);
      List<Claim> cs = new ArrayList<>();
      for (int t = 0; t < size; t++) {
        List<Claim> mine = claimsOf.get(order.get(t));
        cs.add(mine.get((k + t) % mine.size()));
      }
      List<String> outlets = cs.stream().map(c -> outlet(Integer.parseInt(c.articleId().substring(1)) - 1)).toList();
      StringBuilder explanation = new StringBuilder(String.join(", ", new LinkedHashSet<>(outlets)))
          .append(" report the same fact: ");
      for (int i = 0; i < cs.size(); i++) {
        String t = cs.get(i).text();
        explanation.append(i > 0 ? "; " : "").append('"').append(t, 0, Math.min(80, t.length())).append("...\" (")
            .append(outlets.get(i)).append(')');
      }
      List<String> reasons = new ArrayList<>();
      for (int i = 0; i < cs.size() && reasons.size() < 300; i++) {
        for (int j = i + 1; j < cs.size() && reasons.size() < 300; j++) {
          // The analysis names outlets, not articles, and its scores repeat, so reasons repeat across findings.
          reasons.add(outlets.get(i) + " and " + outlets.get(j) + ": sentence similarity 0.9" + (i + j) % 2
              + ", best clause 0.8" + (i * j) % 2 + ", word overlap " + (90 + (i + j) % 3) + "%");
        }
      }
      reasons.add("both name " + PLACES[k % PLACES.length].replace("the ", "") + ", " + THINGS[k % THINGS.length]);
      List<String> caveats = new ArrayList<>();
      for (int i = 0; i < cs.size(); i++) {
        if (cs.get(i).attribution() != null) {
          caveats.add(outlets.get(i) + " attributes it to " + cs.get(i).attribution().speaker() + ".");
        }
      }
      List<FindingValue> values = new ArrayList<>();
      if (kind == FindingKind.NUMERIC_DISCREPANCY) {
        for (Claim c : cs) {
          values.add(new FindingValue(c.id(), c.articleId(), outlet(Integer.parseInt(c.articleId().substring(1)) - 1),
              c.quantities().get(0), "people evacuated", random.nextBoolean() ? "officials" : null, null));
        }
      }
      out.add(new Finding("f" + (k + 1), kind, THINGS[k % THINGS.length] + " in " + PLACES[k % PLACES.length],
          cs.stream().map(Claim::id).toList(), 0.5 + (k % 50) / 100.0, explanation.toString(), caveats, reasons, values,
          kind == FindingKind.NUMERIC_DISCREPANCY ? 0.3 : null, new LinkedHashSet<>(outlets).size()));
    }
    return out;
  }

  private static List<BiasIndicator> indicators(int a, List<Article> arts, List<List<Claim>> claimsOf, Random random) {
    List<BiasIndicator> out = new ArrayList<>();
    for (int k = 0; k < INDICATORS.length; k++) {
      List<Evidence> evidence = new ArrayList<>();
      for (int e = 0; e < EVIDENCE[k]; e++) {
        // Omissions point at the fact in the article that reports it; the rest at this article's words.
        int in = INDICATORS[k].equals("omission") ? (a + 1 + e % 5) % arts.size() : a;
        List<Claim> cs = claimsOf.get(in);
        Claim c = cs.get((e * 7 + k) % cs.size());
        int end = c.text().indexOf(' ');
        evidence.add(new Evidence(arts.get(in).id(), c.start(), c.start() + end, c.text().substring(0, end),
            "label " + random.nextInt(450) + " (" + (e % 2 == 0 ? "descriptive" : "charged") + ")",
            "source " + (k * 17 + e % 17)));
      }
      Map<String, Double> breakdown = new LinkedHashMap<>();
      if (INDICATORS[k].equals("quoted-sources") || INDICATORS[k].equals("actor-labels")) {
        for (String kind : List.of("OFFICIAL", "EXPERT", "CITIZEN", "OTHER")) {
          breakdown.put(kind, (double) random.nextInt(20));
        }
      }
      out.add(new BiasIndicator(INDICATORS[k], k < 7 ? random.nextInt(1000) / 1000.0 : random.nextInt(60),
          k < 7 ? "share of own sentences" : "count", evidence, "What " + INDICATORS[k] + " measures.", breakdown));
    }
    return out;
  }

  private static String pick(String[] words, Random random) {
    return words[random.nextInt(words.length)];
  }

  private static String capitalized(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
