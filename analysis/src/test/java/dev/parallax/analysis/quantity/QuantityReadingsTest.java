package dev.parallax.analysis.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.model.Interval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reading table of {@link Readings}: hedge and value to interval. */
class QuantityReadingsTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(textBlock = """
      EXACT,     56,        56,        56
      ABOUT,     3700000,   3515000,   3885000
      NEARLY,    20,        18,        20
      MORE_THAN, 5200,      5200,      5460
      MORE_THAN, 540000,    540000,    567000
      MORE_THAN, 1500,      1500,      1600
      MORE_THAN, 40,        40,        44
      AT_LEAST,  200,       200,       220
      LESS_THAN, 15,        14,        15
      AT_MOST,   700,       630,       700
      AT_MOST,   1000,      900,       1000
      MORE_THAN, -40,       -40,       -36
      ABOUT,     0,         0,         0
      """)
  void readsHedgedValues(Hedge hedge, double value, double low, double high) {
    Interval r = Readings.of(hedge, value);
    assertEquals(low, r.low(), 1e-9);
    assertEquals(high, r.high(), 1e-9);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      56,       1
      1500,     100
      540000,   10000
      3700000,  100000
      2.5,      0.1
      0,        1
      """)
  void findsTheRoundingStep(double value, double step) {
    assertEquals(step, Readings.step(value), step * 1e-9);
  }
}
