package dev.parallax.charts;

import dev.parallax.model.Claim;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import dev.parallax.model.Interval;
import dev.parallax.model.Report;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Outlet × outlet: for every pair of outlets, how many findings show them agreeing (above the
 * diagonal) and how many show them at odds, in a contradiction or a numeric discrepancy (below the
 * diagonal). Disputes are left out: they report two parties' positions, not two outlets'.
 *
 * <p>In a numeric finding a pair counts as at odds only when one of its figures does not overlap
 * one of the other's; two outlets whose figures overlap agree with each other even while a third
 * differs from both.
 */
public final class OutletMatrixChart {
  private OutletMatrixChart() {}

  /** Fill of the agreement cells at their highest count. */
  static final Color AGREE = new Color(0x00674B);
  /** Fill of the conflict cells at their highest count. */
  static final Color CONFLICT = new Color(0xA33D00);

  /**
   * The counts.
   *
   * @param outlets the outlets, in palette order
   * @param agreements {@code agreements.get(i).get(j)}: findings where outlets i and j agree; symmetric
   * @param conflicts {@code conflicts.get(i).get(j)}: findings where they are at odds; symmetric
   */
  public record Data(List<String> outlets, List<List<Integer>> agreements, List<List<Integer>> conflicts) {
    public Data {
      outlets = List.copyOf(outlets);
      agreements = agreements.stream().map(List::copyOf).toList();
      conflicts = conflicts.stream().map(List::copyOf).toList();
    }

    /** Findings where outlets {@code a} and {@code b} agree. */
    public int agreements(String a, String b) {
      return agreements.get(outlets.indexOf(a)).get(outlets.indexOf(b));
    }

    /** Findings where outlets {@code a} and {@code b} are at odds. */
    public int conflicts(String a, String b) {
      return conflicts.get(outlets.indexOf(a)).get(outlets.indexOf(b));
    }

    /** True when no pair of outlets shares a finding. */
    public boolean empty() {
      return agreements.stream().flatMap(List::stream).allMatch(n -> n == 0)
          && conflicts.stream().flatMap(List::stream).allMatch(n -> n == 0);
    }
  }

  /**
   * The most outlets the figure is drawn for: a matrix of more is too small to read, and its cells grow
   * with the square of the outlets. {@link ReportFigures} leaves it out above this.
   */
  public static final int MAX_OUTLETS = 40;

  /**
   * The counts of {@code report}. Each finding costs the number of its values plus the pairs of
   * outlets in it, so a report of thousands of findings and outlets is counted in near-linear time.
   */
  public static Data data(Report report) {
    OutletPalette palette = new OutletPalette(report);
    List<String> outlets = palette.outlets();
    int n = outlets.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(outlets.get(i), i);
    }
    int[][] agree = new int[n][n];
    int[][] conflict = new int[n][n];
    Map<String, String> articleOfClaim = new HashMap<>();
    for (Claim c : report.claims()) {
      articleOfClaim.put(c.id(), c.articleId());
    }
    for (Finding f : report.findings()) {
      if (f.kind() == FindingKind.DISPUTE) {
        continue;
      }
      java.util.TreeSet<Integer> inFinding = new java.util.TreeSet<>();
      for (String id : f.claimIds()) {
        inFinding.add(index.get(palette.outletOfArticle(articleOfClaim.get(id))));
      }
      int[] present = inFinding.stream().mapToInt(Integer::intValue).toArray();
      Map<Integer, Spread> spreads = f.kind() == FindingKind.NUMERIC_DISCREPANCY ? spreads(f, palette, index) : Map.of();
      for (int x = 0; x < present.length; x++) {
        for (int y = x + 1; y < present.length; y++) {
          int i = present[x];
          int j = present[y];
          boolean atOdds = f.kind() == FindingKind.CONTRADICTION
              || (f.kind() == FindingKind.NUMERIC_DISCREPANCY && Spread.differ(spreads.get(i), spreads.get(j)));
          int[][] target = atOdds ? conflict : agree;
          target[i][j]++;
          target[j][i]++;
        }
      }
    }
    return new Data(outlets, lists(agree), lists(conflict));
  }

  /**
   * What decides whether two outlets' figures in a finding overlap: the lowest upper end and the
   * highest lower end of an outlet's readings. Some figure of {@code a} misses some figure of
   * {@code b} exactly when one outlet's lowest upper end is below the other's highest lower end.
   */
  private record Spread(double lowestHigh, double highestLow) {
    Spread with(Interval r) {
      return new Spread(Math.min(lowestHigh, r.high()), Math.max(highestLow, r.low()));
    }

    /**
     * True when some figure of one does not overlap some figure of the other, or when either outlet
     * has no figure in the finding (then the finding's verdict stands).
     */
    static boolean differ(Spread a, Spread b) {
      return a == null || b == null || a.lowestHigh < b.highestLow || b.lowestHigh < a.highestLow;
    }
  }

  /** Each outlet's {@link Spread} in numeric finding {@code f}, by the outlet's index. */
  private static Map<Integer, Spread> spreads(Finding f, OutletPalette palette, Map<String, Integer> index) {
    Map<Integer, Spread> out = new HashMap<>();
    for (FindingValue v : f.values()) {
      Interval r = DiscrepancyChart.reading(v.quantity());
      if (r == null) {
        continue;
      }
      Integer outlet = index.get(palette.outletOfArticle(v.articleId()));
      if (outlet != null) {
        out.merge(outlet, new Spread(r.high(), r.low()), (old, fresh) -> old.with(r));
      }
    }
    return out;
  }

  private static List<List<Integer>> lists(int[][] m) {
    List<List<Integer>> rows = new ArrayList<>();
    for (int[] row : m) {
      List<Integer> r = new ArrayList<>();
      for (int v : row) {
        r.add(v);
      }
      rows.add(r);
    }
    return rows;
  }

  /** The figure's height in pixels for {@code outlets} outlets. */
  public static int height(int outlets) {
    return 272 + 56 * Math.max(outlets, 1);
  }

  /** The figure of {@code report}. */
  public static JFreeChart create(Report report) {
    return create(data(report), new OutletPalette(report));
  }

  /** The figure of {@code data}, with the outlets' markers from {@code palette}. */
  public static JFreeChart create(Data data, OutletPalette palette) {
    Objects.requireNonNull(data, "data");
    List<String> outlets = data.outlets();
    int n = outlets.size();
    List<String> labels = outlets.stream().map(o -> ChartStyle.cut(o, 28)).toList();
    SymbolAxis columns = ChartStyle.symbols(null, labels);
    columns.setVerticalTickLabels(true);
    SymbolAxis rows = ChartStyle.symbols(null, labels);
    rows.setInverted(true);

    XYSeriesCollection diagonal = new XYSeriesCollection();
    XYSeries marks = new XYSeries("outlets", false, true);
    diagonal.addSeries(marks);
    MarkRenderer renderer = new MarkRenderer();
    for (int i = 0; i < n; i++) {
      marks.add(i, i);
      renderer.add(0, MarkRenderer.Mark.solid(palette.shape(outlets.get(i)), palette.color(outlets.get(i))));
    }
    XYPlot plot = new XYPlot(diagonal, columns, rows, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);

    int maxAgree = max(data.agreements());
    int maxConflict = max(data.conflicts());
    BasicStroke edge = new BasicStroke(1f);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        Rectangle2D cell = new Rectangle2D.Double(j - 0.5, i - 0.5, 1, 1);
        if (i == j) {
          renderer.addAnnotation(new XYShapeAnnotation(cell, edge, Color.WHITE, ChartStyle.BAND), Layer.BACKGROUND);
          continue;
        }
        boolean above = j > i;
        int count = above ? data.agreements().get(i).get(j) : data.conflicts().get(i).get(j);
        Color fill = ChartStyle.ramp(above ? AGREE : CONFLICT, count, above ? maxAgree : maxConflict);
        renderer.addAnnotation(new XYShapeAnnotation(cell, edge, Color.WHITE, fill), Layer.BACKGROUND);
        XYTextAnnotation text = new XYTextAnnotation(Integer.toString(count), j, i);
        text.setFont(ChartStyle.CELL);
        text.setPaint(count == 0 ? ChartStyle.MUTED : ChartStyle.textOn(fill));
        plot.addAnnotation(text, false);
      }
    }
    JFreeChart chart = ChartStyle.chart("Where outlets agree and where they differ",
        "Findings shared by each pair of outlets; darker means more.", plot, false);
    chart.addSubtitle(new ChartKey(List.of(
        new ChartKey.Entry("above the diagonal: findings where the two agree", ramp(AGREE, maxAgree)),
        new ChartKey.Entry("below: contradictions and numeric discrepancies between them", ramp(CONFLICT, maxConflict)))));
    return chart;
  }

  /** The fills a count from 1 to {@code max} can get, as at most three steps from light to dark. */
  private static List<Swatch> ramp(Color dark, int max) {
    int top = Math.max(max, 1);
    List<Swatch> steps = new ArrayList<>();
    for (int count : new LinkedHashSet<>(List.of(1, (top + 1) / 2, top))) {
      steps.add(ChartKey.Box.square(ChartStyle.ramp(dark, count, top), Color.WHITE, false));
    }
    return steps;
  }

  private static int max(List<List<Integer>> m) {
    return m.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
  }
}
