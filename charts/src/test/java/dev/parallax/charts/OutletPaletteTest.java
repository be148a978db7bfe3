package dev.parallax.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.parallax.model.Report;
import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutletPaletteTest {
  private final Report report = Story.report();
  private final OutletPalette palette = new OutletPalette(report);

  @Test
  void outletsInOrderOfFirstArticleAndArticlesOfOneOutletShareItsColour() {
    assertEquals(List.of("Daily Ledger", "Harbor Times", "Northern Wire", "a4 (outlet not named)"), palette.outlets());
    assertEquals("Daily Ledger", palette.outletOfArticle("a5"));
    assertEquals("#0072b2", palette.hex("Daily Ledger"));
    assertEquals("#e69f00", palette.hex("Harbor Times"));
    assertEquals(Color.GRAY, palette.color("Nobody"));
  }

  @Test
  void labelsNameTheOutletAndTheArticle() {
    assertEquals("Daily Ledger (a5)", palette.articleLabel("a5"));
    assertEquals("a4 (outlet not named)", palette.articleLabel("a4"));
  }

  @Test
  void eachOutletHasItsOwnShape() {
    Set<String> names = new HashSet<>();
    for (String o : palette.outlets()) {
      names.add(palette.shapeName(o));
    }
    assertEquals(4, names.size());
    for (int i = 0; i < 8; i++) {
      assertNotEquals(0, OutletPalette.marker(i, 10).getBounds2D().getWidth());
    }
  }
}
