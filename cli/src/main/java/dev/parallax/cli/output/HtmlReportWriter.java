package dev.parallax.cli.output;

import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS and SVG, no scripts or assets from
 * elsewhere) that opens offline. Articles first, then the findings by kind with the sentences side by
 * side, then the charts and the notes. Deterministic.
 */
public final class HtmlReportWriter {
  private static final String CSS =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:1100px;margin:2rem auto;"
          + "padding:0 1rem;color:#1b1b1b;line-height:1.45}h1{font-size:1.7rem}h2{border-bottom:2px solid #ddd;"
          + "padding-bottom:.2rem;margin-top:2rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid "
          + "#ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f4f4f4}.finding{border:1px "
          + "solid #ccc;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}.finding h3{margin:.1rem 0 .5rem}"
          + ".sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:.8rem}.side{background:"
          + "#f8f8f8;border-left:4px solid #888;padding:.5rem .7rem}.side .outlet{font-weight:600}.kind-NUMERIC_DISCREPANCY"
          + "{border-left:6px solid #d55e00}.kind-CONTRADICTION{border-left:6px solid #cc79a7}.kind-DISPUTE{border-left:"
          + "6px solid #e69f00}.kind-AGREEMENT{border-left:6px solid #009e73}.meta{color:#555;font-size:.9rem}"
          + "figure{margin:1rem 0}figcaption{color:#555}@media print{.finding{break-inside:avoid}}";

  public Path write(Report report, ChartSet charts, Path dir) throws IOException {
    Path file = dir.resolve("report.html");
    Files.writeString(file, render(report, charts), StandardCharsets.UTF_8);
    return file;
  }

  public String render(Report report, ChartSet charts) {
    Text t = new Text(report);
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Parallax report</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>Parallax report</h1>\n<p>").append(report.articles().size()).append(" articles, ")
        .append(report.claims().size()).append(" claims, ").append(report.findings().size()).append(" findings.</p>\n");
    h.append("<section id=\"articles\">\n<h2>Articles</h2>\n<table>\n<thead><tr><th>id</th><th>outlet</th>")
        .append("<th>published</th><th>title</th><th>source</th></tr></thead>\n<tbody>\n");
    for (Article a : report.articles()) {
      h.append("<tr><td>").append(a.id()).append("</td><td>").append(Text.html(a.outletOrUnknown())).append("</td><td>")
          .append(a.published() == null ? "not printed" : a.published().toString()).append("</td><td>")
          .append(Text.html(a.title() == null ? "(no title)" : a.title())).append("</td><td><code>")
          .append(Text.html(a.source())).append("</code></td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
    for (FindingKind kind : List.of(FindingKind.NUMERIC_DISCREPANCY, FindingKind.DISPUTE, FindingKind.CONTRADICTION,
        FindingKind.AGREEMENT)) {
      List<Finding> of = report.findings().stream().filter(f -> f.kind() == kind).toList();
      h.append("<section id=\"").append(kind.name().toLowerCase(java.util.Locale.ROOT)).append("\">\n<h2>")
          .append(heading(kind)).append(" (").append(of.size()).append(")</h2>\n");
      if (of.isEmpty()) {
        h.append("<p>None found.</p>\n");
      }
      for (Finding f : of) {
        finding(h, t, f);
      }
      h.append("</section>\n");
    }
    if (!charts.charts().isEmpty()) {
      h.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
      for (ChartSet.Chart c : charts.charts()) {
        h.append("<figure>").append(c.svg()).append("<figcaption>").append(Text.html(c.caption()))
            .append("</figcaption></figure>\n");
      }
      h.append("</section>\n");
    }
    if (!report.diagnostics().isEmpty()) {
      h.append("<section id=\"notes\">\n<h2>Notes</h2>\n<ul>\n");
      for (Diagnostic d : report.diagnostics()) {
        h.append("<li><strong>").append(d.severity()).append("</strong> ").append(Text.html(d.message())).append("</li>\n");
      }
      h.append("</ul>\n</section>\n");
    }
    h.append("</main>\n<footer class=\"meta\"><p>Made by ").append(Text.html(report.provenance().tool())).append(' ')
        .append(Text.html(report.provenance().version())).append(".</p></footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void finding(StringBuilder h, Text t, Finding f) {
    h.append("<article class=\"finding kind-").append(f.kind()).append("\" id=\"").append(f.id()).append("\">\n<h3>")
        .append(f.id()).append(": ").append(Text.html(f.topic())).append("</h3>\n<p>").append(Text.html(f.explanation()))
        .append("</p>\n<div class=\"sides\">\n");
    for (String id : f.claimIds()) {
      Claim c = t.claim(id);
      h.append("<blockquote class=\"side\"><div class=\"outlet\">").append(Text.html(t.outletOf(c)))
          .append("</div><p>").append(Text.html(c.text())).append("</p><div class=\"meta\">").append(c.id())
          .append("</div></blockquote>\n");
    }
    h.append("</div>\n<p class=\"meta\">Confidence ").append(Text.confidence(f.confidence()));
    if (f.relativeGap() != null) {
      h.append("; relative gap ").append(Text.percent(f.relativeGap()));
    }
    h.append("; ").append(f.voices()).append(f.voices() == 1 ? " independent voice" : " independent voices").append(".</p>\n");
    if (!f.caveats().isEmpty()) {
      h.append("<p><strong>Caveats</strong></p><ul>");
      for (String c : f.caveats()) {
        h.append("<li>").append(Text.html(c)).append("</li>");
      }
      h.append("</ul>\n");
    }
    if (!f.reasons().isEmpty()) {
      h.append("<details><summary>Why it was flagged</summary><ul>");
      for (String r : f.reasons()) {
        h.append("<li>").append(Text.html(r)).append("</li>");
      }
      h.append("</ul></details>\n");
    }
    h.append("</article>\n");
  }

  private static String heading(FindingKind kind) {
    return kind == FindingKind.NUMERIC_DISCREPANCY ? "Numeric discrepancies" : Text.kindLabel(kind) + "s";
  }
}
