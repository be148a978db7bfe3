package dev.parallax.cli.output;

import dev.parallax.charts.Story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Article;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Claim;
import dev.parallax.model.Evidence;
import dev.parallax.model.Finding;
import dev.parallax.model.Report;
import dev.parallax.model.Reprint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The page's structure, read back with an HTML parser, and the data its script renders from, read
 * back as the script reads it ({@link PageData}); the browser test checks how it renders.
 */
class HtmlReportWriterTest {
  private final Report report = Story.report();
  private final ChartSet charts = ChartSet.draw(report);
  private final String html = new HtmlReportWriter().render(report, charts);
  private final Document page = Jsoup.parse(html);
  private final PageData data = new PageData(page);

  @Test
  void theSameReportGivesTheSameBytes() {
    assertEquals(html, new HtmlReportWriter().render(report, ChartSet.draw(report)));
  }

  @Test
  void selfContained() {
    assertTrue(page.select("script[src], link, img[src^=http], iframe, object, embed").isEmpty(),
        "nothing is loaded from elsewhere");
    Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
    assertNotNull(csp);
    assertTrue(csp.attr("content").startsWith("default-src 'none'"));
    assertFalse(html.contains("http://") && !html.contains("http://www.w3.org"), "no outside addresses");
    assertEquals("application/json", page.getElementById("parallax-data").attr("type"), "data, never run");
    assertEquals(2, page.select("script").size(), "the data and one script");
    for (Element figure : page.select("figure.chart")) {
      assertFalse(figure.selectFirst("div.svg").attr("data-svg").isEmpty(), "every figure is packed in the page");
    }
  }

  @Test
  void figuresUnpackToTheChartsSvg() throws Exception {
    for (ChartSet.Chart c : charts.charts()) {
      Element holder = page.getElementById("figure-" + c.name()).selectFirst("div.svg");
      byte[] packed = java.util.Base64.getDecoder().decode(holder.attr("data-svg"));
      java.util.zip.Inflater inflater = new java.util.zip.Inflater();
      inflater.setInput(packed);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      while (!inflater.finished()) {
        out.write(buffer, 0, inflater.inflate(buffer));
      }
      inflater.end();
      String svg = out.toString(java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(c.svg().startsWith("<svg "), c.name());
      assertEquals("<svg role=\"img\" aria-label=\"" + Text.html(c.title() + ". " + c.alt()) + "\" "
          + c.svg().substring("<svg ".length()), svg, c.name());
      assertEquals("charts/" + c.name() + ".svg", holder.attr("data-file"));
      assertTrue(holder.attr("style").startsWith("aspect-ratio:"), "the placeholder keeps the figure's proportions");
    }
  }

  @Test
  void landmarksAndHeadingsInOrder() {
    for (String landmark : List.of("header", "nav", "main", "footer")) {
      assertEquals(1, page.select("body > " + landmark).size(), landmark);
    }
    assertEquals(1, page.select("h1").size());
    int previous = 1;
    for (Element h : page.select("h1, h2, h3, h4, h5, h6")) {
      int level = h.tagName().charAt(1) - '0';
      assertTrue(level <= previous + 1, "heading " + h.text() + " skips a level after h" + previous);
      previous = level;
    }
  }

  @Test
  void idsAreUniqueAndEveryLocalLinkLands() {
    Set<String> ids = new HashSet<>();
    for (Element e : page.select("[id]")) {
      assertTrue(ids.add(e.id()), "duplicate id " + e.id());
    }
    // Claims in the articles' texts and the evidence lists are made by the script from the data.
    Set<String> made = new HashSet<>(data.evidence().keySet());
    data.claimIds.forEach(id -> made.add("claim-" + id));
    for (Element a : page.select("a[href^=#]")) {
      String target = a.attr("href").substring(1);
      assertTrue(ids.contains(target) || made.contains(target), "link to nowhere: " + a.attr("href"));
    }
  }

  @Test
  void everyFindingHasItsFrameInTheHtmlAndItsSentencesReasonsAndCaveatsInTheData() {
    for (Finding f : report.findings()) {
      Element card = page.getElementById(f.id());
      assertNotNull(card, f.id());
      assertEquals("article", card.tagName());
      assertEquals(f.kind().name(), card.attr("data-kind"));
      assertEquals(f.explanation(), card.selectFirst("p.explanation").text());
      assertNotNull(card.selectFirst("div.sides"), "where the script puts the sentences");
      assertNull(card.selectFirst("div.why"), "the script adds the caveats and reasons at the card's end");
      List<String> sides = data.sides(f.id()).stream().map(PageData.Side::claimId).sorted().toList();
      assertEquals(f.claimIds().stream().sorted().toList(), sides, f.id());
      assertEquals(f.reasons(), data.texts(data.finding(f.id()).get("reasons")), f.id());
      assertEquals(f.caveats(), data.texts(data.finding(f.id()).get("caveats")), f.id());
      assertEquals(f.values().size(), data.finding(f.id()).get("values").size(), f.id());
    }
  }

  @Test
  void theSentenceTableGivesBackEveryArticleAndClaim() {
    for (int a = 0; a < report.articles().size(); a++) {
      assertEquals(report.articles().get(a).text(), data.articleText(a));
    }
    for (Claim c : report.claims()) {
      assertEquals(c.text(), data.claimText(c.id()), c.id());
      assertEquals(Text.stance(c), data.stance(c.id()), c.id());
    }
    assertEquals(report.claims().stream().map(Claim::id).toList(), data.claimIds);
    assertEquals(new HashSet<>(data.strings).size(), data.strings.size(), "every text once");
    // Explanations may quote a sentence; nothing else in the HTML repeats one.
    Document frame = Jsoup.parse(html);
    frame.select("script, p.explanation, ol.top").remove();
    for (Claim c : report.claims()) {
      assertFalse(frame.text().contains(c.text()), "a sentence is not repeated in the HTML: " + c.id());
    }
  }

  @Test
  void aSentenceTwoArticlesShareIsStoredOnce() {
    String shared = "The dam did not fail, the mayor said.";
    Article a1 = report.articles().get(0);
    Article copy = new Article("a9", "stories/a9.txt", "Copy", "Wire Copy", null, null, "en", a1.wordCount(), "sha-a9",
        a1.text(), null, Map.of());
    Claim original = report.claims().stream().filter(c -> c.text().equals(shared)).findFirst().orElseThrow();
    Claim copied = new Claim("a9.c1", "a9", shared, original.start(), original.end(), 0, original.polarity(),
        original.modality(), null, List.of(), List.of(), dev.parallax.model.Proposition.EMPTY);
    List<Article> articles = new ArrayList<>(report.articles());
    articles.add(copy);
    List<Claim> claims = new ArrayList<>(report.claims());
    claims.add(copied);
    Report r = Report.builder(report.provenance()).articles(articles).claims(claims).findings(report.findings())
        .bias(report.bias()).outlets(report.outlets()).build();
    String page = new HtmlReportWriter().render(r, ChartSet.draw(r));
    PageData d = new PageData(Jsoup.parse(page));
    assertEquals(a1.text(), d.articleText(articles.size() - 1));
    assertEquals(1, page.split(java.util.regex.Pattern.quote(shared), -1).length - 1, "the sentence is in the page once");
    assertEquals(4, d.root.get("claims").get(claims.size() - 1).size(), "a9.c1 is named as usual, so not written");
    assertEquals("a9.c1", d.claimIds.get(claims.size() - 1));
  }

  @Test
  void theFiguresAndWordsFindingsTurnOnAreMarked() {
    List<PageData.Side> f1 = data.sides("f1");
    assertEquals(List.of("More than 2,000", "About 11,300", "Some 11,000", "fewer than 2,500"),
        f1.stream().flatMap(s -> s.marks().stream()).toList());
    assertTrue(f1.stream().allMatch(s -> s.markKinds().equals(List.of("FIGURE"))));
    var values = data.finding("f1").get("values");
    assertEquals(4, values.size());
    assertEquals("2,000 to 2,400", data.strings.get(values.get(0).get(3).asInt()));
    assertEquals("more than", data.strings.get(values.get(0).get(4).asInt()));
    assertEquals("officials", data.strings.get(values.get(0).get(6).asInt()));
    assertEquals(-1, values.get(3).get(6).asInt(), "no source cited");
    assertNotNull(page.getElementById("f1").selectFirst("figure.chart div.svg[data-svg]"), "the figure of the numbers");
    assertEquals(List.of("not", "fail", "failed", "held"),
        data.sides("f2").stream().flatMap(s -> s.marks().stream()).toList());
    assertEquals(List.of("NEGATION", "CUE", "CUE", "CUE"),
        data.sides("f2").stream().flatMap(s -> s.markKinds().stream()).toList());
    assertEquals(List.of("Riverton", "Riverton", "Riverton"),
        data.sides("f4").stream().flatMap(s -> s.marks().stream()).toList());
    Set<String> titles = new TreeSet<>();
    data.root.get("marks").forEach(m -> titles.add(m.get(1).asText()));
    assertTrue(titles.contains("a word the finding rests on: denial"), titles.toString());
    assertTrue(titles.contains("a word the claims share"), titles.toString());
  }

  @Test
  void filtersCoverEveryKindAndOutletAndStartHidden() {
    Element form = page.getElementById("filters");
    assertTrue(form.hasAttr("hidden"), "without the script the filters stay hidden and every finding shows");
    assertEquals(4, form.select("input[name=kind]").size());
    assertEquals(List.of("o0", "o1", "o2", "o3"), form.select("input[name=outlet]").eachAttr("value"));
    // f6 rests on Harbor Times, Northern Wire and the unnamed a4
    assertEquals("o1 o2 o3", page.getElementById("f6").attr("data-outlets"));
  }

  @Test
  void overviewListsTheFindingsWorthCheckingFirst() {
    List<String> top = page.select("ol.top > li > a").eachAttr("href");
    assertEquals(List.of("#f3", "#f1", "#f2", "#f6"), top, "most confident first, no agreements");
    assertTrue(page.select("#outlets ~ div table tbody th").eachText().contains("a4 (outlet not named)"));
  }

  @Test
  void framingTableLinksEachValueToItsEvidence() {
    Element table = page.selectFirst("table.framing");
    assertNotNull(table);
    Element cell = table.selectFirst("a[href=#ev-a1-loaded-language]");
    assertEquals("20%", cell.text());
    assertEquals("(1)", cell.nextElementSibling().text(), "the pieces of evidence behind it");
    assertEquals("Daily Ledger (a1)", table.selectFirst("tbody th").ownText());
    assertEquals("GB, private", table.selectFirst("tbody th .ctx").text(), "the outlet's context beside the values");
    assertNotNull(page.selectFirst("#ind-loaded-language .evidence-lists"), "where the script puts the lists");
    Map<String, List<PageData.Piece>> evidence = data.evidence();
    assertEquals("disgrace", evidence.get("ev-a1-loaded-language").get(0).text());
    assertEquals("judgement", evidence.get("ev-a1-loaded-language").get(0).label());
    assertEquals("test lexicon", evidence.get("ev-a1-loaded-language").get(0).source());
    PageData.Piece omission = evidence.get("ev-a3-omission").get(0);
    assertEquals("a2", omission.articleId(), "evidence from another article says where it is");
    assertEquals("The agency accused the city of ignoring warnings in April 2024.", omission.text());
    Map<String, List<Evidence>> expected = new HashMap<>();
    report.bias().forEach(p -> p.indicators().forEach(
        i -> expected.put(Framing.anchor(p.articleId(), i.name()), i.evidence())));
    assertEquals(expected.keySet(), evidence.keySet());
    expected.forEach((id, list) -> assertEquals(list.stream().map(Evidence::text).toList(),
        evidence.get(id).stream().map(PageData.Piece::text).toList(), id));
    var speakers = data.root.get("framing").get(2).get("rows").get(0).get(2);
    assertEquals("group", data.strings.get(speakers.get(0).asInt()));
    assertEquals(5.0, speakers.get(1).asDouble(), "bar width in em");
    assertNotNull(page.getElementById("figure-framing-profile"));
    assertNotNull(page.getElementById("figure-quoted-speakers"));
  }

  @Test
  void aReportWithoutIndicatorsOrFindingsStillMakesAPage() {
    List<BiasProfile> empty = new ArrayList<>();
    report.articles().forEach(a -> empty.add(new BiasProfile(a.id(), List.of())));
    Report bare = Report.builder(report.provenance()).articles(report.articles()).claims(report.claims())
        .bias(empty).reprints(List.of(new Reprint(List.of("a1", "a5"), 0.9))).build();
    Document doc = Jsoup.parse(new HtmlReportWriter().render(bare, ChartSet.draw(bare)));
    assertTrue(doc.getElementById("framing").text().contains("This report has no framing indicators."));
    assertEquals(4, doc.select("section.kind-group p:contains(None found.)").size());
    assertTrue(doc.getElementById("overview").text().contains("No numeric discrepancies, contradictions or disputes"));
    assertTrue(doc.getElementById("overview").text().contains("Daily Ledger (a1), Daily Ledger (a5) (90% of sentences shared)"));
    assertNull(doc.getElementById("figure-outlet-matrix"), "no matrix without findings");
    assertNotNull(doc.getElementById("figure-timeline"), "the claims' dates still make a timeline");
  }

  @Test
  void aClaimInsideAnotherStillGetsItsAnchor() {
    String text = "Officials said the dam did not fail. Others disagreed.";
    var a = new dev.parallax.model.Article("a1", "x.txt", null, "Daily Ledger", null, null, "en", 9, "x", text, null,
        java.util.Map.of());
    var outer = new dev.parallax.model.Claim("a1.c1", "a1", "Officials said the dam did not fail.", 0, 36, 0,
        dev.parallax.model.Polarity.NEGATED, dev.parallax.model.Modality.REPORTED, null, List.of(), List.of(), null);
    var inner = new dev.parallax.model.Claim("a1.c2", "a1", "the dam did not fail", 15, 35, 0,
        dev.parallax.model.Polarity.NEGATED, dev.parallax.model.Modality.ASSERTED, null, List.of(), List.of(), null);
    var f = new Finding("f1", dev.parallax.model.FindingKind.AGREEMENT, "dam", List.of("a1.c2"), 0.5, "One says so.",
        List.of(), List.of(), List.of(), null, 1);
    Report r = Report.builder(report.provenance()).articles(List.of(a)).claims(List.of(outer, inner)).findings(List.of(f))
        .bias(List.of()).build();
    PageData d = new PageData(Jsoup.parse(new HtmlReportWriter().render(r, ChartSet.draw(r))));
    assertEquals(text, d.articleText(0), "the text is whole, once");
    assertEquals(4, d.pieces(0), "cut at each claim's start and end");
    assertEquals("the dam did not fail", d.claimText("a1.c2"));
    assertEquals(15, d.start(1));
    assertEquals("Officials said the dam did not fail.", d.claimText("a1.c1"));
  }

  @Test
  void provenanceAtTheFoot() {
    Element foot = page.getElementById("provenance");
    assertEquals("footer", foot.tagName());
    assertTrue(foot.text().contains("parallax 9.9.9"));
    assertTrue(foot.text().contains("2025-03-01T12:00:00Z"));
    assertTrue(foot.text().contains("skipped: the file is empty"));
  }

  /** An agreement's card does not quote again the sentences it shows; the explanation stays whole elsewhere. */
  @Test
  void agreementCardsLeaveOutTheQuotesOfTheirSentences() {
    var agreement = new Finding("f1", dev.parallax.model.FindingKind.AGREEMENT, "dam", List.of("a1.c2"), 0.5,
        "Reuters and AP report the same fact: \"The dam failed...\" (Reuters); \"The dam broke.\" (AP).", List.of(),
        List.of(), List.of(), null, 1);
    assertEquals("Reuters and AP report the same fact; their sentences follow.",
        HtmlReportWriter.cardExplanation(agreement));
    var otherWording = new Finding("f2", dev.parallax.model.FindingKind.AGREEMENT, "dam", List.of("a1.c2"), 0.5,
        "Both give 12 deaths.", List.of(), List.of(), List.of(), null, 1);
    assertEquals("Both give 12 deaths.", HtmlReportWriter.cardExplanation(otherWording));
    var dispute = new Finding("f3", dev.parallax.model.FindingKind.DISPUTE, "dam", List.of("a1.c2"), 0.5,
        "AP reports a denial: \"No dam failed.\"; what is denied is told by \"The dam failed.\" (Reuters).", List.of(),
        List.of(), List.of(), null, 1);
    assertEquals(dispute.explanation(), HtmlReportWriter.cardExplanation(dispute));
  }
}
