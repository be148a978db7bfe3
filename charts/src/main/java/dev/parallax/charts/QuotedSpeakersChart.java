package dev.parallax.charts;

import dev.parallax.model.Article;
import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Report;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Who is quoted: for each article, the share of its quotations that come from each kind of
 * speaker (officials, experts, citizens, …), as one stacked bar. Drawn from the framing indicator
 * {@link FramingIndicatorNames#quotedSpeakers} picks; a report without one has no such figure.
 *
 * <p>The kinds are coloured on a ramp from dark to light in a fixed order, so the stack reads in
 * greyscale; bars are labelled with the article's outlet, not coloured by it.
 */
public final class QuotedSpeakersChart {
  private QuotedSpeakersChart() {}

  /** Dark to light (viridis); the kinds of a chart take evenly spaced steps, see {@link #kindColor}. */
  private static final List<Color> RAMP =
      List.of(new Color(0x440154), new Color(0x443983), new Color(0x31688E), new Color(0x21918C),
          new Color(0x35B779), new Color(0x90D743), new Color(0xFDE725));

  /**
   * One bar.
   *
   * @param articleId the article
   * @param outlet the outlet it counts for
   * @param total the sum of the breakdown's values (a count of quotations, or 1 for shares)
   * @param shares each kind's share of the total, in {@link Data#kinds} order; kinds the article lacks are 0
   */
  public record Row(String articleId, String outlet, double total, Map<String, Double> shares) {
    public Row {
      shares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    }
  }

  /**
   * The figure's data.
   *
   * @param indicator the indicator it is drawn from
   * @param kinds the breakdown's keys in upper case (keys that differ only in case are merged), speaker
   *     kinds first in {@link FramingIndicatorNames#SPEAKER_KINDS} order, then any others sorted
   * @param rows one per article whose breakdown is not empty, in report order
   */
  public record Data(String indicator, List<String> kinds, List<Row> rows) {
    public Data {
      kinds = List.copyOf(kinds);
      rows = List.copyOf(rows);
    }
  }

  /** The data of {@code report}'s quoted-speaker indicator, or empty when it has none. */
  public static Optional<Data> data(Report report) {
    Optional<String> name = FramingIndicatorNames.quotedSpeakers(report);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    OutletPalette palette = new OutletPalette(report);
    Map<String, BiasIndicator> byArticle = new LinkedHashMap<>();
    for (Article a : report.articles()) {
      for (BiasProfile p : report.bias()) {
        if (p.articleId().equals(a.id())) {
          p.indicator(name.get()).filter(i -> !i.breakdown().isEmpty()).ifPresent(i -> byArticle.put(a.id(), i));
        }
      }
    }
    Map<String, Map<String, Double>> counts = new LinkedHashMap<>();
    Set<String> keys = new TreeSet<>();
    byArticle.forEach((id, i) -> {
      Map<String, Double> merged = new LinkedHashMap<>();
      i.breakdown().forEach((k, v) -> merged.merge(k.toUpperCase(Locale.ROOT), v, Double::sum));
      counts.put(id, merged);
      keys.addAll(merged.keySet());
    });
    Set<String> kinds = new LinkedHashSet<>();
    for (String kind : FramingIndicatorNames.SPEAKER_KINDS) {
      for (String key : keys) {
        // "OFFICIAL: PAKISTAN" sorts with OFFICIAL
        if (key.equals(kind) || key.startsWith(kind + ":")) {
          kinds.add(key);
        }
      }
    }
    kinds.addAll(keys);
    List<Row> rows = new ArrayList<>();
    counts.forEach((id, breakdown) -> {
      double total = breakdown.values().stream().mapToDouble(Double::doubleValue).sum();
      Map<String, Double> shares = new LinkedHashMap<>();
      for (String k : kinds) {
        shares.put(k, total > 0 ? breakdown.getOrDefault(k, 0.0) / total : 0.0);
      }
      rows.add(new Row(id, palette.outletOfArticle(id), total, shares));
    });
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Data(name.get(), new ArrayList<>(kinds), rows));
  }

  /** The figure's height in pixels. */
  public static int height(Data data) {
    return 190 + 40 * data.rows().size() + 22 * ((data.kinds().size() + 3) / 4);
  }

  /** The figure of {@code report}, or empty when it has no quoted-speaker indicator. */
  public static Optional<JFreeChart> create(Report report) {
    return data(report).map(d -> create(d, new OutletPalette(report)));
  }

  /** The figure of {@code data}; bars are labelled with {@code palette}'s article labels. */
  public static JFreeChart create(Data data, OutletPalette palette) {
    Objects.requireNonNull(data, "data");
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Row row : data.rows()) {
      String label = palette.articleLabel(row.articleId());
      for (String kind : data.kinds()) {
        dataset.addValue(row.shares().get(kind), kind.toLowerCase(Locale.ROOT), label);
      }
    }
    StackedBarRenderer renderer = new StackedBarRenderer(false);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setMaximumBarWidth(0.6);
    for (int k = 0; k < data.kinds().size(); k++) {
      Color c = kindColor(k, data.kinds().size());
      renderer.setSeriesPaint(k, c);
      renderer.setSeriesOutlinePaint(k, Color.WHITE);
      renderer.setSeriesItemLabelPaint(k, ChartStyle.textOn(c));
    }
    renderer.setDefaultItemLabelGenerator(new ShareLabels());
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartStyle.SMALL);
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    CategoryAxis bars = ChartStyle.axis(new CategoryAxis(null));
    bars.setCategoryMargin(0.25);
    NumberAxis share = ChartStyle.axis(new NumberAxis("share of the article's quotations"));
    share.setRange(0, 1);
    share.setNumberFormatOverride(new java.text.DecimalFormat("0%", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
    CategoryPlot plot = new CategoryPlot(dataset, bars, share, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
    plot.setDomainGridlinesVisible(false);
    return ChartStyle.chart("Who is quoted",
        "Kinds of speaker, as a share of each article's quotations (indicator \"" + data.indicator() + "\").", plot, true);
  }

  /**
   * The colour of the {@code k}-th of {@code n} kinds: spread evenly over the ramp, so that even
   * two or three kinds differ clearly in lightness (and so in greyscale).
   */
  static Color kindColor(int k, int n) {
    if (n > RAMP.size()) {
      return RAMP.get(k % RAMP.size());
    }
    int last = RAMP.size() - 1;
    return RAMP.get(n == 1 ? 0 : (int) Math.round((double) k * last / (n - 1)));
  }

  /** Labels a segment with its share when it is wide enough to hold one. */
  private static final class ShareLabels implements CategoryItemLabelGenerator, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      Number v = dataset.getValue(row, column);
      return v == null || v.doubleValue() < 0.08 ? null : Numbers.percent(v.doubleValue());
    }
  }
}
