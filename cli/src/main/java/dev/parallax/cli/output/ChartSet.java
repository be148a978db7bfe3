package dev.parallax.cli.output;

import dev.parallax.charts.ChartFiles;
import dev.parallax.charts.ReportFigures;
import dev.parallax.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

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
   * @param height its height in pixels
   */
  public record Chart(String name, String title, String caption, String alt, String svg, String findingId, int height) {
    /** The PNG's path relative to the report folder, with forward slashes. */
    public String png() {
      return FOLDER + "/" + name + ".png";
    }

    /** The picture to link from Markdown: the PNG, or the SVG for a figure too tall to draw as PNG. */
    public String image() {
      return height > MAX_PNG_HEIGHT ? FOLDER + "/" + name + ".svg" : png();
    }
  }

  /** Figures taller than this (a profile of hundreds of articles) are written as SVG only. */
  static final int MAX_PNG_HEIGHT = 6_000;

  private final List<Chart> charts;
  private final List<ReportFigures.Figure> figures;

  private ChartSet(List<ReportFigures.Figure> figures) {
    this.figures = List.copyOf(figures);
    // Each figure is its own chart object, so they are drawn side by side; the list keeps their order.
    this.charts =
        figures.parallelStream()
            .map(f -> new Chart(f.name(), f.title(), f.caption(), f.alt(),
                ChartFiles.svg(f.chart(), f.width(), f.height(), f.name()), f.findingId(), f.height()))
            .toList();
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
    for (Map.Entry<String, byte[]> file : files().entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.write(path, file.getValue());
      written.add(path);
    }
    return written;
  }

  /**
   * The files of every figure, drawn but not written: paths relative to the report folder
   * ({@code charts/NAME.png}, {@code charts/NAME.svg}), in report order, and their bytes.
   */
  public Map<String, byte[]> files() {
    List<byte[]> pngs =
        IntStream.range(0, figures.size()).parallel()
            .mapToObj(i -> figures.get(i).height() > MAX_PNG_HEIGHT ? null
                : ChartFiles.png(figures.get(i).chart(), figures.get(i).width(), figures.get(i).height()))
            .toList();
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      ReportFigures.Figure f = figures.get(i);
      if (pngs.get(i) != null) {
        files.put(FOLDER + "/" + f.name() + ".png", pngs.get(i));
      }
      files.put(FOLDER + "/" + f.name() + ".svg",
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + charts.get(i).svg() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return files;
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
