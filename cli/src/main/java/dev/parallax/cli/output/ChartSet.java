package dev.parallax.cli.output;

import dev.parallax.charts.ChartFiles;
import dev.parallax.charts.DiscrepancyChart;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** The report's charts: written as files, and kept as SVG markup for the HTML page. */
public final class ChartSet {
  /** One chart: its base file name, caption and SVG markup. */
  public record Chart(String name, String caption, String svg) {}

  static final int WIDTH = 720;

  private final List<Chart> charts = new ArrayList<>();

  /** Draws the charts of {@code report} and writes them under {@code dir}/charts. */
  public static ChartSet write(Report report, Path dir) throws IOException {
    ChartSet set = new ChartSet();
    Path charts = dir.resolve("charts");
    Files.createDirectories(charts);
    for (Finding f : report.findings()) {
      if (f.kind() != FindingKind.NUMERIC_DISCREPANCY || f.values().isEmpty()) {
        continue;
      }
      JFreeChart chart = DiscrepancyChart.create(report, f);
      int height = 120 + 48 * f.values().size();
      String name = "discrepancy-" + f.id();
      ChartFiles.write(chart, WIDTH, height, charts, name);
      set.charts.add(new Chart(name, f.topic(), ChartFiles.svg(chart, WIDTH, height, name)));
    }
    return set;
  }

  public List<Chart> charts() {
    return List.copyOf(charts);
  }
}
