package dev.parallax.cli.output;

import dev.parallax.model.Article;
import dev.parallax.model.BiasIndicator;
import dev.parallax.model.Claim;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Evidence;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import dev.parallax.model.InputFile;
import dev.parallax.model.ModelInfo;
import dev.parallax.model.Provenance;
import dev.parallax.model.QuantityMention;
import dev.parallax.model.Report;
import dev.parallax.model.Reprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code report.html}: one self-contained page that works offline. Inline CSS, inline SVG
 * figures and one small inline script for the filters; a Content-Security-Policy forbids loading
 * anything from elsewhere.
 *
 * <p>The page reads top to bottom as a fact-checker works: an overview (outlets with their
 * context, counts, the findings worth checking first), the findings grouped by kind with the
 * sentences side by side and the figures or words that differ highlighted, the charts, the
 * framing indicators with their evidence, each article's text with its claims marked and linked
 * back to the findings, the notes, and the provenance at the foot. Without the script every
 * finding shows and the filters stay hidden.
 *
 * <p>Semantic landmarks ({@code header}, {@code nav}, {@code main}, {@code section},
 * {@code article}, {@code footer}), headings in order, visible keyboard focus, colours that keep
 * 4.5:1 contrast, and a print style. The output is deterministic: the same report and charts give
 * the same bytes.
 */
public final class HtmlReportWriter {
  /** The file name. */
  public static final String FILE = "report.html";

  /** How many findings the overview lists as worth checking first. */
  static final int WORTH_CHECKING = 8;

  /** Writes {@code report.html} into {@code dir} and returns its path. */
  public Path write(Report report, ChartSet charts, Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    Files.writeString(file, render(report, charts), StandardCharsets.UTF_8);
    return file;
  }

  /** The page. */
  public String render(Report report, ChartSet charts) {
    return new Page(report, charts).render();
  }

  private static final String CSS = String.join("",
      ":root{--ink:#1b1b1b;--muted:#555;--line:#d4d4d4;--soft:#f4f4f4;--link:#0b57a4;",
      "--NUMERIC_DISCREPANCY:#a33d00;--CONTRADICTION:#8e2f6d;--DISPUTE:#7a5300;--AGREEMENT:#00674b}",
      "*{box-sizing:border-box}",
      "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;",
      "color:var(--ink);background:#fff;line-height:1.5}",
      "a{color:var(--link)}",
      "a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible,[tabindex]:focus-visible",
      "{outline:3px solid var(--link);outline-offset:2px}",
      ".skip{position:absolute;left:-9999px;top:0}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.4rem .6rem;z-index:10}",
      "header.top,main,footer.provenance{max-width:74rem;margin:0 auto;padding:0 1.25rem}",
      "header.top{padding-top:1.25rem}",
      "h1{font-size:1.8rem;margin:.2rem 0 .3rem}",
      ".lead{font-size:1.1rem;margin:.2rem 0 .8rem}",
      "nav.toc{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);z-index:5}",
      "nav.toc ul{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;margin:0 auto;max-width:74rem;",
      "padding:.45rem 1.25rem}",
      "h2{font-size:1.45rem;border-bottom:2px solid var(--line);padding-bottom:.2rem;margin:2.4rem 0 .8rem;",
      "scroll-margin-top:3rem}",
      "h3{font-size:1.2rem;margin:1.8rem 0 .5rem;scroll-margin-top:3rem}",
      "h4{font-size:1.05rem;margin:0}",
      "[id]{scroll-margin-top:3.2rem}",
      "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.94rem}",
      "caption{text-align:left;font-weight:600;padding:.2rem 0}",
      "th,td{border:1px solid var(--line);padding:.32rem .5rem;text-align:left;vertical-align:top}",
      "thead th{background:var(--soft)}",
      "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      ".counts{display:grid;grid-template-columns:repeat(auto-fit,minmax(10.5rem,1fr));gap:.7rem;margin:1rem 0;",
      "padding:0;list-style:none}",
      ".counts a{display:block;border:1px solid var(--line);border-left:6px solid var(--k);border-radius:6px;",
      "padding:.45rem .75rem;text-decoration:none;color:var(--ink)}",
      ".counts .n{font-size:1.6rem;font-weight:700;display:block;line-height:1.2}",
      ".badge{display:inline-block;font-size:.78rem;font-weight:600;letter-spacing:.02em;padding:.05rem .45rem;",
      "border-radius:3px;color:#fff;background:var(--k);white-space:nowrap}",
      ".finding{border:1px solid var(--line);border-left:6px solid var(--k);border-radius:6px;padding:.7rem 1rem;",
      "margin:1rem 0;background:#fff}",
      ".finding>header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .7rem}",
      ".finding>header h4 a{color:inherit;text-decoration:none}",
      ".finding>header h4 a:hover{text-decoration:underline}",
      ".explanation{margin:.45rem 0}",
      ".meta{color:var(--muted);font-size:.9rem}",
      ".sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:.7rem;margin:.7rem 0}",
      ".side{margin:0;border:1px solid var(--line);border-top:5px solid var(--c);border-radius:4px;",
      "padding:.45rem .7rem;background:#fcfcfc}",
      ".side blockquote{margin:.3rem 0 .2rem;font-size:1.02rem}",
      ".side blockquote p{margin:0}",
      ".swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.3em;",
      "vertical-align:-.05em;border:1px solid rgba(0,0,0,.3);background:var(--c)}",
      "mark{background:#ffdf7e;color:inherit;padding:0 .12em;border-radius:2px;font-weight:600}",
      "mark.NEGATION{background:#f5c4da;text-decoration:underline}",
      "mark.CUE{background:#cde1ff;text-decoration:underline dotted}",
      ".finding ul{margin:.2rem 0 .5rem;padding-left:1.3rem}",
      ".label{font-weight:600;margin:.5rem 0 0}",
      "figure.chart{margin:1rem 0 1.5rem}",
      "figure.chart svg{width:100%;max-width:58rem;height:auto;display:block}",
      "figcaption{color:var(--muted);font-size:.9rem}",
      ".filters{border:1px solid var(--line);border-radius:6px;padding:.45rem .8rem;margin:1rem 0;background:var(--soft)}",
      ".filters fieldset{border:0;margin:0;padding:.2rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1.1rem}",
      ".filters legend{font-weight:600;padding:0;float:left;margin-right:.4rem}",
      ".filters p{margin:.3rem 0 .1rem}",
      ".source-text{white-space:pre-wrap;font-family:Georgia,'Times New Roman',serif;font-size:1.03rem;",
      "line-height:1.65;max-width:50rem}",
      ".claim{background:#efefef;border-radius:2px}",
      ".claim.cited{background:#ffeeb0}",
      ".claim:target,.finding:target,details:target{outline:3px solid var(--link);outline-offset:2px}",
      ".backref{font-family:system-ui,sans-serif;font-size:.72rem;vertical-align:super;margin-left:.15em}",
      "details>summary{cursor:pointer}",
      ".bar{display:inline-block;height:.75em;background:#31688e;vertical-align:middle;margin-right:.4em}",
      "ol.evidence{padding-left:1.6rem}ol.evidence li{margin:.3rem 0}",
      "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0}",
      "dl.facts dt{font-weight:600}dl.facts dd{margin:0}",
      "code{font-size:.88em;overflow-wrap:anywhere}",
      ".scroll{overflow-x:auto}",
      "@media print{nav.toc,.filters,.skip,.backref{display:none}body{font-size:10pt}",
      "header.top,main,footer.provenance{max-width:none;padding:0}",
      ".finding,.side,figure,tr,.counts li{break-inside:avoid}h2,h3,h4{break-after:avoid}",
      "a{color:inherit;text-decoration:none}",
      "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}");

  private static final String SCRIPT = String.join("\n",
      "(function () {",
      "  'use strict';",
      "  var form = document.getElementById('filters');",
      "  if (!form) { return; }",
      "  var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));",
      "  var groups = Array.prototype.slice.call(document.querySelectorAll('section.kind-group'));",
      "  var status = document.getElementById('filter-status');",
      "  function selected(name) {",
      "    var on = {};",
      "    Array.prototype.forEach.call(form.querySelectorAll('input[name=\"' + name + '\"]'), function (box) {",
      "      if (box.checked) { on[box.value] = true; }",
      "    });",
      "    return on;",
      "  }",
      "  function apply() {",
      "    var kinds = selected('kind'), outlets = selected('outlet'), shown = 0;",
      "    findings.forEach(function (f) {",
      "      var visible = kinds[f.getAttribute('data-kind')] === true &&",
      "        f.getAttribute('data-outlets').split(' ').some(function (o) { return outlets[o] === true; });",
      "      f.hidden = !visible;",
      "      if (visible) { shown++; }",
      "    });",
      "    groups.forEach(function (g) {",
      "      g.hidden = g.querySelector('article.finding') !== null && g.querySelector('article.finding:not([hidden])') === null;",
      "    });",
      "    status.textContent = 'Showing ' + shown + ' of ' + findings.length + ' findings.';",
      "  }",
      "  function reveal() {",
      "    var id = decodeURIComponent(window.location.hash.slice(1));",
      "    var target = id ? document.getElementById(id) : null;",
      "    if (!target) { return; }",
      "    if (target.tagName === 'DETAILS') { target.open = true; }",
      "    var finding = target.closest('article.finding');",
      "    if (finding && finding.hidden) { form.reset(); apply(); target.scrollIntoView(); }",
      "  }",
      "  form.addEventListener('change', apply);",
      "  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });",
      "  window.addEventListener('hashchange', reveal);",
      "  form.hidden = false;",
      "  apply();",
      "  reveal();",
      "}());");

  /** One rendering of one report. */
  private static final class Page {
    private final StringBuilder h = new StringBuilder(1 << 16);
    private final ReportIndex ix;
    private final Report report;
    private final ChartSet charts;
    private final Framing framing;

    Page(Report report, ChartSet charts) {
      this.report = report;
      this.ix = new ReportIndex(report);
      this.charts = charts;
      this.framing = new Framing(ix);
    }

    String render() {
      h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
          .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
          .append("<meta name=\"generator\" content=\"").append(esc(report.provenance().tool())).append(' ')
          .append(esc(report.provenance().version())).append("\">\n")
          .append("<title>Parallax report: ").append(esc(String.join(", ", ix.outlets()))).append("</title>\n")
          .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n")
          .append("<a class=\"skip\" href=\"#findings\">Skip to the findings</a>\n");
      header();
      nav();
      h.append("<main id=\"main\">\n");
      overview();
      findings();
      chartsSection();
      framingSection();
      articles();
      notes();
      h.append("</main>\n");
      provenance();
      h.append("<script>\n").append(SCRIPT).append("\n</script>\n</body>\n</html>\n");
      return h.toString();
    }

    private void header() {
      int articles = report.articles().size();
      h.append("<header class=\"top\">\n<h1>Parallax report</h1>\n<p class=\"lead\">How ")
          .append(Text.plural(ix.outlets().size(), "outlet reports", "outlets report")).append(" one story: ")
          .append(Text.plural(articles, "article", "articles")).append(", ")
          .append(Text.plural(report.claims().size(), "claim", "claims")).append(" and ")
          .append(Text.plural(report.findings().size(), "finding", "findings")).append(".</p>\n</header>\n");
    }

    private void nav() {
      h.append("<nav class=\"toc\" aria-label=\"Contents\">\n<ul>\n");
      link("overview", "Overview");
      link("findings", "Findings");
      if (charts.charts().stream().anyMatch(c -> c.findingId() == null && !framingChart(c.name()))) {
        link("charts", "Charts");
      }
      link("framing", "Framing");
      link("articles", "Articles");
      if (!report.diagnostics().isEmpty()) {
        link("notes", "Notes");
      }
      link("provenance", "Provenance");
      h.append("</ul>\n</nav>\n");
    }

    private void link(String id, String text) {
      h.append("<li><a href=\"#").append(id).append("\">").append(text).append("</a></li>\n");
    }

    // ---- overview

    private void overview() {
      h.append("<section id=\"overview\" aria-labelledby=\"overview-h\">\n<h2 id=\"overview-h\">Overview</h2>\n");
      h.append("<ul class=\"counts\">\n");
      for (FindingKind k : Text.KIND_ORDER) {
        int n = ix.ofKind(k).size();
        h.append("<li><a href=\"#kind-").append(Text.slug(k.name())).append("\" style=\"--k:var(--").append(k.name())
            .append(")\"><span class=\"n\">").append(n).append("</span>")
            .append(esc(n == 1 ? Text.kindLabel(k) : Text.kindPlural(k)).toLowerCase(Locale.ROOT)).append("</a></li>\n");
      }
      h.append("</ul>\n");

      h.append("<h3 id=\"worth-checking\">Worth checking first</h3>\n");
      List<Finding> top = ix.worthChecking(WORTH_CHECKING);
      if (top.isEmpty()) {
        h.append("<p>No numeric discrepancies, contradictions or disputes were found. The agreements are listed ")
            .append("<a href=\"#kind-agreement\">below</a>.</p>\n");
      } else {
        h.append("<p class=\"meta\">Numeric discrepancies, contradictions and disputes, most confident first.</p>\n")
            .append("<ol class=\"top\">\n");
        for (Finding f : top) {
          h.append("<li><a href=\"#").append(esc(f.id())).append("\"><strong>").append(esc(f.id())).append("</strong> ")
              .append(esc(f.topic())).append("</a> <span class=\"badge\" style=\"--k:var(--").append(f.kind().name())
              .append(")\">").append(Text.kindLabel(f.kind())).append("</span> <span class=\"meta\">confidence ")
              .append(Text.confidence(f.confidence())).append(" · ").append(esc(String.join(", ", ix.outletsOf(f))))
              .append("</span><br>").append(esc(f.explanation())).append("</li>\n");
        }
        h.append("</ol>\n");
      }

      h.append("<h3 id=\"outlets\">Outlets</h3>\n<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Outlet</th>")
          .append("<th scope=\"col\">Context</th><th scope=\"col\">Articles</th><th scope=\"col\">Claims</th>")
          .append("<th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
      for (String outlet : ix.outlets()) {
        List<Article> arts = ix.articlesOf(outlet);
        long claims = arts.stream().mapToLong(a -> ix.claimsOf(a.id()).size()).sum();
        long findings = report.findings().stream().filter(f -> ix.outletsOf(f).contains(outlet)).count();
        h.append("<tr><th scope=\"row\">").append(swatch(outlet)).append(esc(outlet)).append("</th><td>")
            .append(esc(ix.context(outlet).isEmpty() ? "not in the outlet registry" : ix.context(outlet)))
            .append("</td><td>");
        for (int i = 0; i < arts.size(); i++) {
          Article a = arts.get(i);
          h.append(i > 0 ? "<br>" : "").append("<a href=\"#article-").append(esc(a.id())).append("\">")
              .append(esc(a.id())).append("</a> ").append(esc(a.title() == null ? "(no title)" : a.title()));
          if (a.published() != null) {
            h.append(" <span class=\"meta\">").append(a.published()).append("</span>");
          }
        }
        h.append("</td><td class=\"num\">").append(claims).append("</td><td class=\"num\">").append(findings)
            .append("</td></tr>\n");
      }
      h.append("</tbody>\n</table></div>\n");
      h.append("<p class=\"meta\">Context comes from the outlet registry; it is shown to help reading and ")
          .append("never enters a finding or an indicator.</p>\n");
      if (!report.reprints().isEmpty()) {
        h.append("<p><strong>Reprints.</strong> These articles carry the same copy and count as one voice:</p>\n<ul>\n");
        for (Reprint r : report.reprints()) {
          h.append("<li>");
          for (int i = 0; i < r.articleIds().size(); i++) {
            String id = r.articleIds().get(i);
            h.append(i > 0 ? ", " : "").append("<a href=\"#article-").append(esc(id)).append("\">")
                .append(esc(ix.palette.articleLabel(id))).append("</a>");
          }
          h.append(" <span class=\"meta\">(").append(Text.percent(r.similarity())).append(" of sentences shared)</span></li>\n");
        }
        h.append("</ul>\n");
      }
      if (!report.diagnostics().isEmpty()) {
        h.append("<p>The analysis left <a href=\"#notes\">").append(Text.plural(report.diagnostics().size(), "note", "notes"))
            .append("</a>").append(ix.skippedInputs() > 0
                ? "; " + Text.plural(ix.skippedInputs(), "input file was", "input files were") + " not analysed" : "")
            .append(".</p>\n");
      }
      h.append("</section>\n");
    }

    // ---- findings

    private void findings() {
      h.append("<section id=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">Findings</h2>\n");
      h.append("<p>Each finding shows the sentences it rests on, side by side, with the figures or words that ")
          .append("differ highlighted, and why it was flagged. The claim ids link to the sentence in its article.</p>\n");
      filters();
      for (FindingKind k : Text.KIND_ORDER) {
        List<Finding> of = ix.ofKind(k);
        String id = "kind-" + Text.slug(k.name());
        h.append("<section class=\"kind-group\" id=\"").append(id).append("\" aria-labelledby=\"").append(id)
            .append("-h\">\n<h3 id=\"").append(id).append("-h\">").append(Text.kindPlural(k)).append(" (")
            .append(of.size()).append(")</h3>\n<p class=\"meta\">").append(Text.kindMeaning(k)).append("</p>\n");
        if (of.isEmpty()) {
          h.append("<p>None found.</p>\n");
        }
        for (Finding f : of) {
          finding(f);
        }
        h.append("</section>\n");
      }
      h.append("</section>\n");
    }

    private void filters() {
      h.append("<form id=\"filters\" class=\"filters\" hidden aria-label=\"Filter the findings\">\n")
          .append("<fieldset><legend>Kind</legend>\n");
      for (FindingKind k : Text.KIND_ORDER) {
        h.append("<label><input type=\"checkbox\" name=\"kind\" value=\"").append(k.name()).append("\" checked> ")
            .append(Text.kindPlural(k)).append(" (").append(ix.ofKind(k).size()).append(")</label>\n");
      }
      h.append("</fieldset>\n<fieldset><legend>Outlet</legend>\n");
      List<String> outlets = ix.outlets();
      for (int i = 0; i < outlets.size(); i++) {
        h.append("<label><input type=\"checkbox\" name=\"outlet\" value=\"o").append(i).append("\" checked> ")
            .append(swatch(outlets.get(i))).append(esc(outlets.get(i))).append("</label>\n");
      }
      h.append("</fieldset>\n<p><button type=\"reset\">Show all</button> ")
          .append("<output id=\"filter-status\" aria-live=\"polite\"></output></p>\n</form>\n");
    }

    private void finding(Finding f) {
      List<String> outlets = ix.outlets();
      StringBuilder codes = new StringBuilder();
      for (String o : ix.outletsOf(f)) {
        codes.append(codes.length() > 0 ? " " : "").append('o').append(outlets.indexOf(o));
      }
      h.append("<article class=\"finding\" id=\"").append(esc(f.id())).append("\" data-kind=\"").append(f.kind().name())
          .append("\" data-outlets=\"").append(codes).append("\" style=\"--k:var(--").append(f.kind().name())
          .append(")\" aria-labelledby=\"").append(esc(f.id())).append("-h\">\n<header><h4 id=\"").append(esc(f.id()))
          .append("-h\"><a href=\"#").append(esc(f.id())).append("\">").append(esc(f.id())).append("</a> · ")
          .append(esc(f.topic())).append("</h4> <span class=\"badge\">").append(Text.kindLabel(f.kind()))
          .append("</span> <span class=\"meta\">confidence ").append(Text.confidence(f.confidence()));
      if (f.relativeGap() != null) {
        h.append(" · relative gap ").append(Text.percent(f.relativeGap()));
      }
      h.append(" · ").append(Text.plural(f.voices(), "independent voice", "independent voices"))
          .append("</span></header>\n<p class=\"explanation\">").append(esc(f.explanation())).append("</p>\n");
      h.append("<div class=\"sides\">\n");
      for (String id : f.claimIds()) {
        side(f, ix.claim(id));
      }
      h.append("</div>\n");
      if (!f.values().isEmpty()) {
        values(f);
      }
      charts.ofFinding(f.id()).ifPresent(this::figure);
      if (!f.caveats().isEmpty()) {
        h.append("<p class=\"label\">Caveats</p>\n<ul class=\"caveats\">\n");
        for (String c : f.caveats()) {
          h.append("<li>").append(esc(c)).append("</li>\n");
        }
        h.append("</ul>\n");
      }
      if (!f.reasons().isEmpty()) {
        h.append("<p class=\"label\">Why it was flagged</p>\n<ul class=\"reasons\">\n");
        for (String r : f.reasons()) {
          h.append("<li>").append(esc(r)).append("</li>\n");
        }
        h.append("</ul>\n");
      }
      h.append("</article>\n");
    }

    private void side(Finding f, Claim c) {
      String outlet = ix.outletOf(c);
      h.append("<figure class=\"side\" style=\"--c:").append(ix.palette.hex(outlet)).append("\">\n<figcaption>")
          .append(swatch(outlet)).append("<strong>").append(esc(outlet)).append("</strong> <span class=\"meta\">")
          .append("<a href=\"#article-").append(esc(c.articleId())).append("\">").append(esc(c.articleId()))
          .append("</a> · <a href=\"#claim-").append(esc(c.id())).append("\">").append(esc(c.id()))
          .append(" in context</a></span>");
      String stance = Text.stance(c);
      if (!stance.isEmpty()) {
        h.append("<br><span class=\"meta\">").append(esc(stance)).append("</span>");
      }
      h.append("</figcaption>\n<blockquote><p>");
      marked(c.text(), Highlights.of(f, c));
      h.append("</p></blockquote>\n</figure>\n");
    }


    private void marked(String text, List<Highlights.Mark> marks) {
      int pos = 0;
      for (Highlights.Mark m : marks) {
        h.append(esc(text.substring(pos, m.start()))).append("<mark class=\"").append(m.kind().name())
            .append("\" title=\"").append(m.kind().title).append("\">").append(esc(text.substring(m.start(), m.end())))
            .append("</mark>");
        pos = m.end();
      }
      h.append(esc(text.substring(pos)));
    }

    private void values(Finding f) {
      h.append("<div class=\"scroll\"><table class=\"values\">\n<caption>Figures compared</caption>\n<thead><tr>")
          .append("<th scope=\"col\">Outlet</th><th scope=\"col\">As written</th><th scope=\"col\">Read as</th>")
          .append("<th scope=\"col\">Measures</th><th scope=\"col\">Source cited</th><th scope=\"col\">Time frame</th>")
          .append("</tr></thead>\n<tbody>\n");
      for (FindingValue v : f.values()) {
        QuantityMention q = v.quantity();
        String outlet = ix.palette.outletOfArticle(v.articleId());
        String qualifier = Text.qualifier(q.qualifier());
        h.append("<tr><th scope=\"row\">").append(swatch(outlet)).append(esc(ix.palette.articleLabel(v.articleId())))
            .append("</th><td><a href=\"#claim-").append(esc(v.claimId())).append("\">").append(esc(q.text()))
            .append("</a></td><td class=\"num\">").append(esc(Text.reading(q))).append(q.unit() != null ? " " + esc(q.unit()) : "")
            .append(qualifier.isEmpty() ? "" : " <span class=\"meta\">(" + qualifier + ")</span>").append("</td><td>")
            .append(esc(orDash(v.measured()))).append("</td><td>").append(esc(orDash(v.citedSource()))).append("</td><td>")
            .append(esc(orDash(v.timeFrame()))).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table></div>\n");
    }

    private static String orDash(String s) {
      return s == null || s.isBlank() ? "—" : s;
    }

    private void figure(ChartSet.Chart c) {
      String svg = c.svg();
      int at = svg.indexOf("<svg ") + "<svg ".length();
      h.append("<figure class=\"chart\" id=\"figure-").append(esc(c.name())).append("\">\n")
          .append(svg, 0, at).append("role=\"img\" aria-label=\"").append(esc(c.title() + ". " + c.alt())).append("\" ")
          .append(svg, at, svg.length())
          .append("\n<figcaption>").append(esc(c.caption())).append("</figcaption>\n</figure>\n");
    }

    // ---- charts

    private static boolean framingChart(String name) {
      return name.equals("framing-profile") || name.equals("quoted-speakers");
    }

    private void chartsSection() {
      List<ChartSet.Chart> list =
          charts.charts().stream().filter(c -> c.findingId() == null && !framingChart(c.name())).toList();
      if (list.isEmpty()) {
        return;
      }
      h.append("<section id=\"charts\" aria-labelledby=\"charts-h\">\n<h2 id=\"charts-h\">Charts</h2>\n")
          .append("<p class=\"meta\">Each outlet keeps one colour and one marker shape in every chart. ")
          .append("The charts are also in the <code>charts/</code> folder as PNG and SVG.")
          .append(charts.charts().stream().anyMatch(c -> c.findingId() != null)
              ? " The figures of numeric discrepancies are shown with each finding." : "")
          .append("</p>\n");
      for (ChartSet.Chart c : list) {
        figure(c);
      }
      h.append("</section>\n");
    }

    // ---- framing

    private void framingSection() {
      h.append("<section id=\"framing\" aria-labelledby=\"framing-h\">\n<h2 id=\"framing-h\">Framing</h2>\n");
      if (framing.empty()) {
        h.append("<p>This report has no framing indicators.</p>\n</section>\n");
        return;
      }
      h.append("<p>Each indicator is a count or a share a reader can recount from the evidence listed under it. ")
          .append("Select a value to see the words behind it. Outlet context is shown beside the values and is ")
          .append("never part of them.</p>\n");
      h.append("<div class=\"scroll\"><table class=\"framing\">\n<caption>Framing indicators per article</caption>\n")
          .append("<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Context</th>");
      for (Framing.Column col : framing.columns) {
        h.append("<th scope=\"col\"><a href=\"#ind-").append(Text.slug(col.name())).append("\">").append(esc(col.title()))
            .append("</a><br><span class=\"meta\">").append(esc(col.unit())).append("</span></th>");
      }
      h.append("</tr></thead>\n<tbody>\n");
      for (Article a : framing.articles()) {
        String outlet = ix.palette.outletOfArticle(a.id());
        h.append("<tr><th scope=\"row\">").append(swatch(outlet)).append(esc(ix.palette.articleLabel(a.id())))
            .append("</th><td class=\"meta\">").append(esc(ix.context(outlet))).append("</td>");
        for (Framing.Column col : framing.columns) {
          Optional<BiasIndicator> i = framing.indicator(a.id(), col.name());
          if (i.isEmpty()) {
            h.append("<td class=\"num\">—</td>");
          } else {
            h.append("<td class=\"num\"><a href=\"#").append(Framing.anchor(a.id(), col.name())).append("\">")
                .append(esc(Framing.value(i.get()))).append("</a> <span class=\"meta\">(")
                .append(i.get().evidence().size()).append(")</span></td>");
          }
        }
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table></div>\n<p class=\"meta\">In brackets: the pieces of evidence behind each value.</p>\n");
      charts.named("framing-profile").ifPresent(this::figure);
      charts.named("quoted-speakers").ifPresent(this::figure);
      for (Framing.Column col : framing.columns) {
        h.append("<section class=\"indicator\" id=\"ind-").append(Text.slug(col.name())).append("\" aria-labelledby=\"ind-")
            .append(Text.slug(col.name())).append("-h\">\n<h3 id=\"ind-").append(Text.slug(col.name())).append("-h\">")
            .append(esc(col.title())).append("</h3>\n<p>").append(esc(col.description())).append(" <span class=\"meta\">")
            .append("Unit: ").append(esc(col.unit())).append(".</span></p>\n");
        for (Article a : framing.articles()) {
          Optional<BiasIndicator> i = framing.indicator(a.id(), col.name());
          if (i.isPresent()) {
            evidence(a, i.get());
          }
        }
        h.append("</section>\n");
      }
      h.append("</section>\n");
    }

    private void evidence(Article a, BiasIndicator i) {
      String outlet = ix.palette.outletOfArticle(a.id());
      h.append("<details id=\"").append(Framing.anchor(a.id(), i.name())).append("\">\n<summary>").append(swatch(outlet))
          .append("<strong>").append(esc(ix.palette.articleLabel(a.id()))).append("</strong>: ")
          .append(esc(Framing.value(i))).append(" <span class=\"meta\">(")
          .append(Text.plural(i.evidence().size(), "piece of evidence", "pieces of evidence")).append(")</span></summary>\n");
      if (!i.breakdown().isEmpty()) {
        double max = i.breakdown().values().stream().mapToDouble(v -> Math.abs(v)).max().orElse(0);
        h.append("<table class=\"breakdown\">\n<caption>Breakdown</caption>\n<tbody>\n");
        for (Map.Entry<String, Double> e : i.breakdown().entrySet()) {
          double width = max == 0 ? 0 : Math.abs(e.getValue()) / max * 10;
          h.append("<tr><th scope=\"row\">").append(esc(e.getKey().toLowerCase(Locale.ROOT))).append("</th><td>")
              .append("<span class=\"bar\" style=\"width:").append(String.format(Locale.ROOT, "%.2f", width))
              .append("em\"></span>").append(esc(Text.number(e.getValue()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
      }
      if (i.evidence().isEmpty()) {
        h.append("<p class=\"meta\">No evidence listed.</p>\n");
      } else {
        h.append("<ol class=\"evidence\">\n");
        for (Evidence e : i.evidence()) {
          Framing.Context ctx = framing.context(e);
          h.append("<li><q>").append(ctx.cutBefore() ? "…" : "").append(esc(ctx.before())).append("<mark>")
              .append(esc(ctx.match())).append("</mark>").append(esc(ctx.after())).append(ctx.cutAfter() ? "…" : "")
              .append("</q> <span class=\"meta\">").append(esc(e.label()));
          if (e.source() != null) {
            h.append(" · ").append(esc(e.source()));
          }
          if (!e.articleId().equals(a.id())) {
            h.append(" · in <a href=\"#article-").append(esc(e.articleId())).append("\">")
                .append(esc(ix.palette.articleLabel(e.articleId()))).append("</a>");
          }
          h.append("</span></li>\n");
        }
        h.append("</ol>\n");
      }
      h.append("</details>\n");
    }

    // ---- articles

    private void articles() {
      h.append("<section id=\"articles\" aria-labelledby=\"articles-h\">\n<h2 id=\"articles-h\">Articles</h2>\n")
          .append("<p class=\"meta\">The text each article was analysed as. Claims are shaded; claims a finding ")
          .append("rests on are yellow and link to their findings.</p>\n");
      for (Article a : report.articles()) {
        String outlet = a.outlet() != null ? a.outlet() : "outlet not named";
        h.append("<article class=\"source\" id=\"article-").append(esc(a.id())).append("\" aria-labelledby=\"article-")
            .append(esc(a.id())).append("-h\">\n<h3 id=\"article-").append(esc(a.id())).append("-h\">")
            .append(swatch(ix.palette.outletOfArticle(a.id()))).append(esc(a.id())).append(" · ").append(esc(outlet))
            .append(a.title() != null ? ": " + esc(a.title()) : "").append("</h3>\n<dl class=\"facts\">\n");
        fact("Published", a.published() == null ? "not printed in the text" : a.published().toString());
        if (a.author() != null) {
          fact("Author", a.author());
        }
        if (a.url() != null) {
          fact("Address", a.url());
        }
        String context = ix.context(ix.palette.outletOfArticle(a.id()));
        if (!context.isEmpty()) {
          fact("Outlet context", context);
        }
        h.append("<dt>Source</dt><dd><code>").append(esc(a.source())).append("</code></dd>\n");
        fact("Words", Integer.toString(a.wordCount()));
        fact("Claims", Integer.toString(ix.claimsOf(a.id()).size()));
        h.append("<dt>SHA-256</dt><dd><code>").append(esc(a.sha256())).append("</code></dd>\n</dl>\n");
        h.append("<div class=\"source-text\">");
        text(a);
        h.append("</div>\n</article>\n");
      }
      h.append("</section>\n");
    }

    private void fact(String term, String value) {
      h.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    /** The article's text with every claim wrapped and anchored; an overlapping claim gets an anchor only. */
    private void text(Article a) {
      List<Claim> claims = new ArrayList<>(ix.claimsOf(a.id()));
      claims.sort(Comparator.comparingInt(Claim::start).thenComparingInt(c -> -c.end()));
      String text = a.text();
      int pos = 0;
      for (Claim c : claims) {
        List<Finding> cited = ix.findingsOf(c.id());
        if (c.start() < pos) {
          h.append("<span class=\"anchor\" id=\"claim-").append(esc(c.id())).append("\"></span>");
          backrefs(cited);
          continue;
        }
        h.append(esc(text.substring(pos, c.start()))).append("<span class=\"claim").append(cited.isEmpty() ? "" : " cited")
            .append("\" id=\"claim-").append(esc(c.id())).append("\" title=\"").append(esc(c.id())).append("\">")
            .append(esc(c.text())).append("</span>");
        backrefs(cited);
        pos = c.end();
      }
      h.append(esc(text.substring(pos)));
    }

    private void backrefs(List<Finding> cited) {
      for (Finding f : cited) {
        h.append("<a class=\"backref\" href=\"#").append(esc(f.id())).append("\" title=\"")
            .append(esc(Text.kindLabel(f.kind()) + ": " + f.topic())).append("\">").append(esc(f.id())).append("</a>");
      }
    }

    // ---- notes and provenance

    private void notes() {
      if (report.diagnostics().isEmpty()) {
        return;
      }
      h.append("<section id=\"notes\" aria-labelledby=\"notes-h\">\n<h2 id=\"notes-h\">Notes</h2>\n")
          .append("<p class=\"meta\">What the analysis wants you to know: skipped files, degraded input.</p>\n")
          .append("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Code</th>")
          .append("<th scope=\"col\">About</th><th scope=\"col\">Message</th></tr></thead>\n<tbody>\n");
      for (Diagnostic d : report.diagnostics()) {
        h.append("<tr><td>").append(d.severity().name().toLowerCase(Locale.ROOT)).append("</td><td><code>")
            .append(esc(d.code())).append("</code></td><td><code>").append(esc(d.subject())).append("</code></td><td>")
            .append(esc(d.message())).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table></div>\n</section>\n");
    }

    private void provenance() {
      Provenance p = report.provenance();
      h.append("<footer class=\"provenance\" id=\"provenance\" aria-labelledby=\"provenance-h\">\n")
          .append("<h2 id=\"provenance-h\">Provenance</h2>\n<dl class=\"facts\">\n");
      fact("Made by", p.tool() + " " + p.version());
      fact("Made at", p.generatedAt() == null
          ? "not recorded (compare --timestamp records it; without it the same input gives the same report)"
          : p.generatedAt().toString());
      for (Map.Entry<String, String> e : p.settings().entrySet()) {
        fact("Setting " + e.getKey(), e.getValue());
      }
      h.append("</dl>\n");
      if (!p.models().isEmpty()) {
        h.append("<div class=\"scroll\"><table>\n<caption>Models and data</caption>\n<thead><tr><th scope=\"col\">Name</th>")
            .append("<th scope=\"col\">From</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n");
        for (ModelInfo m : p.models()) {
          h.append("<tr><td>").append(esc(m.name())).append("</td><td><code>").append(esc(m.artifact()))
              .append("</code></td><td><code>").append(esc(orDash(m.sha256()))).append("</code></td></tr>\n");
        }
        h.append("</tbody>\n</table></div>\n");
      }
      if (!p.inputs().isEmpty()) {
        h.append("<div class=\"scroll\"><table>\n<caption>Inputs</caption>\n<thead><tr><th scope=\"col\">File</th>")
            .append("<th scope=\"col\">Status</th><th scope=\"col\">Bytes</th><th scope=\"col\">SHA-256</th>")
            .append("</tr></thead>\n<tbody>\n");
        for (InputFile in : p.inputs()) {
          h.append("<tr><td><code>").append(esc(in.source())).append("</code></td><td>")
              .append(in.status().name().toLowerCase(Locale.ROOT))
              .append(in.reason() != null ? ": " + esc(in.reason()) : "").append("</td><td class=\"num\">")
              .append(in.bytes() < 0 ? "—" : Text.number(in.bytes())).append("</td><td><code>")
              .append(esc(orDash(in.sha256()))).append("</code></td></tr>\n");
        }
        h.append("</tbody>\n</table></div>\n");
      }
      h.append("</footer>\n");
    }

    private String swatch(String outlet) {
      return "<span class=\"swatch\" style=\"--c:" + ix.palette.hex(outlet) + "\" aria-hidden=\"true\"></span>";
    }

    private static String esc(String s) {
      return Text.html(s);
    }
  }
}
