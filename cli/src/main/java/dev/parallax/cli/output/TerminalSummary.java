package dev.parallax.cli.output;

import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The summary {@code parallax compare} prints when it is done: one line on what was compared, a
 * small table of findings by kind, the findings worth checking first, and the files written.
 * Colour only when {@link TerminalStyle} says so; the text is the same either way.
 */
public final class TerminalSummary {
  /** How many findings the summary lists. */
  static final int TOP = 5;

  private final TerminalStyle style;
  private final int width;

  /** A summary in {@code style}, wrapped to {@code width} columns. */
  public TerminalSummary(TerminalStyle style, int width) {
    this.style = Objects.requireNonNull(style, "style");
    this.width = Math.max(width, 40);
  }

  /** A summary in the style {@link TerminalStyle#detect} picks, as wide as {@code COLUMNS} says (else 100). */
  public TerminalSummary() {
    this(TerminalStyle.detect(), FindingsView.terminalWidth());
  }

  /** Prints the summary of {@code report}, then the files {@code written}. */
  public void print(Report report, List<Path> written, PrintWriter out) {
    ReportIndex ix = new ReportIndex(report);
    out.println("Compared " + Text.plural(report.articles().size(), "article", "articles") + " from "
        + Text.plural(ix.outlets().size(), "outlet", "outlets") + " ("
        + Text.plural(report.claims().size(), "claim", "claims") + ").");
    out.println();
    out.println("  " + style.bold(pad("Findings", 24)) + style.bold(String.format(java.util.Locale.ROOT, "%5s", "count")));
    for (FindingKind k : Text.KIND_ORDER) {
      int n = ix.ofKind(k).size();
      String label = pad(Text.kindPlural(k).toLowerCase(java.util.Locale.ROOT), 24);
      out.println("  " + (n > 0 ? style.kind(k, label) : label) + String.format(java.util.Locale.ROOT, "%5d", n));
    }
    if (report.articles().size() == 1) {
      out.println();
      String note = "Only one article was read, so there is nothing to compare it with; the report lists its"
          + " claims and its framing.";
      for (int[] line : Text.wrap(note, width)) {
        out.println(note.substring(line[0], line[1]));
      }
    }
    List<Finding> top = ix.worthChecking(TOP);
    if (!top.isEmpty()) {
      out.println();
      out.println(style.bold("Worth checking first:"));
      for (Finding f : top) {
        String head = "  " + pad(f.id(), 5) + style.kind(f.kind(), Text.kindLabel(f.kind()).toLowerCase(java.util.Locale.ROOT))
            + style.dim("  confidence " + Text.confidence(f.confidence()) + "  " + outlets(ix.outletsOf(f)));
        out.println(head);
        String explanation = f.explanation();
        List<int[]> lines = Text.wrap(explanation, width - 7);
        for (int i = 0; i < Math.min(lines.size(), 2); i++) {
          String line = explanation.substring(lines.get(i)[0], lines.get(i)[1]);
          out.println("       " + (i == 1 && lines.size() > 2 ? Text.cut(line + " …", width - 7) : line));
        }
      }
    }
    long skipped = ix.skippedInputs();
    out.println();
    if (skipped > 0) {
      out.println(Text.plural(skipped, "file was", "files were") + " not analysed; see the notes in the report.");
    }
    for (Path p : written) {
      out.println("Wrote " + p);
    }
    // inspect reads report.json: the hint only when this run wrote one.
    for (Path p : written) {
      if (p.getFileName() != null && p.getFileName().toString().equals("report.json")) {
        out.println(style.dim("See every finding with: parallax inspect " + (p.getParent() != null ? p.getParent() : p)));
        break;
      }
    }
    out.flush();
  }

  /**
   * Prints one line for one story of a run over many ({@code compare --each}): its name, how many
   * articles were compared, and the findings by kind, in the order of {@link #print}'s table.
   */
  public void printStory(String name, Report report, PrintWriter out) {
    ReportIndex ix = new ReportIndex(report);
    List<String> counts = new ArrayList<>();
    for (FindingKind k : Text.KIND_ORDER) {
      int n = ix.ofKind(k).size();
      String count = Text.count(k, n);
      counts.add(n > 0 ? style.kind(k, count) : count);
    }
    out.println(style.bold(name) + ": " + Text.plural(report.articles().size(), "article", "articles") + "; "
        + String.join(", ", counts));
    out.flush();
  }

  /** At most {@value #NAMED_OUTLETS} outlets by name, then how many more, so a finding keeps to one line. */
  static String outlets(List<String> names) {
    if (names.size() <= NAMED_OUTLETS + 1) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, NAMED_OUTLETS)) + " and " + (names.size() - NAMED_OUTLETS) + " more";
  }

  private static final int NAMED_OUTLETS = 3;

  private static String pad(String s, int n) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < n) {
      b.append(' ');
    }
    return b.toString();
  }
}
