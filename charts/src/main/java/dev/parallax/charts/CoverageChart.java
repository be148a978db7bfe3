package dev.parallax.charts;

import dev.parallax.model.Claim;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import dev.parallax.model.Interval;
import dev.parallax.model.Report;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The main facts of the story × the outlets: which outlet reports each fact, which leaves it out,
 * and which reports it differently.
 *
 * <p>A fact is an agreement, a numeric discrepancy or a contradiction. In an agreement every
 * outlet that takes part reports the fact. In a numeric discrepancy the outlets whose figures
 * overlap the figures of the largest group of outlets report it, the rest report it differently;
 * when no group is larger than the others, every outlet that takes part reports it differently.
 * In a contradiction every outlet that takes part reports it differently: which side is right is
 * for the reader to check, and polarity alone cannot say which outlets side together ("did not
 * fail" and "held" agree). The chart never picks a winner.
 */
public final class CoverageChart {
  private CoverageChart() {}

  /** The most facts the figure shows; the ones most outlets take part in come first. */
  public static final int MAX_FACTS = 16;

  /** What one outlet does with one fact. */
  public enum Status {
    /** The outlet states the fact as most outlets do. */
    REPORTED,
    /** The outlet states it with another figure or the opposite polarity. */
    REPORTED_DIFFERENTLY,
    /** None of the outlet's claims take part in the finding. */
    LEFT_OUT
  }

  /**
   * One row: a finding and what each outlet does with it.
   *
   * @param findingId the finding
   * @param kind its kind
   * @param label the row's label
   * @param statuses one per outlet, in {@link Data#outlets} order
   */
  public record Fact(String findingId, FindingKind kind, String label, List<Status> statuses) {
    public Fact {
      statuses = List.copyOf(statuses);
    }
  }

  /**
   * The figure's data.
   *
   * @param outlets the columns, in palette order
   * @param facts the rows, most widely reported first
   * @param totalFacts how many facts the report has, shown or not
   */
  public record Data(List<String> outlets, List<Fact> facts, int totalFacts) {
    public Data {
      outlets = List.copyOf(outlets);
      facts = List.copyOf(facts);
    }

    /** What {@code outlet} does with the fact of finding {@code findingId}. */
    public Status status(String findingId, String outlet) {
      Fact fact = facts.stream().filter(f -> f.findingId().equals(findingId)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no fact " + findingId));
      return fact.statuses().get(outlets.indexOf(outlet));
    }
  }

  /** The facts of {@code report}, at most {@link #MAX_FACTS}. */
  public static Data data(Report report) {
    OutletPalette palette = new OutletPalette(report);
    List<String> outlets = palette.outlets();
    Map<String, Claim> claims = new HashMap<>();
    for (Claim c : report.claims()) {
      claims.put(c.id(), c);
    }
    List<Finding> facts = new ArrayList<>();
    Map<Finding, Set<String>> outletsOf = new HashMap<>();
    Map<Finding, Integer> order = new HashMap<>();
    for (Finding f : report.findings()) {
      if (f.kind() == FindingKind.DISPUTE) {
        continue;
      }
      Set<String> in = new LinkedHashSet<>();
      for (String id : f.claimIds()) {
        in.add(palette.outletOfArticle(claims.get(id).articleId()));
      }
      facts.add(f);
      outletsOf.put(f, in);
      order.put(f, order.size());
    }
    facts.sort(Comparator.<Finding>comparingInt(f -> -outletsOf.get(f).size())
        .thenComparing(f -> -f.confidence())
        .thenComparingInt(order::get));
    List<Fact> rows = new ArrayList<>();
    for (Finding f : facts.subList(0, Math.min(MAX_FACTS, facts.size()))) {
      Set<String> different = different(f, palette, outletsOf.get(f));
      List<Status> statuses = new ArrayList<>();
      for (String o : outlets) {
        statuses.add(!outletsOf.get(f).contains(o) ? Status.LEFT_OUT
            : different.contains(o) ? Status.REPORTED_DIFFERENTLY : Status.REPORTED);
      }
      rows.add(new Fact(f.id(), f.kind(), label(f), statuses));
    }
    return new Data(outlets, rows, facts.size());
  }

  private static String label(Finding f) {
    String kind = f.kind() == FindingKind.NUMERIC_DISCREPANCY ? " (figures differ)"
        : f.kind() == FindingKind.CONTRADICTION ? " (contradiction)" : "";
    return f.id() + " · " + ChartStyle.cut(f.topic(), 44 - kind.length()) + kind;
  }

  /** The outlets of {@code f} that are not on the side most of its outlets take. */
  private static Set<String> different(Finding f, OutletPalette palette, Set<String> in) {
    if (f.kind() == FindingKind.CONTRADICTION) {
      return in;
    }
    if (f.kind() != FindingKind.NUMERIC_DISCREPANCY) {
      return Set.of();
    }
    Map<String, String> side = numericSides(f, palette);
    Map<String, Integer> sizes = new LinkedHashMap<>();
    side.values().forEach(s -> sizes.merge(s, 1, Integer::sum));
    int best = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<String> bestSides = sizes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
    String majority = bestSides.size() == 1 && !"mixed".equals(bestSides.get(0)) ? bestSides.get(0) : null;
    Set<String> different = new LinkedHashSet<>();
    for (String o : in) {
      String s = side.get(o);
      if (s != null && !s.equals(majority)) {
        different.add(o);
      }
    }
    return different;
  }

  /**
   * For each outlet with figures in {@code f}, the group of overlapping figures its figures fall
   * in ("mixed" when they fall in several).
   */
  private static Map<String, String> numericSides(Finding f, OutletPalette palette) {
    List<FindingValue> values = new ArrayList<>();
    List<Interval> readings = new ArrayList<>();
    for (FindingValue v : f.values()) {
      Interval r = DiscrepancyChart.reading(v.quantity());
      if (r != null) {
        values.add(v);
        readings.add(r);
      }
    }
    int[] group = new int[values.size()];
    for (int i = 0; i < group.length; i++) {
      group[i] = i;
    }
    for (int i = 0; i < group.length; i++) {
      for (int j = i + 1; j < group.length; j++) {
        if (readings.get(i).overlaps(readings.get(j))) {
          int from = group[j];
          int to = group[i];
          for (int k = 0; k < group.length; k++) {
            if (group[k] == from) {
              group[k] = to;
            }
          }
        }
      }
    }
    Map<String, String> side = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      String outlet = palette.outletOfArticle(values.get(i).articleId());
      String g = "g" + group[i];
      side.merge(outlet, g, (a, b) -> a.equals(b) ? a : "mixed");
    }
    return side;
  }

  /** The figure's height in pixels for {@code facts} rows. */
  public static int height(int facts) {
    return 260 + 30 * Math.max(facts, 1);
  }

  /** The figure of {@code report}. */
  public static JFreeChart create(Report report) {
    return create(data(report), new OutletPalette(report));
  }

  /** The figure of {@code data}, with outlet colours and shapes from {@code palette}. */
  public static JFreeChart create(Data data, OutletPalette palette) {
    Objects.requireNonNull(data, "data");
    SymbolAxis columns = ChartStyle.symbols(null, data.outlets().stream().map(o -> ChartStyle.cut(o, 28)).toList());
    columns.setVerticalTickLabels(true);
    SymbolAxis rows = ChartStyle.symbols(null, data.facts().stream().map(Fact::label).toList());
    rows.setInverted(true);
    rows.setGridBandsVisible(true);
    rows.setGridBandPaint(Color.WHITE);
    rows.setGridBandAlternatePaint(ChartStyle.BAND);

    XYSeriesCollection points = new XYSeriesCollection();
    MarkRenderer renderer = new MarkRenderer();
    List<ChartKey.Entry> key = new ArrayList<>();
    for (Status status : Status.values()) {
      XYSeries s = new XYSeries(status.name(), false, true);
      int series = points.getSeriesCount();
      points.addSeries(s);
      // the key shows each mark drawn for this status once, in column order
      Map<String, Swatch> drawn = new LinkedHashMap<>();
      for (int i = 0; i < data.facts().size(); i++) {
        Fact fact = data.facts().get(i);
        for (int j = 0; j < data.outlets().size(); j++) {
          if (fact.statuses().get(j) != status) {
            continue;
          }
          String outlet = data.outlets().get(j);
          MarkRenderer.Mark mark = mark(status, palette.shape(outlet), palette.color(outlet));
          s.add(j, i);
          renderer.add(series, mark);
          drawn.putIfAbsent(status == Status.LEFT_OUT ? "" : outlet, mark);
        }
      }
      if (!drawn.isEmpty()) {
        List<Swatch> ordered = new ArrayList<>();
        for (String o : data.outlets()) {
          if (drawn.containsKey(o)) {
            ordered.add(drawn.get(o));
          }
        }
        if (drawn.containsKey("")) {
          ordered.add(drawn.get(""));
        }
        key.add(new ChartKey.Entry(KEY.get(status), ordered));
      }
    }
    XYPlot plot = new XYPlot(points, columns, rows, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    ChartStyle.grid(plot, false);
    String subtitle = data.totalFacts() > data.facts().size()
        ? "The " + data.facts().size() + " facts most outlets take part in, of " + data.totalFacts() + "."
        : "Agreements, numeric discrepancies and contradictions, most widely reported first.";
    JFreeChart chart = ChartStyle.chart("Which outlet reports which fact", subtitle, plot, false);
    chart.addSubtitle(new ChartKey(key));
    return chart;
  }

  private static final Map<Status, String> KEY = Map.of(Status.REPORTED, "reports it",
      Status.REPORTED_DIFFERENTLY, "reports it differently", Status.LEFT_OUT, "leaves it out");

  private static MarkRenderer.Mark mark(Status status, Shape shape, Color color) {
    switch (status) {
      case REPORTED:
        return MarkRenderer.Mark.solid(shape, color);
      case REPORTED_DIFFERENTLY:
        return MarkRenderer.Mark.hollow(shape, color);
      default:
        Color grey = ChartStyle.tint(ChartStyle.MUTED, 0.4);
        return new MarkRenderer.Mark(leftOut(), grey, grey, 1f);
    }
  }

  private static Shape leftOut() {
    return new Rectangle2D.Double(-5, -1, 10, 2);
  }
}
