package dev.parallax.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Article;
import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Finding;
import dev.parallax.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The page of a story as large as the 200-article bench story stays under 5 MB, and its size is
 * bounded by what the story holds: the distinct text, the claims, the references of findings to
 * claims, the reasons and caveats, the pieces of framing evidence and the findings' explanations,
 * each at a fixed cost (the README states these costs). A page that repeats sentences per
 * citation, or writes evidence out in full, breaks the bound.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlPageSizeTest {
  /** Bytes per unit, as the README states them (the upper ends of what was measured); the bound adds them up. */
  static final double PER_TEXT_BYTE = 1.1;
  static final int PER_CLAIM = 24;
  static final int PER_CITATION = 8;
  static final int PER_REASON = 6;
  static final int PER_EVIDENCE = 24;
  static final int PER_FINDING = 650;
  static final int PER_ARTICLE = 2_200;
  static final double PER_SVG_BYTE = 0.2;
  static final int FRAME = 60_000;

  private Report report;
  private ChartSet charts;
  private String html;

  @BeforeAll
  void render() {
    report = LargeStory.report(200);
    charts = ChartSet.draw(report);
    html = new HtmlReportWriter().render(report, charts);
  }

  @Test
  void twoHundredArticlesMakeAPageUnderFiveMegabytes() {
    int bytes = html.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < 5_000_000, "the page has " + bytes + " bytes");
  }

  @Test
  void thePageGrowsWithWhatTheStoryHoldsAtAFixedCostEach() {
    long text = 0;
    for (Article a : report.articles()) {
      text += a.text().getBytes(StandardCharsets.UTF_8).length;
    }
    long citations = 0;
    long reasons = 0;
    long explanations = 0;
    for (Finding f : report.findings()) {
      citations += f.claimIds().size();
      reasons += f.reasons().size() + f.caveats().size();
      explanations += f.explanation().getBytes(StandardCharsets.UTF_8).length;
    }
    long evidence = 0;
    for (BiasProfile p : report.bias()) {
      for (BiasIndicator i : p.indicators()) {
        evidence += i.evidence().size();
      }
    }
    long svg = charts.charts().stream().mapToLong(c -> c.svg().getBytes(StandardCharsets.UTF_8).length).sum();
    long distinctReasons = report.findings().stream().flatMap(f -> java.util.stream.Stream.concat(
        f.reasons().stream(), f.caveats().stream())).distinct().mapToLong(r -> r.length()).sum();
    long bound = Math.round(PER_TEXT_BYTE * text) + PER_CLAIM * report.claims().size() + PER_CITATION * citations
        + PER_REASON * reasons + distinctReasons + PER_EVIDENCE * evidence
        + (PER_FINDING * report.findings().size() + explanations) + PER_ARTICLE * report.articles().size()
        + Math.round(PER_SVG_BYTE * svg) + FRAME;
    int bytes = html.getBytes(StandardCharsets.UTF_8).length;
    String counts = String.format(java.util.Locale.ROOT,
        "%d bytes; bound %d from %d bytes of text, %d claims, %d citations, %d reasons and caveats (%d bytes distinct), "
            + "%d pieces of evidence, %d findings with %d bytes of explanations, %d articles, %d bytes of SVG",
        bytes, bound, text, report.claims().size(), citations, reasons, distinctReasons, evidence,
        report.findings().size(), explanations, report.articles().size(), svg);
    assertTrue(bytes <= bound, counts);
  }

  @Test
  void eachSentenceIsOnThePageOnce() {
    // Article texts are made of distinct sentences; every claim is one and most are cited or carry evidence.
    Document page = Jsoup.parse(html);
    String sentence = report.claims().get(report.claims().size() / 2).text();
    assertEquals(1, count(html, sentence), sentence);
    PageData data = new PageData(page);
    assertEquals(report.articles().get(17).text(), data.articleText(17));
  }

  @Test
  void figuresArePackedToAFractionOfTheirSvg() {
    Matcher m = Pattern.compile("data-svg=\"([^\"]*)\"").matcher(html);
    long packed = 0;
    while (m.find()) {
      packed += m.group(1).length();
    }
    long svg = charts.charts().stream().mapToLong(c -> c.svg().length()).sum();
    assertTrue(packed <= PER_SVG_BYTE * svg, packed + " bytes packed of " + svg);
  }

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      n++;
    }
    return n;
  }
}
