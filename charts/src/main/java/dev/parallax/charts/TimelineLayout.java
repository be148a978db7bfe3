package dev.parallax.charts;

import dev.parallax.charts.TimelineChart.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the timeline draws each event: its row, its lane within the row, and where its label
 * goes, so that no two marks or labels of a row overlap. Worked out in pixels for the plot width
 * the row labels leave (an estimate: the same fonts, the same chart width), before the chart is
 * drawn, so the figure's height can follow the number of lanes.
 *
 * @param rows the article ids of the rows
 * @param lanes the lanes of each row, at least one
 * @param placed the drawn events
 * @param lower the time axis's lower end, in milliseconds
 * @param upper its upper end
 * @param width the plot's width in pixels, as estimated from the row labels
 */
record TimelineLayout(List<String> rows, List<Integer> lanes, List<Placed> placed, long lower, long upper, double width) {

  /** Pixels per lane. */
  static final double LANE = 24;
  /** Space above and below the lanes of a row, in lanes. */
  static final double ROW_PAD = 0.25;
  /** Length of an open end's arrow, in pixels. */
  static final double ARROW = 16;
  /** Half the width of a day's marker, in pixels. */
  static final double MARK = 6;
  /** Space between a mark and its label, and between neighbours in a lane, in pixels. */
  static final double GAP_PX = 4;
  /** The longest label, in characters. */
  static final int LABEL_CHARS = 30;

  TimelineLayout {
    rows = List.copyOf(rows);
    lanes = List.copyOf(lanes);
    placed = List.copyOf(placed);
  }

  /** Where an event's label goes. */
  enum Label {
    /** Centred in a bar wide enough to hold it. */
    INSIDE,
    /** Right of the mark. */
    RIGHT,
    /** Left of the mark. */
    LEFT
  }

  /**
   * Where one drawn event goes.
   *
   * @param event the event
   * @param row its row, an index into {@link #rows}
   * @param lane its lane within the row, from the top
   * @param label where its label goes
   * @param left the left end of the mark and its label, in pixels from the plot's left edge
   * @param right the right end, in pixels
   */
  record Placed(Event event, int row, int lane, Label label, double left, double right) {}

  /** The top of row {@code r}, in lanes from the top of the plot. */
  double top(int r) {
    double y = 0;
    for (int i = 0; i < r; i++) {
      y += lanes.get(i) + 2 * ROW_PAD;
    }
    return y;
  }

  /** The height of all rows, in lanes. */
  double total() {
    return top(rows.size());
  }

  /** The vertical centre of lane {@code lane} of row {@code r}. */
  double centre(int r, int lane) {
    return top(r) + ROW_PAD + lane + 0.5;
  }

  /** Milliseconds per pixel. */
  double scale() {
    return (upper - lower) / width;
  }

  /** The start of {@code d}, in pixels from the plot's left edge. */
  double px(LocalDate d) {
    return (TimelineChart.millis(d) - lower) / scale();
  }

  /** Lays out the drawn events of {@code data}: lanes per row so that no marks or labels overlap. */
  static TimelineLayout of(TimelineChart.Data data) {
    List<String> rows = data.rows();
    double labels = rows.stream().mapToDouble(id -> ChartStyle.textWidth(rowLabel(data, id), ChartStyle.TICK))
        .max().orElse(0);
    // the chart's padding, the row labels with their gap, the axis offsets
    double width = Math.max(200, ChartStyle.WIDTH - 16 - (labels + 14) - 10);
    long from = data.empty() ? 0 : TimelineChart.millis(data.from());
    long to = data.empty() ? 86_400_000L : TimelineChart.millis(data.to());
    long span = Math.max(to - from, 86_400_000L);
    long lower = from - span / 40;
    long upper = to + span / 40;
    TimelineLayout plan = new TimelineLayout(rows, List.of(), List.of(), lower, upper, width);
    List<Placed> placed = new ArrayList<>();
    List<Integer> lanes = new ArrayList<>();
    List<Event> drawn = data.drawn();
    for (int r = 0; r < rows.size(); r++) {
      String id = rows.get(r);
      List<Event> mine = new ArrayList<>(drawn.stream().filter(e -> e.articleId().equals(id)).toList());
      mine.sort(Comparator.comparing(Event::start).thenComparing(Event::until, Comparator.reverseOrder()));
      List<Double> laneEnds = new ArrayList<>();
      for (Event e : mine) {
        double x0 = plan.px(e.start());
        double x1 = plan.px(e.until());
        if (e.day()) {
          double c = (x0 + x1) / 2;
          x0 = c - MARK;
          x1 = c + MARK;
        } else if (x1 - x0 < 3) {
          x1 = x0 + 3;
        }
        double barLeft = x0;
        double barRight = x1;
        if (e.openLater()) {
          x1 += ARROW;
        }
        if (e.openEarlier()) {
          x0 -= ARROW;
        }
        double text = ChartStyle.textWidth(labelText(e), ChartStyle.SMALL);
        // the label goes inside a bar wide enough to hold it, or right or left of the mark, within
        // the plot: the placement whose label does not cross the publication stroke, then the one
        // in the highest lane, then in this order
        List<double[]> options = new ArrayList<>();
        List<Label> names = new ArrayList<>();
        List<double[]> texts = new ArrayList<>();
        if (!e.day() && text + 8 <= barRight - barLeft) {
          options.add(new double[] {x0, x1});
          names.add(Label.INSIDE);
          double mid = (barLeft + barRight) / 2;
          texts.add(new double[] {mid - text / 2, mid + text / 2});
        }
        if (x1 + GAP_PX + text <= width) {
          options.add(new double[] {x0, x1 + GAP_PX + text});
          names.add(Label.RIGHT);
          texts.add(new double[] {x1 + GAP_PX, x1 + GAP_PX + text});
        }
        if (x0 - GAP_PX - text >= 0) {
          options.add(new double[] {x0 - GAP_PX - text, x1});
          names.add(Label.LEFT);
          texts.add(new double[] {x0 - GAP_PX - text, x0 - GAP_PX});
        }
        if (options.isEmpty()) {
          options.add(new double[] {x0, x1 + GAP_PX + text});
          names.add(Label.RIGHT);
          texts.add(new double[] {x1 + GAP_PX, x1 + GAP_PX + text});
        }
        LocalDate day = data.published().get(id);
        double stroke = day != null && data.shown(day) ? (plan.px(day) + plan.px(day.plusDays(1))) / 2 : Double.NaN;
        int best = 0;
        long bestScore = Long.MAX_VALUE;
        for (int o = 0; o < options.size(); o++) {
          boolean crosses = texts.get(o)[0] - 3 <= stroke && stroke <= texts.get(o)[1] + 3;
          long score = (crosses ? 1_000_000L : 0) + freeLane(laneEnds, options.get(o)[0]) * 10L + o;
          if (score < bestScore) {
            bestScore = score;
            best = o;
          }
        }
        int lane = freeLane(laneEnds, options.get(best)[0]);
        Label where = names.get(best);
        x0 = options.get(best)[0];
        x1 = options.get(best)[1];
        if (lane == laneEnds.size()) {
          laneEnds.add(x1);
        } else {
          laneEnds.set(lane, x1);
        }
        placed.add(new Placed(e, r, lane, where, x0, x1));
      }
      lanes.add(Math.max(1, laneEnds.size()));
    }
    return new TimelineLayout(rows, lanes, placed, lower, upper, width);
  }

  /** The first lane whose last occupant ends well before {@code left}. */
  private static int freeLane(List<Double> laneEnds, double left) {
    int lane = 0;
    while (lane < laneEnds.size() && laneEnds.get(lane) + GAP_PX * 2 > left) {
      lane++;
    }
    return lane;
  }

  /** A row's label: the article's label, cut to 30 characters. */
  static String rowLabel(TimelineChart.Data data, String id) {
    return ChartStyle.cut(data.labels().getOrDefault(id, id), 30);
  }

  /** An event's label: the date as written, cut to {@link #LABEL_CHARS} characters. */
  static String labelText(Event e) {
    return ChartStyle.cut(e.text(), LABEL_CHARS);
  }
}
