package dev.parallax.cli.output;

import dev.parallax.charts.ChartFiles;
import dev.parallax.charts.ReportFigures;
import dev.parallax.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's figures: drawn once as SVG for the HTML page, and written as PNG and SVG files
 * under {@code charts/} for the Markdown report and for anyone who wants a figure on its own.
 */
public final class ChartSet {
  /** The folder, inside the report folder, the files go into. */
  public static final String FOLDER = "charts";

  /**
   * One figure.
   *
   * @param name the file name without extension: {@code numeric-f3}, {@code coverage}
   * @param title what it shows
   * @param caption how to read it
   * @param alt its data in words
   * @param svg its {@code <svg>} element, ids prefixed with {@code name}
   * @param findingId the numeric finding it belongs to, or null
   */
  public record Chart(String name, String title, String caption, String alt, String svg, String findingId) {
    /** The PNG's path relative to the report folder, with forward slashes. */
    public String png() {
      return FOLDER + "/" + name + ".png";
    }
  }

  private final List<Chart> charts;
  private final List<ReportFigures.Figure> figures;

  private ChartSet(List<ReportFigures.Figure> figures) {
    this.figures = List.copyOf(figures);
    List<Chart> list = new ArrayList<>();
    for (ReportFigures.Figure f : figures) {
      list.add(new Chart(f.name(), f.title(), f.caption(), f.alt(),
          ChartFiles.svg(f.chart(), f.width(), f.height(), f.name()), f.findingId()));
    }
    this.charts = List.copyOf(list);
  }

  /** Draws the figures of {@code report} in memory; nothing is written. */
  public static ChartSet draw(Report report) {
    return new ChartSet(ReportFigures.of(report));
  }

  /** Draws the figures of {@code report} and writes them under {@code dir}/charts. */
  public static ChartSet write(Report report, Path dir) throws IOException {
    ChartSet set = draw(report);
    set.writeTo(dir);
    return set;
  }

  /**
   * Writes every figure as {@code charts/NAME.png} and {@code charts/NAME.svg} under {@code dir},
   * creating the folder; returns the files written.
   */
  public List<Path> writeTo(Path dir) throws IOException {
    Path folder = dir.resolve(FOLDER);
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      ReportFigures.Figure f = figures.get(i);
      Path png = folder.resolve(f.name() + ".png");
      Files.write(png, ChartFiles.png(f.chart(), f.width(), f.height()));
      Path svg = folder.resolve(f.name() + ".svg");
      Files.writeString(svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + charts.get(i).svg() + "\n",
          StandardCharsets.UTF_8);
      written.add(png);
      written.add(svg);
    }
    return written;
  }

  /** Every figure, in report order. */
  public List<Chart> charts() {
    return charts;
  }

  /** The figure of a numeric finding, if it has one. */
  public Optional<Chart> ofFinding(String findingId) {
    return charts.stream().filter(c -> findingId.equals(c.findingId())).findFirst();
  }

  /** The figure called {@code name}, if the report has it. */
  public Optional<Chart> named(String name) {
    return charts.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
