package dev.parallax.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IntervalTest {

  @ParameterizedTest
  @CsvSource({
    "50, 50, 56, 56, false, 0.10714285714285714",
    "56, 56, 50, 50, false, 0.10714285714285714",
    "3500000, 3900000, 1000000, 10000000, true, 0",
    "9500, 10500, 10100, 10100, true, 0",
    "2000, 2400, 11300, 11300, false, 0.7876106194690266",
  })
  void overlapAndGap(double al, double ah, double bl, double bh, boolean overlaps, double gap) {
    Interval a = new Interval(al, ah);
    Interval b = new Interval(bl, bh);
    assertEquals(overlaps, a.overlaps(b));
    assertEquals(overlaps, b.overlaps(a));
    assertEquals(gap, a.relativeGap(b), 1e-12);
  }

  @Test
  void rejectsInvertedAndInfiniteEnds() {
    assertThrows(IllegalArgumentException.class, () -> new Interval(2, 1));
    assertThrows(IllegalArgumentException.class, () -> new Interval(0, Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> new Interval(Double.NaN, 1));
  }

  @Test
  void spanChecksItsBoundsAndReadsText() {
    Span s = new Span(4, 9);
    assertEquals("quick", s.of("the quick fox"));
    assertTrue(s.overlaps(new Span(8, 12)));
    assertFalse(s.overlaps(new Span(9, 12)));
    assertThrows(IllegalArgumentException.class, () -> new Span(3, 2));
    assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Span(0, 20).of("short"));
  }
}
