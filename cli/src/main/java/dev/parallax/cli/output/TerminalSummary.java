package dev.parallax.cli.output;

import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import java.io.PrintWriter;
import java.util.List;

/** The short summary {@code parallax compare} prints: counts, then the findings most worth checking. */
public final class TerminalSummary {
  private static final int TOP = 5;

  public void print(Report report, List<java.nio.file.Path> written, PrintWriter out) {
    Text t = new Text(report);
    out.printf("Compared %d articles (%d claims): ", report.articles().size(), report.claims().size());
    StringBuilder counts = new StringBuilder();
    for (FindingKind k : List.of(FindingKind.NUMERIC_DISCREPANCY, FindingKind.DISPUTE, FindingKind.CONTRADICTION,
        FindingKind.AGREEMENT)) {
      long n = report.findings().stream().filter(f -> f.kind() == k).count();
      counts.append(counts.length() > 0 ? ", " : "").append(Text.count(k, n));
    }
    out.println(counts + ".");
    List<Finding> top = report.findings().stream().filter(f -> f.kind() != FindingKind.AGREEMENT).limit(TOP).toList();
    for (Finding f : top) {
      out.printf("  %-4s %-20s %s%n", f.id(), Text.kindLabel(f.kind()), f.explanation().length() > 160
          ? f.explanation().substring(0, 157) + "..." : f.explanation());
    }
    long skipped = report.provenance().inputs().stream().filter(i -> i.status() != dev.parallax.model.InputStatus.ANALYSED).count();
    if (skipped > 0) {
      out.printf("Skipped %d file%s; see the notes in the report.%n", skipped, skipped == 1 ? "" : "s");
    }
    for (java.nio.file.Path p : written) {
      out.println("Wrote " + p);
    }
    out.flush();
  }
}
