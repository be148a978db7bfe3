package dev.parallax.cli.output;

import dev.parallax.charts.Story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.BiasProfile;
import dev.parallax.model.Finding;
import dev.parallax.model.Report;
import dev.parallax.model.Reprint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page's structure, read back with an HTML parser; the browser test checks how it renders. */
class HtmlReportWriterTest {
  private final Report report = Story.report();
  private final ChartSet charts = ChartSet.draw(report);
  private final String html = new HtmlReportWriter().render(report, charts);
  private final Document page = Jsoup.parse(html);

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
    for (Element a : page.select("a[href^=#]")) {
      assertTrue(ids.contains(a.attr("href").substring(1)), "link to nowhere: " + a.attr("href"));
    }
  }

  @Test
  void everyFindingShowsItsSentencesWithOutletsAndLinksToThem() {
    for (Finding f : report.findings()) {
      Element card = page.getElementById(f.id());
      assertNotNull(card, f.id());
      assertEquals("article", card.tagName());
      assertEquals(f.kind().name(), card.attr("data-kind"));
      assertEquals(f.claimIds().size(), card.select("figure.side").size(), f.id());
      for (String claimId : f.claimIds()) {
        assertFalse(card.select("figure.side a[href=#claim-" + claimId + "]").isEmpty(), f.id() + " links " + claimId);
        Element inText = page.getElementById("claim-" + claimId);
        assertEquals(report.claim(claimId).orElseThrow().text(), inText.text());
        List<String> backrefs = new ArrayList<>();
        for (Element next = inText.nextElementSibling(); next != null && next.hasClass("backref");
            next = next.nextElementSibling()) {
          backrefs.add(next.attr("href"));
        }
        assertTrue(backrefs.contains("#" + f.id()), claimId + " links back to " + f.id() + ": " + backrefs);
      }
      for (String reason : f.reasons()) {
        assertTrue(card.select("ul.reasons li").eachText().contains(reason), reason);
      }
    }
  }

  @Test
  void differingFiguresAndWordsAreMarked() {
    Element f1 = page.getElementById("f1");
    assertEquals(List.of("More than 2,000", "About 11,300", "Some 11,000", "fewer than 2,500"),
        f1.select("figure.side mark.FIGURE").eachText());
    assertEquals(4, f1.select("table.values tbody tr").size());
    assertTrue(f1.select("table.values").text().contains("2,000 to 2,400 (more than)"));
    assertNotNull(f1.selectFirst("figure.chart svg[role=img]"), "the figure of the numbers, inline");
    assertEquals(List.of("not", "fail", "failed"), page.getElementById("f2").select("mark").eachText());
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
    Element evidence = page.getElementById("ev-a1-loaded-language");
    assertEquals("details", evidence.tagName());
    assertEquals("disgrace", evidence.selectFirst("ol.evidence mark").text());
    assertTrue(evidence.selectFirst("ol.evidence q").text().startsWith("Residents called the response a disgrace"));
    Element speakers = page.getElementById("ev-a1-quoted-sources");
    assertEquals(List.of("group", "official"), speakers.select("table.breakdown th").eachText());
    Element omission = page.getElementById("ev-a3-omission");
    assertTrue(omission.text().contains("in Harbor Times (a2)"), "evidence from another article says where it is");
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
    Document doc = Jsoup.parse(new HtmlReportWriter().render(r, ChartSet.draw(r)));
    assertNotNull(doc.getElementById("claim-a1.c2"), "the inner claim is anchored");
    assertEquals(text, doc.selectFirst("div.source-text").text().replace("f1", ""), "the text is whole, once");
    for (Element link : doc.select("a[href^=#]")) {
      assertNotNull(doc.getElementById(link.attr("href").substring(1)), link.attr("href"));
    }
  }

  @Test
  void provenanceAtTheFoot() {
    Element foot = page.getElementById("provenance");
    assertEquals("footer", foot.tagName());
    assertTrue(foot.text().contains("parallax 9.9.9"));
    assertTrue(foot.text().contains("2025-03-01T12:00:00Z"));
    assertTrue(foot.text().contains("skipped: the file is empty"));
  }
}
