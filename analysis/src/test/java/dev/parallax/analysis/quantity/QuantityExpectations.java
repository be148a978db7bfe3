package dev.parallax.analysis.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parallax.model.QuantityMention;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checks one expected mention in the extractor's output. An expectation is written as
 * {@code key=value} pairs separated by blanks: {@code kind=PERCENT value=56 q=EXACT change=INCREASE},
 * {@code low=30000 high=35000}, {@code date=2021-08 end=2022}, {@code reading=18..20}, {@code
 * unit=USD}; a key given as {@code -} must be null ({@code date=-}).
 */
final class QuantityExpectations {
  private QuantityExpectations() {}

  static final PatternQuantityExtractor EXTRACTOR = new PatternQuantityExtractor();

  /** Finds the mention whose text is {@code mention} and checks the expectation against it. */
  static QuantityMention check(String sentence, LocalDateTime ref, String mention, String expectation) {
    List<QuantityMention> all = EXTRACTOR.extract(sentence, ref);
    QuantityMention m = all.stream().filter(x -> x.text().equals(mention)).findFirst().orElse(null);
    if (m == null) {
      fail("no mention '" + mention + "' in '" + sentence + "'; got " + describe(all));
    }
    for (String pair : expectation.trim().split("\\s+")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = pair.substring(0, eq);
      String want = pair.substring(eq + 1);
      if (key.equals("value") || key.equals("low") || key.equals("high")) {
        assertNumber(want, field(m, key), key, m);
      } else if (key.equals("reading")) {
        assertNotNull(m.reading(), () -> "no reading in " + m);
        String[] ends = want.split("\\.\\.");
        assertNumber(ends[0], Double.toString(m.reading().low()), "reading low", m);
        assertNumber(ends[1], Double.toString(m.reading().high()), "reading high", m);
      } else {
        assertEquals(want.equals("-") ? null : want, field(m, key), () -> key + " of " + m);
      }
    }
    return m;
  }

  private static void assertNumber(String want, String got, String key, QuantityMention m) {
    if (want.equals("-")) {
      assertEquals(null, got, () -> key + " of " + m);
      return;
    }
    assertNotNull(got, () -> key + " is null in " + m);
    double w = Double.parseDouble(want);
    double g = Double.parseDouble(got);
    assertEquals(w, g, Math.abs(w) * 1e-9 + 1e-12, () -> key + " of " + m);
  }

  private static String field(QuantityMention m, String key) {
    switch (key) {
      case "kind":
        return m.kind().name();
      case "value":
        return m.value() == null ? null : m.value().toString();
      case "low":
        return m.low() == null ? null : m.low().toString();
      case "high":
        return m.high() == null ? null : m.high().toString();
      case "unit":
        return m.unit();
      case "q":
        return m.qualifier() == null ? null : m.qualifier().name();
      case "change":
        return m.change() == null ? null : m.change().name();
      case "date":
        return m.date();
      case "end":
        return m.dateEnd();
      default:
        throw new IllegalArgumentException("unknown key " + key);
    }
  }

  static String describe(List<QuantityMention> all) {
    return all.stream()
        .map(x -> String.format(Locale.ROOT, "%s'%s'(%s %s-%s %s %s %s..%s)", x.kind(), x.text(), x.value(), x.low(),
            x.high(), x.unit(), x.qualifier(), x.date(), x.dateEnd()))
        .collect(Collectors.joining(", "));
  }
}
