package dev.parallax.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.analysis.quote.PatternQuoteFinder;
import dev.parallax.analysis.quote.Quote;
import dev.parallax.analysis.text.MorphyLemmatizer;
import dev.parallax.analysis.text.OpenNlpTextAnalyzer;
import dev.parallax.analysis.text.Sentence;
import dev.parallax.model.Article;
import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Claim;
import dev.parallax.model.Evidence;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The framing analyzer on a small three-outlet story written for this test. */
class EvidenceFramingAnalyzerTest {
  static final String A = "Border talks stall as Pakistan and the Taliban trade blame\n"
      + "Pakistan must stop pretending that the Taliban regime will ever rein in the terrorists. "
      + "The government should close the border until the attacks end. "
      + "\"We will not accept any threat,\" said Pakistani Foreign Minister Ali Raza. "
      + "Officials said the crossing would stay shut this week.";
  static final String B = "Pakistan closes border crossing after attacks\n"
      + "Pakistan closed the Torkham crossing on Monday after two attacks killed five soldiers. "
      + "The Islamic Emirate said on Tuesday that the closure hurt traders on both sides. "
      + "Sara Malik, a security analyst in Lahore, said the TTP militants had grown stronger since 2021.";
  static final String C = "Crossing shut after deadly attacks\n"
      + "Two attacks killed five soldiers near the border, and Pakistan closed the Torkham crossing on Monday. "
      + "The TTP, an extremist group, claimed one of the attacks.";

  static OpenNlpTextAnalyzer analyzer;
  static EvidenceFramingAnalyzer framing;

  @BeforeAll
  static void load() {
    analyzer = new OpenNlpTextAnalyzer(new MorphyLemmatizer());
    framing = new EvidenceFramingAnalyzer();
  }

  static Article article(String id, String outlet, String text) {
    return new Article(id, id + ".txt", null, outlet, null, null, "en", 10, "00", text, null, Map.of());
  }

  static Claim claim(String id, Article a, String words) {
    int start = a.text().indexOf(words);
    return new Claim(id, a.id(), words, start, start + words.length(), 0, Polarity.AFFIRMATIVE, Modality.ASSERTED,
        null, List.of(), List.of(), null);
  }

  private List<BiasProfile> run() {
    List<Article> articles = List.of(article("a1", "Dawn", A), article("a2", "Reuters", B), article("a3", "BBC", C));
    Map<String, List<Sentence>> sentences = new TreeMap<>();
    Map<String, List<Quote>> quotes = new TreeMap<>();
    PatternQuoteFinder finder = new PatternQuoteFinder();
    for (Article a : articles) {
      sentences.put(a.id(), analyzer.analyze(a.text()));
      quotes.put(a.id(), finder.find(a.text(), sentences.get(a.id())));
    }
    Claim b = claim("a2.c1", articles.get(1), "two attacks killed five soldiers");
    Claim c = claim("a3.c1", articles.get(2), "Two attacks killed five soldiers near the border");
    Finding agreement = new Finding("f1", FindingKind.AGREEMENT, "five soldiers killed", List.of("a2.c1", "a3.c1"),
        0.9, "Reuters and BBC both report five soldiers killed.", List.of(), List.of(), List.of(), null, 2);
    return framing.analyze(new FramingInput(articles, sentences, quotes, List.of(b, c), List.of(agreement),
        OutletRegistry.builtIn()));
  }

  private static BiasIndicator indicator(BiasProfile p, String name) {
    return p.indicator(name).orElseThrow();
  }

  @Test
  void oneProfilePerArticleWithTheSameIndicatorsInTheSameOrder() {
    List<BiasProfile> profiles = run();
    assertEquals(List.of("a1", "a2", "a3"), profiles.stream().map(BiasProfile::articleId).toList());
    for (BiasProfile p : profiles) {
      assertEquals(EvidenceFramingAnalyzer.NAMES, p.indicators().stream().map(BiasIndicator::name).toList());
    }
  }

  @Test
  void everyEvidenceSpanCoversItsText() {
    Map<String, String> texts = Map.of("a1", A, "a2", B, "a3", C);
    for (BiasProfile p : run()) {
      for (BiasIndicator i : p.indicators()) {
        for (Evidence e : i.evidence()) {
          assertEquals(e.text(), texts.get(e.articleId()).substring(e.start(), e.end()), i.name());
        }
      }
    }
  }

  @Test
  void theOpinionPieceArguesAndPrescribesAndTheReportsDoNot() {
    List<BiasProfile> p = run();
    assertTrue(indicator(p.get(0), EvidenceFramingAnalyzer.PRESCRIPTION).value() > 0.5);
    assertEquals(0.0, indicator(p.get(1), EvidenceFramingAnalyzer.PRESCRIPTION).value());
    assertEquals(0.0, indicator(p.get(2), EvidenceFramingAnalyzer.PRESCRIPTION).value());
    assertTrue(indicator(p.get(0), EvidenceFramingAnalyzer.OPINION).value() > 0.5);
    assertEquals(0.0, indicator(p.get(1), EvidenceFramingAnalyzer.OPINION).value());
    // The headline and the two prescriptions; the quote and "Officials said ..." are not the outlet's voice.
    assertEquals(3.0, indicator(p.get(0), EvidenceFramingAnalyzer.LOADED).breakdown().get("own sentences"));
  }

  @Test
  void labelsAreCountedPerActorWithTheirConnotation() {
    List<BiasProfile> p = run();
    Map<String, Double> a = indicator(p.get(0), EvidenceFramingAnalyzer.LABELS).breakdown();
    assertEquals(1.0, a.get("Taliban: Taliban regime"));
    Map<String, Double> b = indicator(p.get(1), EvidenceFramingAnalyzer.LABELS).breakdown();
    assertEquals(1.0, b.get("Taliban: Islamic Emirate"));
    Map<String, Double> c = indicator(p.get(2), EvidenceFramingAnalyzer.LABELS).breakdown();
    assertEquals(1.0, c.get("Tehreek-e-Taliban Pakistan: extremist group"));
    assertTrue(indicator(p.get(0), EvidenceFramingAnalyzer.LABELS).value() > 0.0);
  }

  @Test
  void sourcesAreSortedIntoKinds() {
    List<BiasProfile> p = run();
    Map<String, Double> a = indicator(p.get(0), EvidenceFramingAnalyzer.SOURCES).breakdown();
    assertEquals(0.5, a.get("official: Pakistan"), a.toString());
    assertEquals(0.5, a.get("anonymous"));
    Map<String, Double> b = indicator(p.get(1), EvidenceFramingAnalyzer.SOURCES).breakdown();
    assertEquals(0.5, b.get("expert"), b.toString());
    assertEquals(0.5, b.get("official: Taliban"), b.toString());
  }

  @Test
  void aFactTwoOthersReportIsLeftOutWithEvidenceInTheirArticles() {
    List<BiasProfile> p = run();
    BiasIndicator omission = indicator(p.get(0), EvidenceFramingAnalyzer.OMISSION);
    assertEquals(1.0, omission.value());
    List<String> where = new ArrayList<>();
    omission.evidence().forEach(e -> where.add(e.articleId()));
    assertEquals(List.of("a2", "a3"), where);
    assertEquals(0.0, indicator(p.get(1), EvidenceFramingAnalyzer.OMISSION).value());
  }

  @Test
  void quotedWordsAreNotTheOutletsOwnSentences() {
    List<Sentence> s = analyzer.analyze(A);
    List<Quote> q = new PatternQuoteFinder().find(A, s);
    long own = s.stream().filter(x -> EvidenceFramingAnalyzer.isOwn(x, q)).count();
    assertEquals(3, own);
  }
}
