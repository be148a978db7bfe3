package dev.parallax.charts;

import dev.parallax.model.Article;
import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Report;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.RectangularShape;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Who is quoted: for each article, the share of its quotations that come from each kind of
 * speaker (officials, experts, citizens, …), as one stacked bar. Drawn from the framing indicator
 * {@link FramingIndicatorNames#quotedSpeakers} picks; a report without one has no such figure.
 *
 * <p>Every kind the chart draws has its own style, told apart from every other in colour and in
 * greyscale: the main kinds ({@link FramingIndicatorNames#SPEAKER_KINDS}) are plain fills, each at
 * its own lightness; kinds of a kind ("official: pakistan") are hatched fills, again each at its
 * own lightness, in other colours. So two kinds of about the same lightness always differ in
 * pattern. There are {@link #MAX_KINDS} styles; when a report has more kinds, the ones with the
 * smallest shares are drawn together as one. Bars are labelled with the article's outlet, not
 * coloured by it.
 */
public final class QuotedSpeakersChart {
  private QuotedSpeakersChart() {}

  /** The most kinds the chart draws apart; the rest are folded into one, {@link #MORE_KINDS}. */
  public static final int MAX_KINDS = 12;

  /** The kind the smallest kinds are folded into when there are more than {@link #MAX_KINDS}. */
  public static final String MORE_KINDS = "MORE KINDS";

  /**
   * How the segments of one kind are drawn.
   *
   * @param color the fill
   * @param hatched true when diagonal hatching is drawn over the fill ({@link ChartStyle#hatch})
   */
  public record KindStyle(Color color, boolean hatched) {
    public KindStyle {
      Objects.requireNonNull(color, "color");
    }
  }

  /**
   * Plain fills, one per main kind in {@link FramingIndicatorNames#SPEAKER_KINDS} order (official,
   * expert, citizen, anonymous, outlet, other), at CIE lightness 22, 74, 50, 36, 61 and 88: at
   * least 11 apart, so they stay apart in greyscale.
   */
  private static final List<KindStyle> PLAIN =
      List.of(plain(0x332288), plain(0xF0A830), plain(0x228833), plain(0x555555), plain(0xCC79A7), plain(0xDDDDDD));

  /**
   * Hatched fills for kinds of a kind and for kinds beyond the main ones, at lightness 42, 79, 32,
   * 67, 54 and 89: at least 10 apart among themselves, and at least 27 (CIE76) away in colour from
   * every other style.
   */
  private static final List<KindStyle> HATCHED =
      List.of(hatched(0x31688E), hatched(0x88CCEE), hatched(0x882255), hatched(0xEE8866), hatched(0xD55E00),
          hatched(0xF0E442));

  private static KindStyle plain(int rgb) {
    return new KindStyle(new Color(rgb), false);
  }

  private static KindStyle hatched(int rgb) {
    return new KindStyle(new Color(rgb), true);
  }

  /** Every style the chart can draw a kind in: {@link #MAX_KINDS} of them, plain ones first. */
  public static List<KindStyle> styles() {
    List<KindStyle> all = new ArrayList<>(PLAIN);
    all.addAll(HATCHED);
    return List.copyOf(all);
  }

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
   * @param kinds the kinds drawn, as the breakdown's keys in upper case (keys that differ only in case
   *     are merged): speaker kinds first in {@link FramingIndicatorNames#SPEAKER_KINDS} order, each
   *     followed by its kinds of a kind, then any others sorted, then {@link #MORE_KINDS} when some
   *     were folded; at most {@link #MAX_KINDS}
   * @param rows one per article whose breakdown is not empty, in report order
   * @param folded the kinds drawn together as {@link #MORE_KINDS}, in stacking order; empty when
   *     every kind is drawn apart
   */
  public record Data(String indicator, List<String> kinds, List<Row> rows, List<String> folded) {
    public Data {
      kinds = List.copyOf(kinds);
      rows = List.copyOf(rows);
      folded = List.copyOf(folded);
    }

    /** The style of each kind, in {@link #kinds} order; no two alike. */
    public List<KindStyle> styles() {
      return QuotedSpeakersChart.styles(kinds);
    }

    /** A kind as the chart names it: in lower case, and the folded kinds as "N more kinds". */
    public String label(String kind) {
      return kind.equals(MORE_KINDS) && !folded.isEmpty() ? folded.size() + " more kinds"
          : kind.toLowerCase(Locale.ROOT);
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
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    Set<String> ordered = new LinkedHashSet<>();
    for (String kind : FramingIndicatorNames.SPEAKER_KINDS) {
      for (String key : keys) {
        // "OFFICIAL: PAKISTAN" sorts with OFFICIAL
        if (key.equals(kind) || key.startsWith(kind + ":")) {
          ordered.add(key);
        }
      }
    }
    ordered.addAll(keys);
    List<String> all = new ArrayList<>(ordered);
    List<String> folded = fold(all, counts);
    List<String> kinds = new ArrayList<>(all);
    kinds.removeAll(folded);
    if (!folded.isEmpty()) {
      kinds.add(MORE_KINDS);
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach((id, breakdown) -> {
      double total = breakdown.values().stream().mapToDouble(Double::doubleValue).sum();
      Map<String, Double> shares = new LinkedHashMap<>();
      for (String k : kinds) {
        double count = k.equals(MORE_KINDS) && !folded.isEmpty()
            ? folded.stream().mapToDouble(f -> breakdown.getOrDefault(f, 0.0)).sum()
            : breakdown.getOrDefault(k, 0.0);
        shares.put(k, total > 0 ? count / total : 0.0);
      }
      rows.add(new Row(id, palette.outletOfArticle(id), total, shares));
    });
    return Optional.of(new Data(name.get(), kinds, rows, folded));
  }

  /**
   * The kinds to fold into one when there are more than {@link #MAX_KINDS}: the main kinds stay
   * apart, then the others whose shares, summed over the articles, are largest, so that {@code
   * MAX_KINDS - 1} stay apart. Returned in {@code kinds} order.
   */
  private static List<String> fold(List<String> kinds, Map<String, Map<String, Double>> counts) {
    if (kinds.size() <= MAX_KINDS) {
      return List.of();
    }
    Map<String, Double> weight = new LinkedHashMap<>();
    for (String k : kinds) {
      double w = 0;
      for (Map<String, Double> breakdown : counts.values()) {
        double total = breakdown.values().stream().mapToDouble(Double::doubleValue).sum();
        w += total > 0 ? breakdown.getOrDefault(k, 0.0) / total : 0;
      }
      weight.put(k, FramingIndicatorNames.SPEAKER_KINDS.contains(k) ? Double.POSITIVE_INFINITY : w);
    }
    List<String> ranked = new ArrayList<>(kinds);
    // largest first; the sort is stable, so equal weights keep the stacking order
    ranked.sort(Comparator.comparingDouble((String k) -> weight.get(k)).reversed());
    List<String> folded = new ArrayList<>(ranked.subList(MAX_KINDS - 1, ranked.size()));
    folded.sort(Comparator.comparingInt(kinds::indexOf));
    return folded;
  }

  /**
   * The style of each of {@code kinds}: a main kind takes its own plain style; another kind without
   * a colon (and {@link #MORE_KINDS}) takes the next plain style no main kind of the chart uses, else
   * a hatched one; a kind of a kind ("OFFICIAL: PAKISTAN") takes the next hatched style, else a free
   * plain one. No style is used twice.
   *
   * @throws IllegalArgumentException when there are more than {@link #MAX_KINDS} kinds
   */
  static List<KindStyle> styles(List<String> kinds) {
    if (kinds.size() > MAX_KINDS) {
      throw new IllegalArgumentException(kinds.size() + " kinds; at most " + MAX_KINDS + " can be drawn apart");
    }
    KindStyle[] out = new KindStyle[kinds.size()];
    List<KindStyle> freePlain = new ArrayList<>(PLAIN);
    for (int k = 0; k < kinds.size(); k++) {
      int main = FramingIndicatorNames.SPEAKER_KINDS.indexOf(kinds.get(k));
      if (main >= 0) {
        out[k] = PLAIN.get(main);
        freePlain.remove(out[k]);
      }
    }
    List<KindStyle> freeHatched = new ArrayList<>(HATCHED);
    for (int k = 0; k < kinds.size(); k++) {
      if (out[k] != null) {
        continue;
      }
      boolean sub = kinds.get(k).contains(":");
      List<KindStyle> first = sub ? freeHatched : freePlain;
      List<KindStyle> second = sub ? freePlain : freeHatched;
      out[k] = !first.isEmpty() ? first.remove(0) : second.remove(0);
    }
    return List.of(out);
  }

  /** The figure's height in pixels. */
  public static int height(Data data) {
    return 190 + 40 * data.rows().size() + 22 * ((data.kinds().size() + 2) / 3);
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
        dataset.addValue(row.shares().get(kind), data.label(kind), label);
      }
    }
    List<KindStyle> styles = data.styles();
    StackedBarRenderer renderer = new StackedBarRenderer(false);
    renderer.setBarPainter(new HatchingBarPainter(styles));
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setMaximumBarWidth(0.6);
    List<ChartKey.Entry> key = new ArrayList<>();
    for (int k = 0; k < data.kinds().size(); k++) {
      KindStyle style = styles.get(k);
      renderer.setSeriesPaint(k, style.color());
      renderer.setSeriesOutlinePaint(k, Color.WHITE);
      renderer.setSeriesItemLabelPaint(k, ChartStyle.textOn(style.color()));
      key.add(new ChartKey.Entry(data.label(data.kinds().get(k)),
          new ChartKey.Box(style.color(), ChartStyle.MUTED, style.hatched(), 20, 14)));
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
    JFreeChart chart = ChartStyle.chart("Who is quoted",
        "Kinds of speaker, as a share of each article's quotations (indicator \"" + data.indicator() + "\").", plot,
        false);
    chart.addSubtitle(new ChartKey(key));
    return chart;
  }

  /** Fills each segment in its kind's colour, hatches the hatched kinds, then draws the outline. */
  private static final class HatchingBarPainter extends StandardBarPainter {
    private static final long serialVersionUID = 1L;
    private final List<KindStyle> styles;

    HatchingBarPainter(List<KindStyle> styles) {
      this.styles = List.copyOf(styles);
    }

    @Override
    public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
        RectangleEdge base) {
      KindStyle style = styles.get(row);
      g2.setPaint(style.color());
      g2.fill(bar);
      if (style.hatched()) {
        ChartStyle.hatch(g2, bar.getFrame(), style.color());
      }
      if (renderer.isDrawBarOutline()) {
        g2.setStroke(renderer.getItemOutlineStroke(row, column));
        g2.setPaint(renderer.getItemOutlinePaint(row, column));
        g2.draw(bar);
      }
    }
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
