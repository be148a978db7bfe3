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
      AT_LEAST,  200,       200,       200
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

  /** A number is read with the precision it is written with (ARCHITECTURE.md, "Numbers are intervals"). */
  @ParameterizedTest(name = "{0} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      EXACT     | 51         | 51 percent    | 50.5       | 51.5
      EXACT     | 51.2       | 51.2%         | 51.15      | 51.25
      EXACT     | 56         | 56%           | 55.5       | 56.5
      EXACT     | 2750000    | 2.75 million  | 2745000    | 2755000
      EXACT     | 5500000000 | $5.5 billion  | 5450000000 | 5550000000
      EXACT     | 6.8        | 6.8           | 6.75       | 6.85
      EXACT     | 7          | 7             | 6.965      | 7.035
      EXACT     | 2122       | 2,122         | 2121.5     | 2122.5
      EXACT     | 2759256    | 2,759,256     | 2759255.5  | 2759256.5
      EXACT     | 500        | 500           | 497.5      | 502.5
      EXACT     | 2500       | 2,500         | 2487.5     | 2512.5
      EXACT     | 5          | five          | 4.975      | 5.025
      AT_LEAST  | 91         | at least 91   | 90.545     | 91.455
      MORE_THAN | 150        | more than 150 | 150        | 160
      """)
  void readsTheWrittenPrecision(Hedge hedge, double value, String written, double low, double high) {
    Interval r = Readings.of(hedge, value, written);
    assertEquals(low, r.low(), 1e-6 * Math.max(1, value));
    assertEquals(high, r.high(), 1e-6 * Math.max(1, value));
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
