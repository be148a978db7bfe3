package dev.parallax.charts;

import static dev.parallax.charts.ReportFixture.Q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Claim;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import dev.parallax.model.Interval;
import dev.parallax.model.Qualifier;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import dev.parallax.model.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

class DiscrepancyChartTest {
  private final Report report = Story.report();
  private final OutletPalette palette = new OutletPalette(report);

  private Finding finding(String id) {
    return report.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  /** {@code f} with another topic and only the values whose text is listed. */
  private static Finding variant(Finding f, String topic, String... texts) {
    List<FindingValue> values = f.values().stream()
        .filter(v -> texts.length == 0 || List.of(texts).contains(v.quantity().text())).toList();
    return new Finding(f.id(), f.kind(), topic, values.stream().map(FindingValue::claimId).toList(), f.confidence(),
        f.explanation(), f.caveats(), f.reasons(), values, f.relativeGap(), values.size());
  }

  @Test
  void oneRowPerFigureInValueOrderWithOpenEnds() {
    DiscrepancyChart.Data data = DiscrepancyChart.data(report, finding("f1"));
    assertEquals("f1: people evacuated", data.title());
    assertEquals(0.771, data.relativeGap());
    List<DiscrepancyChart.Row> rows = data.rows();
    assertEquals(List.of("Daily Ledger (a1)", "Harbor Times (a2)", "Northern Wire (a3)", "a4 (outlet not named)"),
        rows.stream().map(DiscrepancyChart.Row::label).toList());
    DiscrepancyChart.Row more = rows.get(0);
    assertEquals("More than 2,000", more.text());
    assertTrue(more.openAbove(), "more than: open above");
    assertFalse(more.openBelow());
    assertEquals(2000, more.low());
    assertEquals(2400, more.high());
    DiscrepancyChart.Row about = rows.get(1);
    assertEquals(Qualifier.APPROXIMATE, about.qualifier());
    assertFalse(about.openAbove() || about.openBelow(), "about: closed");
    DiscrepancyChart.Row fewer = rows.get(3);
    assertTrue(fewer.openBelow(), "fewer than: open below");
    assertEquals("a4 (outlet not named)", fewer.outlet());
    assertEquals("residents who left their homes", rows.get(2).measured());
  }

  @Test
  void theAxisNamesTheSharedWordingWithItsUnit() {
    DiscrepancyChart.Data rain = DiscrepancyChart.data(report, finding("f6"));
    assertFalse(rain.wordingsDiffer());
    assertEquals("rainfall (mm)", rain.axisLabel());
  }

  @Test
  void whenWordingsDifferTheAxisNamesTheTopicNeverOneOutletsWords() {
    // a1, a2 and a4 count "people evacuated", a3 "residents who left their homes"
    Finding f = variant(finding("f1"), "evacuations");
    DiscrepancyChart.Data data = DiscrepancyChart.data(report, f);
    assertTrue(data.wordingsDiffer());
    assertEquals("evacuations", data.axisLabel());
    JFreeChart chart = DiscrepancyChart.create(data, palette);
    XYPlot plot = chart.getXYPlot();
    assertEquals("evacuations", plot.getDomainAxis().getLabel());
    // each row shows its own wording under its figure
    List<String> texts = texts(plot);
    assertTrue(texts.contains("residents who left their homes"), texts.toString());
    assertTrue(texts.contains("people evacuated"), texts.toString());
    assertTrue(subtitle(chart).contains("Under each figure, what the outlet says it measures."), subtitle(chart));
  }

  @Test
  void rowsThatShareTheirWordingDoNotRepeatIt() {
    List<String> texts = texts(DiscrepancyChart.create(report, finding("f6")).getXYPlot());
    assertFalse(texts.contains("rainfall"), texts.toString());
  }

  @Test
  void theKeyShowsExactlyTheMarksDrawn() {
    JFreeChart chart = DiscrepancyChart.create(report, finding("f1"));
    List<ChartKey.Entry> key = ChartKey.of(chart).orElseThrow().entries();
    assertEquals(List.of("stated value", "approximate (\u201cabout\u201d)", "interval it is read as",
        "could be more (\u201cmore than\u201d, \u201cat least\u201d)", "could be less (\u201cless than\u201d, \u201cat most\u201d)"),
        key.stream().map(ChartKey.Entry::label).toList());
    // the same mark objects the renderer draws, no stand-in grey circle
    MarkRenderer renderer = (MarkRenderer) chart.getXYPlot().getRenderer();
    Set<MarkRenderer.Mark> drawn = identities(renderer.marks().get(0));
    Set<MarkRenderer.Mark> keyed = identities(key.stream().flatMap(e -> e.swatches().stream())
        .filter(s -> s instanceof MarkRenderer.Mark).map(s -> (MarkRenderer.Mark) s).toList());
    assertEquals(drawn, keyed);
    // Daily Ledger's "more than 2,000" and a4's "fewer than 2,500" are stated values in their own shape and colour
    List<Swatch> stated = key.get(0).swatches();
    assertEquals(2, stated.size());
    MarkRenderer.Mark ledger = (MarkRenderer.Mark) stated.get(0);
    assertEquals(palette.color("Daily Ledger"), ledger.fill());
    assertEquals(palette.shape("Daily Ledger").getBounds2D(), ledger.shape().getBounds2D());
    assertTrue(key.get(1).swatches().stream().allMatch(s -> ((MarkRenderer.Mark) s).hollow()), "about: hollow");
    assertEquals(4, key.get(2).swatches().size(), "one bar colour per outlet");
  }

  @Test
  void pointValuesGetNoBarNoBarInTheKeyAndNoneInTheSubtitle() {
    // 150 mm and 120 mm are read as single values: nothing but two markers is drawn
    Finding f = variant(finding("f6"), "rainfall", "150 mm", "120 mm");
    DiscrepancyChart.Data data = DiscrepancyChart.data(report, f);
    JFreeChart chart = DiscrepancyChart.create(data, palette);
    List<ChartKey.Entry> key = ChartKey.of(chart).orElseThrow().entries();
    assertEquals(List.of("stated value"), key.stream().map(ChartKey.Entry::label).toList());
    List<Swatch> marks = key.get(0).swatches();
    assertEquals(List.of(palette.color("Harbor Times"), palette.color("Northern Wire")),
        marks.stream().map(s -> ((MarkRenderer.Mark) s).fill()).toList());
    String subtitle = subtitle(chart);
    assertEquals("Each figure as written: a marker is the value stated. Relative gap 20%.", subtitle);
    for (String absent : List.of("bar", "hollow", "arrow", "interval")) {
      assertFalse(subtitle.contains(absent), subtitle);
    }
    long shapes = ((MarkRenderer) chart.getXYPlot().getRenderer()).getAnnotations().size();
    assertEquals(0, shapes, "no bars, caps or arrows");
  }

  @Test
  void theSubtitleNamesWhatIsDrawnWhenItIsDrawn() {
    String subtitle = subtitle(DiscrepancyChart.create(report, finding("f1")));
    assertEquals("Each figure as written: a marker is the value stated (hollow when hedged with \u201cabout\u201d); "
        + "a bar is the interval a figure is read as; a dashed arrow is an open end (\u201cmore than\u201d, \u201cless than\u201d). "
        + "Under each figure, what the outlet says it measures. Relative gap 77%.", subtitle);
  }

  @Test
  void aRangeWithoutAValueIsDrawnBetweenCapsAndKeyedSo() {
    ReportFixture r = new ReportFixture();
    r.article("b1", "Daily Ledger", null, null, "Between 30 and 35 people were hurt.");
    r.article("b2", "Harbor Times", null, null, "Fifty people were hurt.");
    Claim c1 = r.claim("b1", "Between 30 and 35 people were hurt.", Q.range("Between 30 and 35", 30, 35));
    Claim c2 = r.claim("b2", "Fifty people were hurt.", Q.number("Fifty", 50, Qualifier.EXACT, 50, 50));
    r.finding(FindingKind.NUMERIC_DISCREPANCY, "people hurt", 0.8, "30-35 against 50.", List.of(), List.of(),
        List.of(r.value(c1, "Between 30 and 35", "people hurt", null), r.value(c2, "Fifty", "people hurt", null)),
        0.35, 2, c1, c2);
    Report story = r.report();
    JFreeChart chart = DiscrepancyChart.create(story, story.findings().get(0));
    List<ChartKey.Entry> key = ChartKey.of(chart).orElseThrow().entries();
    assertEquals(List.of("stated value", "range without a single value"),
        key.stream().map(ChartKey.Entry::label).toList());
    assertTrue(key.get(1).swatches().get(0) instanceof ChartKey.Caps);
    assertEquals("Each figure as written: a marker is the value stated; end caps mark a range given without a single "
        + "value; a bar is the interval a figure is read as. Relative gap 35%.", subtitle(chart));
  }

  @Test
  void refusesOtherKinds() {
    assertThrows(IllegalArgumentException.class, () -> DiscrepancyChart.data(report, finding("f2")));
  }

  @Test
  void readsFiguresWithoutAReadingFromTheirValueOrBounds() {
    QuantityMention value = new QuantityMention("56%", 0, 3, QuantityKind.PERCENT, 56.0, null, null, "%",
        Qualifier.EXACT, null, null, null, null);
    assertEquals(Interval.point(56), DiscrepancyChart.reading(value));
    QuantityMention range = new QuantityMention("30-35", 0, 5, QuantityKind.RANGE, null, 35.0, 30.0, null,
        Qualifier.RANGE, null, null, null, null);
    assertEquals(new Interval(30, 35), DiscrepancyChart.reading(range));
    QuantityMention date = new QuantityMention("May", 0, 3, QuantityKind.DATE, null, null, null, null, null,
        "2024-05", null, null, null);
    assertNull(DiscrepancyChart.reading(date));
  }

  @Test
  void renders() throws Exception {
    for (String id : List.of("f1", "f6")) {
      Finding f = finding(id);
      DiscrepancyChart.Data data = DiscrepancyChart.data(report, f);
      String svg = Rendering.check(() -> DiscrepancyChart.create(report, f), ChartStyle.WIDTH,
          DiscrepancyChart.height(data), "numeric-" + id);
      assertTrue(svg.contains(id.equals("f1") ? "More than 2,000" : "about 118 mm"), "figures are labelled");
    }
  }

  static String subtitle(JFreeChart chart) {
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof TextTitle) {
        return ((TextTitle) chart.getSubtitle(i)).getText();
      }
    }
    return "";
  }

  private static List<String> texts(XYPlot plot) {
    List<String> out = new ArrayList<>();
    for (Object a : plot.getAnnotations()) {
      if (a instanceof XYTextAnnotation) {
        out.add(((XYTextAnnotation) a).getText());
      }
    }
    return out;
  }

  private static Set<MarkRenderer.Mark> identities(List<MarkRenderer.Mark> marks) {
    Set<MarkRenderer.Mark> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(marks);
    return set;
  }
}
