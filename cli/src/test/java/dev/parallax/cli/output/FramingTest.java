package dev.parallax.cli.output;

import dev.parallax.charts.Story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramingTest {
  private final Report report = Story.report();
  private final Framing framing = new Framing(new ReportIndex(report));

  @Test
  void columnsInTheConfiguredOrderWithUnitAndDescription() {
    assertEquals(List.of("loaded-language", "actor-portrayal", "quoted-sources", "omission"),
        framing.columns.stream().map(Framing.Column::name).toList());
    assertEquals("share of own sentences", framing.columns.get(0).unit());
    assertEquals("Loaded language", framing.columns.get(0).title());
    assertEquals(List.of("a1", "a2", "a3", "a5"), framing.articles().stream().map(a -> a.id()).toList());
    assertEquals("20%", Framing.value(framing.indicator("a1", "loaded-language").orElseThrow()));
    assertTrue(framing.indicator("a3", "actor-portrayal").isEmpty());
  }

  @Test
  void evidenceComesWithItsSentence() {
    Framing.Context c = Framing.context(Story.A1, Story.A1.indexOf("disgrace"), Story.A1.indexOf("disgrace") + 8);
    assertEquals("Residents called the response a ", c.before());
    assertEquals("disgrace", c.match());
    assertEquals(".", c.after());
    assertFalse(c.cutBefore() || c.cutAfter());
  }

  @Test
  void longStretchesAreCutAtSpacesAndSaySo() {
    String text = "word ".repeat(100) + "target " + "word ".repeat(100);
    int at = text.indexOf("target");
    Framing.Context c = Framing.context(text, at, at + 6);
    assertTrue(c.cutBefore() && c.cutAfter());
    assertTrue(c.before().startsWith("word") && c.before().length() < 100, c.before());
    assertTrue(c.after().startsWith(" word") && c.after().length() < 100, c.after());
  }

  @Test
  void anchorsAreSafeIds() {
    assertEquals("ev-a1-loaded-language", Framing.anchor("a1", "loaded-language"));
    assertEquals("ev-a1-labels-per-actor", Framing.anchor("a1", "labels per actor"));
  }
}
