package dev.parallax.cli.output;

import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import dev.parallax.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code report.md}: the articles, then every finding grouped by kind with both sentences, the
 * outlets, the explanation, caveats and reasons, then the diagnostics. Deterministic.
 */
public final class MarkdownReportWriter {

  public Path write(Report report, ChartSet charts, Path dir) throws IOException {
    Path file = dir.resolve("report.md");
    Files.writeString(file, render(report, charts), StandardCharsets.UTF_8);
    return file;
  }

  public String render(Report report, ChartSet charts) {
    Text t = new Text(report);
    StringBuilder md = new StringBuilder();
    md.append("# Parallax report\n\n");
    md.append(report.articles().size()).append(" articles, ").append(report.claims().size()).append(" claims, ")
        .append(report.findings().size()).append(" findings.\n\n");
    md.append("## Articles\n\n| id | outlet | published | title | source |\n|---|---|---|---|---|\n");
    for (Article a : report.articles()) {
      md.append("| ").append(a.id()).append(" | ").append(Text.md(a.outletOrUnknown())).append(" | ")
          .append(a.published() == null ? "not printed" : a.published().toString()).append(" | ")
          .append(Text.md(a.title() == null ? "(no title)" : a.title())).append(" | `")
          .append(a.source().replace("`", "")).append("` |\n");
    }
    md.append('\n');
    for (FindingKind kind : List.of(FindingKind.NUMERIC_DISCREPANCY, FindingKind.DISPUTE, FindingKind.CONTRADICTION,
        FindingKind.AGREEMENT)) {
      List<Finding> of = report.findings().stream().filter(f -> f.kind() == kind).toList();
      md.append("## ").append(heading(kind)).append(" (").append(of.size()).append(")\n\n");
      if (of.isEmpty()) {
        md.append("None found.\n\n");
      }
      for (Finding f : of) {
        finding(md, t, f);
      }
    }
    if (!charts.charts().isEmpty()) {
      md.append("## Charts\n\n");
      for (ChartSet.Chart c : charts.charts()) {
        md.append("![").append(Text.md(c.caption())).append("](charts/").append(c.name()).append(".png)\n\n");
      }
    }
    if (!report.diagnostics().isEmpty()) {
      md.append("## Notes\n\n");
      for (Diagnostic d : report.diagnostics()) {
        md.append("- **").append(d.severity()).append("** ").append(Text.md(d.message())).append('\n');
      }
      md.append('\n');
    }
    md.append("---\n\nMade by ").append(report.provenance().tool()).append(' ')
        .append(report.provenance().version()).append(".\n");
    return md.toString();
  }

  private static void finding(StringBuilder md, Text t, Finding f) {
    md.append("### ").append(f.id()).append(": ").append(Text.md(f.topic())).append("\n\n");
    md.append(Text.md(f.explanation())).append("\n\n");
    md.append("| outlet | claim |").append(f.values().isEmpty() ? "" : " value |").append('\n');
    md.append("|---|---|").append(f.values().isEmpty() ? "" : "---|").append('\n');
    for (String id : f.claimIds()) {
      Claim c = t.claim(id);
      md.append("| ").append(Text.md(t.outletOf(c))).append(" | ").append(Text.md(c.text())).append(" (")
          .append(c.id()).append(") |");
      if (!f.values().isEmpty()) {
        StringBuilder values = new StringBuilder();
        for (FindingValue v : f.values()) {
          if (v.claimId().equals(id)) {
            values.append(values.length() > 0 ? ", " : "").append(v.quantity().text());
          }
        }
        md.append(' ').append(Text.md(values.toString())).append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
    md.append("Confidence ").append(Text.confidence(f.confidence()));
    if (f.relativeGap() != null) {
      md.append("; relative gap ").append(Text.percent(f.relativeGap()));
    }
    md.append("; ").append(f.voices()).append(f.voices() == 1 ? " independent voice" : " independent voices").append(".\n\n");
    if (!f.caveats().isEmpty()) {
      md.append("Caveats:\n\n");
      for (String c : f.caveats()) {
        md.append("- ").append(Text.md(c)).append('\n');
      }
      md.append('\n');
    }
    if (!f.reasons().isEmpty()) {
      md.append("Why it was flagged:\n\n");
      for (String r : f.reasons()) {
        md.append("- ").append(Text.md(r)).append('\n');
      }
      md.append('\n');
    }
  }

  private static String heading(FindingKind kind) {
    return kind == FindingKind.NUMERIC_DISCREPANCY ? "Numeric discrepancies" : Text.kindLabel(kind) + "s";
  }
}
