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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code report.md}: the report as GitHub-flavoured Markdown that reads well on a
 * code-hosting site, with the PNG charts from {@code charts/} beside it.
 *
 * <p>Sections: overview (counts, the findings worth checking first, the outlets and their context,
 * the outlet matrix and coverage figures), the findings by kind (the sentences in a table with the
 * figures and words each finding turns on in bold, the figures compared, caveats and reasons), the other charts,
 * framing (a table of indicators and, per indicator, the first pieces of evidence in context), the
 * articles, the notes and the provenance.
 *
 * <p>Deterministic: the same report gives the same bytes on every machine. Nothing depends on the
 * clock or the locale, and the charts are referred to by file name only.
 */
public final class MarkdownReportWriter {
  /** The file name. */
  public static final String FILE = "report.md";

  /** How many pieces of evidence per indicator and article the Markdown report lists. */
  static final int EVIDENCE_SHOWN = 8;

  /** Writes {@code report.md} into {@code dir} and returns its path. */
  public Path write(Report report, ChartSet charts, Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    Files.writeString(file, render(report, charts), StandardCharsets.UTF_8);
    return file;
  }

  /** The Markdown text. */
  public String render(Report report, ChartSet charts) {
    return new Doc(report, charts).render();
  }

  private static final class Doc {
    private final StringBuilder md = new StringBuilder(1 << 15);
    private final Report report;
    private final ReportIndex ix;
    private final ChartSet charts;
    private final Framing framing;

    Doc(Report report, ChartSet charts) {
      this.report = report;
      this.ix = new ReportIndex(report);
      this.charts = charts;
      this.framing = new Framing(ix);
    }

    String render() {
      md.append("# Parallax report\n\n");
      md.append("How ").append(Text.plural(ix.outlets().size(), "outlet reports", "outlets report")).append(" one story: ")
          .append(Text.plural(report.articles().size(), "article", "articles")).append(", ")
          .append(Text.plural(report.claims().size(), "claim", "claims")).append(" and ")
          .append(Text.plural(report.findings().size(), "finding", "findings")).append(".\n\n");
      md.append("Contents: [Overview](#overview) · [Findings](#findings)");
      if (!otherCharts().isEmpty()) {
        md.append(" · [Charts](#charts)");
      }
      md.append(" · [Framing](#framing) · [Articles](#articles)");
      if (!report.diagnostics().isEmpty()) {
        md.append(" · [Notes](#notes)");
      }
      md.append(" · [Provenance](#provenance)\n\n");
      overview();
      findings();
      chartsSection();
      framingSection();
      articles();
      notes();
      provenance();
      return md.toString();
    }

    private void overview() {
      md.append("## Overview\n\n| Kind | Findings |\n|---|---:|\n");
      for (FindingKind k : Text.KIND_ORDER) {
        md.append("| ").append(Text.kindPlural(k)).append(" | ").append(ix.ofKind(k).size()).append(" |\n");
      }
      md.append('\n');
      md.append("### Worth checking first\n\n");
      List<Finding> top = ix.worthChecking(HtmlReportWriter.WORTH_CHECKING);
      if (top.isEmpty()) {
        md.append("No numeric discrepancies, contradictions or disputes were found.\n\n");
      } else {
        md.append("Numeric discrepancies, contradictions and disputes, most confident first.\n\n");
        int n = 1;
        for (Finding f : top) {
          md.append(n++).append(". [").append(f.id()).append("](#").append(f.id()).append(") **")
              .append(Text.kindLabel(f.kind())).append("**, ").append(Text.md(f.topic())).append(" (confidence ")
              .append(Text.confidence(f.confidence())).append("): ").append(Text.md(f.explanation())).append('\n');
        }
        md.append('\n');
      }
      md.append("### Outlets\n\n| Outlet | Context | Articles | Claims | Findings |\n|---|---|---|---:|---:|\n");
      for (String outlet : ix.outlets()) {
        List<Article> arts = ix.articlesOf(outlet);
        long claims = arts.stream().mapToLong(a -> ix.claimsOf(a.id()).size()).sum();
        long findings = ix.findingCount(outlet);
        StringBuilder list = new StringBuilder();
        for (Article a : arts) {
          list.append(list.length() > 0 ? "; " : "").append(a.id()).append(' ')
              .append(Text.md(a.title() == null ? "(no title)" : a.title()));
        }
        String context = ix.context(outlet);
        md.append("| ").append(Text.md(outlet)).append(" | ")
            .append(Text.md(context.isEmpty() ? "not in the outlet registry" : context)).append(" | ").append(list)
            .append(" | ").append(claims).append(" | ").append(findings).append(" |\n");
      }
      md.append("\nContext comes from the outlet registry; it never enters a finding or an indicator.\n\n");
      if (!report.reprints().isEmpty()) {
        md.append("Reprints (the same copy, counted as one voice):\n\n");
        for (Reprint r : report.reprints()) {
          md.append("- ");
          for (int i = 0; i < r.articleIds().size(); i++) {
            md.append(i > 0 ? ", " : "").append(Text.md(ix.palette.articleLabel(r.articleIds().get(i))));
          }
          md.append(" (").append(Text.percent(r.similarity())).append(" of sentences shared)\n");
        }
        md.append('\n');
      }
    }

    private void findings() {
      md.append("## Findings\n\n");
      for (FindingKind k : Text.KIND_ORDER) {
        List<Finding> of = ix.ofKind(k);
        md.append("### ").append(Text.kindPlural(k)).append("\n\n").append(Text.kindMeaning(k)).append(' ')
            .append(of.isEmpty() ? "None found." : Text.plural(of.size(), "finding.", "findings.")).append("\n\n");
        for (Finding f : of) {
          finding(f);
        }
      }
    }

    private void finding(Finding f) {
      md.append("<a id=\"").append(f.id()).append("\"></a>\n\n#### ").append(f.id()).append(": ")
          .append(Text.md(f.topic())).append("\n\n");
      md.append("**").append(Text.kindLabel(f.kind())).append("** · confidence ").append(Text.confidence(f.confidence()));
      if (f.relativeGap() != null) {
        md.append(" · relative gap ").append(Text.percent(f.relativeGap()));
      }
      md.append(" · ").append(Text.plural(f.voices(), "independent voice", "independent voices")).append("\n\n");
      md.append(Text.md(f.explanation())).append("\n\n");
      md.append("| Outlet | Claim |\n|---|---|\n");
      for (String id : f.claimIds()) {
        Claim c = ix.claim(id);
        md.append("| ").append(Text.md(ix.labelOf(c))).append(" | ");
        marked(c.text(), Highlights.inPlainText(f, c));
        md.append(" (").append(c.id()).append(") |\n");
      }
      md.append('\n');
      if (f.kind() != FindingKind.AGREEMENT) {
        wordDifferences(f);
      }
      if (!f.values().isEmpty()) {
        md.append("| Outlet | As written | Read as | Measures | Source cited | Time frame |\n|---|---|---|---|---|---|\n");
        for (FindingValue v : f.values()) {
          QuantityMention q = v.quantity();
          String qualifier = Text.qualifier(q.qualifier());
          md.append("| ").append(Text.md(ix.palette.articleLabel(v.articleId()))).append(" | ").append(Text.md(q.text()))
              .append(" | ").append(Text.md(Text.reading(q) + (q.unit() != null ? " " + q.unit() : "")
                  + (qualifier.isEmpty() ? "" : " (" + qualifier + ")")))
              .append(" | ").append(Text.md(dash(v.measured()))).append(" | ").append(Text.md(dash(v.citedSource())))
              .append(" | ").append(Text.md(dash(v.timeFrame()))).append(" |\n");
        }
        md.append('\n');
      }
      charts.ofFinding(f.id()).ifPresent(this::image);
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

    private void marked(String text, List<Highlights.Mark> marks) {
      int pos = 0;
      for (Highlights.Mark m : marks) {
        md.append(Text.md(text.substring(pos, m.start())));
        String word = Text.md(text.substring(m.start(), m.end()));
        md.append(word.isBlank() ? word : "**" + word.strip() + "**");
        pos = m.end();
      }
      md.append(Text.md(text.substring(pos)));
    }

    /**
     * The word difference between the finding's first sentence and each of the next ones (as many
     * as the page shows at once): shared words plain, words only the first has struck through,
     * words only the other has in bold. Markdown cannot dim the shared words; the page does.
     */
    private void wordDifferences(Finding f) {
      List<Claim> claims = f.claimIds().stream().map(ix::claim).toList();
      for (int k = 1; k < Math.min(claims.size(), HtmlPageData.shown(f)); k++) {
        Claim a = claims.get(0);
        Claim b = claims.get(k);
        WordDifference d = WordDifference.of(a.text(), b.text());
        md.append("Word by word: ~~struck~~ only in ").append(Text.md(ix.sentenceLabel(a, b))).append(", **bold** only in ")
            .append(Text.md(ix.sentenceLabel(b, a))).append(", plain in both:\n\n> ");
        boolean any = false;
        for (WordDifference.Run r : d.runs()) {
          // A space before struck or bold words that open with a mark (", officials said"), or Markdown
          // would not read the tildes or asterisks as markup.
          md.append(any && (d.spaceBefore(r) || r.side() != WordDifference.Side.BOTH) ? " " : "");
          String words = Text.md(d.text(r));
          md.append(r.side() == WordDifference.Side.FIRST ? "~~" + words + "~~"
              : r.side() == WordDifference.Side.SECOND ? "**" + words + "**" : words);
          any = true;
        }
        md.append("\n\n");
      }
    }

    private static String dash(String s) {
      return s == null || s.isBlank() ? "—" : s;
    }

    private void image(ChartSet.Chart c) {
      md.append("![").append(Text.md(c.title())).append("](").append(c.image()).append(")\n\n")
          .append('*').append(Text.md(c.caption())).append("*\n\n");
    }

    private List<ChartSet.Chart> otherCharts() {
      return charts.charts().stream()
          .filter(c -> c.findingId() == null && !c.name().equals("framing-profile") && !c.name().equals("quoted-speakers"))
          .toList();
    }

    private void chartsSection() {
      List<ChartSet.Chart> list = otherCharts();
      if (list.isEmpty()) {
        return;
      }
      md.append("## Charts\n\nEach outlet keeps one colour and one marker shape in every chart; the SVG versions are "
          + "beside the PNG files in `charts/`.\n\n");
      for (ChartSet.Chart c : list) {
        md.append("### ").append(Text.md(c.title())).append("\n\n");
        image(c);
      }
    }

    private void framingSection() {
      md.append("## Framing\n\n");
      if (framing.empty()) {
        md.append("This report has no framing indicators.\n\n");
        return;
      }
      md.append("Each indicator is a count or a share a reader can recount from its evidence. Outlet context is "
          + "shown beside the values and is never part of them.\n\n");
      md.append("| Article | Context |");
      StringBuilder rule = new StringBuilder("|---|---|");
      for (Framing.Column col : framing.columns) {
        md.append(' ').append(Text.md(col.title())).append(" (").append(Text.md(col.unit())).append(") |");
        rule.append("---:|");
      }
      md.append('\n').append(rule).append('\n');
      for (Article a : framing.articles()) {
        md.append("| ").append(Text.md(ix.palette.articleLabel(a.id()))).append(" | ")
            .append(Text.md(ix.context(ix.palette.outletOfArticle(a.id())))).append(" |");
        for (Framing.Column col : framing.columns) {
          Optional<BiasIndicator> i = framing.indicator(a.id(), col.name());
          md.append(' ').append(i.map(Framing::value).orElse("—")).append(" |");
        }
        md.append('\n');
      }
      md.append('\n');
      charts.named("framing-profile").ifPresent(this::image);
      charts.named("quoted-speakers").ifPresent(this::image);
      for (Framing.Column col : framing.columns) {
        md.append("### ").append(Text.md(col.title())).append("\n\n").append(Text.md(col.description()))
            .append(" Unit: ").append(Text.md(col.unit())).append(".\n\n");
        for (Article a : framing.articles()) {
          Optional<BiasIndicator> i = framing.indicator(a.id(), col.name());
          if (i.isEmpty()) {
            continue;
          }
          BiasIndicator ind = i.get();
          md.append("**").append(Text.md(ix.palette.articleLabel(a.id()))).append("**: ").append(Framing.value(ind));
          if (!ind.breakdown().isEmpty()) {
            md.append(" (");
            boolean first = true;
            for (Map.Entry<String, Double> e : ind.breakdown().entrySet()) {
              md.append(first ? "" : ", ").append(Text.md(e.getKey().toLowerCase(Locale.ROOT))).append(' ')
                  .append(Text.number(e.getValue()));
              first = false;
            }
            md.append(')');
          }
          md.append("\n\n");
          int shown = Math.min(EVIDENCE_SHOWN, ind.evidence().size());
          for (Evidence e : ind.evidence().subList(0, shown)) {
            Framing.Context ctx = framing.context(e);
            md.append("- “").append(ctx.cutBefore() ? "…" : "").append(Text.md(ctx.before())).append("**")
                .append(Text.md(ctx.match()).strip()).append("**").append(Text.md(ctx.after()))
                .append(ctx.cutAfter() ? "…" : "").append("” (").append(Text.md(e.label()));
            if (e.source() != null) {
              md.append(", ").append(Text.md(e.source()));
            }
            if (!e.articleId().equals(a.id())) {
              md.append(", in ").append(Text.md(ix.palette.articleLabel(e.articleId())));
            }
            md.append(")\n");
          }
          if (ind.evidence().size() > shown) {
            md.append("- … and ").append(ind.evidence().size() - shown).append(" more in `report.html` and `report.json`\n");
          }
          if (shown > 0) {
            md.append('\n');
          }
        }
      }
    }

    private void articles() {
      md.append("## Articles\n\n| Id | Outlet | Published | Title | Words | Claims | Source |\n")
          .append("|---|---|---|---|---:|---:|---|\n");
      for (Article a : report.articles()) {
        md.append("| ").append(a.id()).append(" | ").append(Text.md(a.outletOrUnknown())).append(" | ")
            .append(a.published() == null ? "not printed" : a.published().toString()).append(" | ")
            .append(Text.md(a.title() == null ? "(no title)" : a.title())).append(" | ").append(a.wordCount())
            .append(" | ").append(ix.claimsOf(a.id()).size()).append(" | ").append(FileNames.markdownCode(a.source()))
            .append(" |\n");
      }
      md.append("\nThe full texts, with every claim marked, are in `report.html`.\n\n");
    }

    private void notes() {
      if (report.diagnostics().isEmpty()) {
        return;
      }
      md.append("## Notes\n\n| Severity | Code | About | Message |\n|---|---|---|---|\n");
      for (Diagnostic d : report.diagnostics()) {
        md.append("| ").append(d.severity().name().toLowerCase(Locale.ROOT)).append(" | `").append(d.code().replace("`", "'"))
            .append("` | ").append(Text.md(FileNames.terminal(d.subject()))).append(" | ")
            .append(Text.md(FileNames.terminal(d.message()))).append(" |\n");
      }
      md.append('\n');
    }

    private void provenance() {
      Provenance p = report.provenance();
      md.append("## Provenance\n\n");
      md.append("Made by ").append(Text.md(p.tool())).append(' ').append(Text.md(p.version()));
      md.append(p.generatedAt() == null ? " (no time recorded)." : " at " + p.generatedAt() + ".");
      md.append("\n\n");
      if (!p.settings().isEmpty()) {
        md.append("| Setting | Value |\n|---|---|\n");
        for (Map.Entry<String, String> e : p.settings().entrySet()) {
          md.append("| ").append(Text.md(e.getKey())).append(" | ").append(Text.md(e.getValue())).append(" |\n");
        }
        md.append('\n');
      }
      if (!p.models().isEmpty()) {
        md.append("| Model or data | From | SHA-256 |\n|---|---|---|\n");
        for (ModelInfo m : p.models()) {
          md.append("| ").append(Text.md(m.name())).append(" | `").append(m.artifact().replace("`", "'")).append("` | ")
              .append(m.sha256() == null ? "—" : "`" + m.sha256() + "`").append(" |\n");
        }
        md.append('\n');
      }
      if (!p.inputs().isEmpty()) {
        md.append("| Input | Status | Bytes | SHA-256 |\n|---|---|---:|---|\n");
        for (InputFile in : p.inputs()) {
          md.append("| ").append(FileNames.markdownCode(in.source())).append(" | ")
              .append(in.status().name().toLowerCase(Locale.ROOT)).append(in.reason() != null ? ": " + Text.md(in.reason()) : "")
              .append(" | ").append(in.bytes() < 0 ? "—" : Text.number(in.bytes())).append(" | ")
              .append(in.sha256() == null ? "—" : "`" + in.sha256() + "`").append(" |\n");
        }
        md.append('\n');
      }
    }
  }
}
