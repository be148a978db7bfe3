package dev.parallax.cli.output;

import dev.parallax.model.Article;
import dev.parallax.model.BiasIndicator;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.InputFile;
import dev.parallax.model.ModelInfo;
import dev.parallax.model.Provenance;
import dev.parallax.model.Report;
import dev.parallax.model.Reprint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;

/**
 * Writes {@code report.html}: one self-contained page that works offline. Inline CSS, one inline
 * script and its data; a Content-Security-Policy forbids loading anything from elsewhere.
 *
 * <p>The page reads top to bottom as a fact-checker works: an overview (outlets with their
 * context, counts, the findings worth checking first), the findings grouped by kind with the
 * sentences side by side and the figures and words each finding turns on highlighted, the charts, the
 * framing indicators with their evidence, each article's text with its claims marked and linked
 * back to the findings, the notes, and the provenance at the foot.
 *
 * <p>It stays small when a story is large (a 200-article story once made a 40 MB page). The HTML
 * holds the frame a reader sees first: headings, counts, each finding's header and explanation,
 * the framing table, each article's facts. What is long or repeated is data that the script
 * renders when it is needed ({@link HtmlPageData}): each sentence is stored once, as a piece of
 * its article's text, and findings and framing evidence refer to it by number; a finding shows a
 * few of its sentences and reasons and the rest on request; an article's text and an indicator's
 * evidence are made when opened. Figures are kept as deflated SVG and drawn as they come near the
 * screen. Without scripts the frame still reads, and a note points to {@code report.md}.
 *
 * <p>Semantic landmarks ({@code header}, {@code nav}, {@code main}, {@code section},
 * {@code article}, {@code footer}), headings in order, visible keyboard focus, colours that keep
 * 4.5:1 contrast, and a print style that opens every list. The output is deterministic: the same
 * report and charts give the same bytes.
 */
public final class HtmlReportWriter {
  /** The file name. */
  public static final String FILE = "report.html";

  /** How many findings the overview lists as worth checking first. */
  static final int WORTH_CHECKING = 8;

  /**
   * An agreement's explanation as its card shows it: "X and Y report the same fact", without the
   * quotes of the sentences the card shows in full just below it (on a story of 200 articles those
   * quotes were a tenth of the page). Any other explanation, or an agreement worded otherwise, is
   * shown whole; report.json and report.md keep every explanation whole.
   */
  static String cardExplanation(Finding f) {
    String e = f.explanation();
    int quotes = e.indexOf(SAME_FACT);
    if (f.kind() != FindingKind.AGREEMENT || quotes < 0) {
      return e;
    }
    return e.substring(0, quotes) + " report the same fact; their sentences follow.";
  }

  private static final String SAME_FACT = " report the same fact: \"";

  /** The longest explanation the overview prints whole; longer ones are cut (the finding has it all). */
  static final int OVERVIEW_EXPLANATION = 320;

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

  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private static String resource(String name) {
    try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the page's " + name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page's " + name, e);
    }
  }

  /** The width and height of a chart's root {@code <svg>} element. */
  private static final Pattern SVG_SIZE = Pattern.compile("^<svg [^>]*?width=['\"]([0-9.]+)['\"] height=['\"]([0-9.]+)['\"]");

  /**
   * {@code text} in UTF-8, deflated (zlib format, which the browser's
   * {@code DecompressionStream("deflate")} reads) and in Base64. A figure's SVG repeats its markup
   * so much that this makes it 10 to 30 times smaller. The same text gives the same characters.
   */
  static String packed(String text) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 8 + 64);
      byte[] buffer = new byte[1 << 16];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return Base64.getEncoder().encodeToString(out.toByteArray());
    } finally {
      deflater.end();
    }
  }

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
      h.append("<main id=\"main\">\n<noscript><p class=\"noscript\">This page shows the findings' sentences, the ")
          .append("articles' texts, the framing evidence and the figures with a script that runs inside the page and ")
          .append("loads nothing. With scripts off, <code>report.md</code> (which <code>compare</code> writes beside it) ")
          .append("has the same content.</p></noscript>\n");
      overview();
      findings();
      chartsSection();
      framingSection();
      articles();
      notes();
      h.append("</main>\n");
      provenance();
      h.append("<script type=\"application/json\" id=\"parallax-data\">")
          .append(HtmlPageData.json(ix, framing)).append("</script>\n")
          .append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
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
              .append("</span><br>").append(txt(Text.cut(f.explanation(), OVERVIEW_EXPLANATION))).append("</li>\n");
        }
        h.append("</ol>\n");
      }

      h.append("<h3 id=\"outlets\">Outlets</h3>\n<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Outlet</th>")
          .append("<th scope=\"col\">Context</th><th scope=\"col\">Articles</th><th scope=\"col\">Claims</th>")
          .append("<th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
      for (String outlet : ix.outlets()) {
        List<Article> arts = ix.articlesOf(outlet);
        long claims = arts.stream().mapToLong(a -> ix.claimsOf(a.id()).size()).sum();
        long findings = ix.findingCount(outlet);
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
      h.append("<p>Each finding shows the sentences it rests on, side by side, with the figures and words it turns ")
          .append("on highlighted (the words agreeing sentences share are underlined), and why it was flagged. ")
          .append("The claim ids link to the sentence in its article.</p>\n");
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
          .append("\" data-outlets=\"").append(codes)
          .append("\" aria-labelledby=\"").append(esc(f.id())).append("-h\">\n<header><h4 id=\"").append(esc(f.id()))
          .append("-h\"><a href=\"#").append(esc(f.id())).append("\">").append(esc(f.id())).append("</a> · ")
          .append(esc(f.topic())).append("</h4> <span class=\"badge\">").append(Text.kindLabel(f.kind()))
          .append("</span> <span class=\"meta\">confidence ").append(Text.confidence(f.confidence()));
      if (f.relativeGap() != null) {
        h.append(" · relative gap ").append(Text.percent(f.relativeGap()));
      }
      h.append(" · ").append(Text.plural(f.voices(), "independent voice", "independent voices"))
          .append("</span></header>\n<p class=\"explanation\">").append(txt(cardExplanation(f))).append("</p>\n");
      // The sentences, the figures compared, the caveats and the reasons come from the page's data
      // (the script adds the caveats and reasons at the card's end; its colour comes from data-kind).
      h.append("<div class=\"sides\"></div>\n");
      charts.ofFinding(f.id()).ifPresent(this::figure);
      h.append("</article>\n");
    }

    private static String orDash(String s) {
      return s == null || s.isBlank() ? "—" : s;
    }

    /**
     * A figure, its SVG deflated and in Base64 in {@code data-svg}: the script unpacks it when it
     * comes near the screen. The placeholder keeps the figure's proportions, so the page does not
     * jump when it is drawn.
     */
    private void figure(ChartSet.Chart c) {
      String svg = c.svg();
      int at = svg.indexOf("<svg ") + "<svg ".length();
      String labelled = svg.substring(0, at) + "role=\"img\" aria-label=\"" + esc(c.title() + ". " + c.alt()) + "\" "
          + svg.substring(at);
      h.append("<figure class=\"chart\" id=\"figure-").append(esc(c.name())).append("\">\n<div class=\"svg\"");
      Matcher size = SVG_SIZE.matcher(svg);
      if (size.find()) {
        h.append(" style=\"aspect-ratio:").append(size.group(1)).append('/').append(size.group(2)).append('"');
      }
      h.append(" data-file=\"").append(esc(ChartSet.FOLDER + "/" + c.name() + ".svg")).append("\" data-svg=\"")
          .append(packed(labelled)).append("\"><span class=\"meta\">").append(esc(c.title())).append("</span></div>\n")
          .append("<figcaption>").append(esc(c.caption())).append("</figcaption>\n</figure>\n");
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
          .append("Select a value to see the words behind it. Outlet context (country, ownership) is shown under ")
          .append("each article and is never part of the values.</p>\n");
      h.append("<div class=\"wide\"><table class=\"framing\">\n<caption>Framing indicators per article</caption>\n")
          .append("<thead><tr><th scope=\"col\">Article<span class=\"unit\">outlet context</span></th>");
      for (Framing.Column col : framing.columns) {
        h.append("<th scope=\"col\"><a href=\"#ind-").append(Text.slug(col.name())).append("\">").append(esc(col.title()))
            .append("</a><span class=\"unit\">").append(esc(col.unit())).append("</span></th>");
      }
      h.append("</tr></thead>\n<tbody>\n");
      for (Article a : framing.articles()) {
        String outlet = ix.palette.outletOfArticle(a.id());
        String context = shortContext(outlet);
        h.append("<tr><th scope=\"row\">").append(swatch(outlet)).append(esc(ix.palette.articleLabel(a.id())));
        if (!context.isEmpty()) {
          h.append("<span class=\"ctx\">").append(esc(context)).append("</span>");
        }
        h.append("</th>");
        for (Framing.Column col : framing.columns) {
          Optional<BiasIndicator> i = framing.indicator(a.id(), col.name());
          if (i.isEmpty()) {
            h.append("<td>—</td>");
          } else {
            h.append("<td><a href=\"#").append(Framing.anchor(a.id(), col.name())).append("\">")
                .append(esc(Framing.value(i.get()))).append("</a><small>(").append(i.get().evidence().size())
                .append(")</small></td>");
          }
        }
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table></div>\n<p class=\"meta\">In brackets: the pieces of evidence behind each value. ")
          .append("The full context of each outlet is in the <a href=\"#outlets\">outlets</a> table.</p>\n");
      charts.named("framing-profile").ifPresent(this::figure);
      charts.named("quoted-speakers").ifPresent(this::figure);
      for (Framing.Column col : framing.columns) {
        h.append("<section class=\"indicator\" id=\"ind-").append(Text.slug(col.name())).append("\" aria-labelledby=\"ind-")
            .append(Text.slug(col.name())).append("-h\">\n<h3 id=\"ind-").append(Text.slug(col.name())).append("-h\">")
            .append(esc(col.title())).append("</h3>\n<p>").append(esc(col.description())).append(" <span class=\"meta\">")
            .append("Unit: ").append(esc(col.unit())).append(".</span></p>\n")
            // One <details id="ev-ARTICLE-INDICATOR"> per article, made by the script from the page's data.
            .append("<div class=\"evidence-lists\"></div>\n</section>\n");
      }
      h.append("</section>\n");
    }

    /** An outlet's country and ownership from the registry ("QA, state-owned"), or empty. */
    private String shortContext(String outlet) {
      return ix.profile(outlet).map(p -> {
        List<String> parts = new ArrayList<>();
        if (p.country() != null) {
          parts.add(p.country());
        }
        if (!ReportIndex.ownership(p).isEmpty()) {
          parts.add(ReportIndex.ownership(p));
        }
        return String.join(", ", parts);
      }).orElse("");
    }

    // ---- articles

    private void articles() {
      h.append("<section id=\"articles\" aria-labelledby=\"articles-h\">\n<h2 id=\"articles-h\">Articles</h2>\n")
          .append("<p class=\"meta\">The text each article was analysed as. Open a text to see it with its claims ")
          .append("shaded; claims a finding rests on are yellow and link to their findings.</p>\n");
      for (int n = 0; n < report.articles().size(); n++) {
        Article a = report.articles().get(n);
        int claims = ix.claimsOf(a.id()).size();
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
        fact("Claims", Integer.toString(claims));
        h.append("<dt>SHA-256</dt><dd><code>").append(esc(a.sha256())).append("</code></dd>\n</dl>\n");
        h.append("<details class=\"text\" data-article=\"").append(n).append("\"><summary>Text, with ")
            .append(Text.plural(claims, "claim", "claims")).append(" shaded</summary></details>\n</article>\n");
      }
      h.append("</section>\n");
    }

    private void fact(String term, String value) {
      h.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
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

    /** Text for an attribute value. */
    private static String esc(String s) {
      return Text.html(s);
    }

    /** Text for an element's content, where quotes need no escaping (explanations quote a lot). */
    private static String txt(String s) {
      return Text.htmlContent(s);
    }
  }
}
