package dev.parallax.charts;

import dev.parallax.model.Article;
import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Report;
import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The framing profile: one row per indicator, one marker per article, placed on a scale where 1 is
 * the highest value any article has for that indicator (and −1 the lowest, for signed indicators).
 * Indicators in different units (shares, counts) become comparable, and the row label gives the
 * highest value in its own unit so the reader can get back to it. Not a score: each marker is a
 * value the report's evidence lets the reader recount.
 *
 * <p>An indicator that is 0 for every article (or that no article has) carries nothing to compare
 * and gets no row; the figure names such indicators in its subtitle instead.
 */
public final class FramingProfileChart {
  private FramingProfileChart() {}

  /**
   * One article's value of one indicator.
   *
   * @param articleId the article
   * @param outlet the outlet it counts for
   * @param value the indicator's value, in its unit
   * @param scaled {@code value} divided by the largest absolute value of the indicator, in [-1, 1]
   */
  public record Point(String articleId, String outlet, double value, double scaled) {}

  /**
   * One row.
   *
   * @param name the indicator's name
   * @param unit its unit
   * @param maxAbs its largest absolute value over the articles
   * @param points one per article that has the indicator, in article order
   */
  public record Indicator(String name, String unit, double maxAbs, List<Point> points) {
    public Indicator {
      points = List.copyOf(points);
    }

    /** The point of {@code articleId}, if that article has the indicator. */
    public Optional<Point> point(String articleId) {
      return points.stream().filter(p -> p.articleId().equals(articleId)).findFirst();
    }
  }

  /**
   * The figure's data.
   *
   * @param articleIds the articles with at least one indicator, in report order
   * @param indicators the rows, in {@link FramingIndicatorNames#ordered} order: the indicators at
   *     least one article has a value other than 0 for
   * @param allZero the names of the indicators left out because every article has 0, in the same order
   */
  public record Data(List<String> articleIds, List<Indicator> indicators, List<String> allZero) {
    public Data {
      articleIds = List.copyOf(articleIds);
      indicators = List.copyOf(indicators);
      allZero = List.copyOf(allZero);
    }

    /** True when the report has no indicator to draw. */
    public boolean empty() {
      return indicators.isEmpty();
    }
  }

  /** The indicators of {@code report}. */
  public static Data data(Report report) {
    OutletPalette palette = new OutletPalette(report);
    Map<String, BiasProfile> profiles = new HashMap<>();
    for (BiasProfile p : report.bias()) {
      profiles.put(p.articleId(), p);
    }
    List<String> articleIds = new ArrayList<>();
    for (Article a : report.articles()) {
      BiasProfile p = profiles.get(a.id());
      if (p != null && !p.indicators().isEmpty()) {
        articleIds.add(a.id());
      }
    }
    List<Indicator> rows = new ArrayList<>();
    List<String> allZero = new ArrayList<>();
    for (String name : FramingIndicatorNames.ordered(report)) {
      Map<String, BiasIndicator> byArticle = new LinkedHashMap<>();
      for (String id : articleIds) {
        profiles.get(id).indicator(name).ifPresent(i -> byArticle.put(id, i));
      }
      double maxAbs = byArticle.values().stream().mapToDouble(i -> Math.abs(i.value())).max().orElse(0);
      if (maxAbs == 0) {
        allZero.add(name);
        continue;
      }
      String unit = byArticle.values().stream().map(BiasIndicator::unit).findFirst().orElse("");
      List<Point> points = new ArrayList<>();
      byArticle.forEach((id, i) -> points.add(new Point(id, palette.outletOfArticle(id), i.value(), i.value() / maxAbs)));
      rows.add(new Indicator(name, unit, maxAbs, points));
    }
    return new Data(articleIds, rows, allZero);
  }

  /**
   * An indicator's value in its unit, for labels and tables: shares (a unit that starts with
   * "share", values in [0, 1]) as percentages ("12.5%"), other values as numbers with up to
   * three decimals ("4", "0.333").
   */
  public static String formatValue(double value, String unit) {
    if (unit != null && unit.toLowerCase(Locale.ROOT).startsWith("share") && Math.abs(value) <= 1) {
      return new java.text.DecimalFormat("0.#", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
          .format(value * 100) + "%";
    }
    return Numbers.format(value);
  }

  /** An indicator name as words: {@code loaded-language} gives "loaded language". */
  public static String words(String name) {
    return name.replace('-', ' ').replace('_', ' ');
  }

  /** The figure's height in pixels. */
  public static int height(Data data) {
    int articles = Math.max(data.articleIds().size(), 1);
    return 200 + data.indicators().size() * (26 + 11 * articles) + 22 * ((articles + 2) / 3);
  }

  /** The figure of {@code report}. */
  public static JFreeChart create(Report report) {
    return create(data(report), new OutletPalette(report));
  }

  /** The figure of {@code data}, with outlet colours and shapes from {@code palette}. */
  public static JFreeChart create(Data data, OutletPalette palette) {
    Objects.requireNonNull(data, "data");
    List<String> labels = new ArrayList<>();
    boolean signed = false;
    for (Indicator i : data.indicators()) {
      labels.add(ChartStyle.cut(words(i.name()), 24) + " (max " + formatValue(i.maxAbs(), i.unit()) + ")");
      signed |= i.points().stream().anyMatch(p -> p.value() < 0);
    }
    SymbolAxis rows = ChartStyle.symbols(null, labels);
    rows.setInverted(true);
    rows.setGridBandsVisible(true);
    rows.setGridBandPaint(Color.WHITE);
    rows.setGridBandAlternatePaint(ChartStyle.BAND);
    NumberAxis scale = ChartStyle.numbers(
        "relative to the highest article on each row (1 = highest" + (signed ? ", −1 = lowest" : ", 0 = none") + ")");
    scale.setRange(signed ? -1.08 : -0.04, 1.08);

    int m = data.articleIds().size();
    // markers of one row sit one above the other, far enough apart not to overlap
    double step = Math.min(0.75 / Math.max(m, 1), 0.16);
    XYSeriesCollection points = new XYSeriesCollection();
    MarkRenderer renderer = new MarkRenderer();
    List<LegendItem> legend = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int k = 0; k < m; k++) {
      String id = data.articleIds().get(k);
      XYSeries series = new XYSeries(id, false, true);
      points.addSeries(series);
      String outlet = null;
      for (int r = 0; r < data.indicators().size(); r++) {
        Optional<Point> p = data.indicators().get(r).point(id);
        if (p.isPresent()) {
          outlet = p.get().outlet();
        }
      }
      if (outlet == null) {
        continue;
      }
      boolean repeat = seen.merge(outlet, 1, Integer::sum) > 1;
      Shape shape = palette.shape(outlet);
      Color color = palette.color(outlet);
      MarkRenderer.Mark mark = repeat ? MarkRenderer.Mark.hollow(shape, color) : MarkRenderer.Mark.solid(shape, color);
      for (int r = 0; r < data.indicators().size(); r++) {
        Optional<Point> p = data.indicators().get(r).point(id);
        if (p.isPresent()) {
          series.add(p.get().scaled(), r + (k - (m - 1) / 2.0) * step);
          renderer.add(k, mark);
        }
      }
      legend.add(ChartStyle.item(palette.articleLabel(id), shape, mark.fill(), mark.outline(), true));
    }
    XYPlot plot = new XYPlot(points, scale, rows, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    ChartStyle.grid(plot, false);
    plot.setFixedLegendItems(ChartStyle.legend(legend));
    return ChartStyle.chart("Framing profile", "Each indicator on its own scale; the framing table gives the values."
        + zeroNote(data), plot, true);
  }

  /**
   * A sentence naming the indicators left out because every article has 0 ("Left out, 0 for every
   * article: outlet context."), with a leading space; empty when there are none.
   */
  public static String zeroNote(Data data) {
    if (data.allZero().isEmpty()) {
      return "";
    }
    return " Left out, 0 for every article: "
        + String.join(", ", data.allZero().stream().map(FramingProfileChart::words).toList()) + ".";
  }
}
