package dev.parallax.analysis.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.QuantityMention;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The extractor's contract on any input: spans are exact, mentions come in text order and never
 * overlap, numeric mentions carry a reading, with or without a reference date.
 */
class QuantitySpanContractTest {
  private final PatternQuantityExtractor extractor = new PatternQuantityExtractor();

  @ParameterizedTest
  @ValueSource(strings = {
    "", " ", "\n\n\t", "\u200b", "\ud83d\ude00 \u0301", "...", "\u00a0", "\ufeff12",
    "\ud83d\ude00 5 \ud83d\ude00 km and 3\u0301 % \ud83d\udc4d\ud83c\udffd on May 5",
    "\u05d4\u05dd \u05e9\u05d9\u05dc\u05de\u05d5 100 \u05d3\u05d5\u05dc\u05e8 \u0628\u0640 \u0665\u0660 2021",
    "e\u0301 12\u0301 km\u0301, $\u0301 5",
    "-", "$", "%", "5", "1,", ",5", "5-", "-5", "$-", "12:", ":30", "2021-", "1/", "/2", "3e", "1e999999",
    "99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999 dollars",
    "0.0000000000000000000000000000000000000000000000001 km",
    "\u00bd\u00bd\u00bd", "one one one one", "a a a a", "May May May", "the the 2021 2021 2021-2021",
    "between and to from", "from 5 to", "between 3 and", "more than", "about about 5", "5 5 5 5 5",
    "http://example.com/2021/05/10/5-km-run costs $5", "mail me at a1@b2.com about 3 km",
    "12/31/2023 31/12/2023 2023-12-31 2023.12.31 31.12.2023", "Aban 1403 15 Mehr 1402 Dey 99999",
  })
  void keepsSpansOnOddInput(String text) {
    for (LocalDateTime ref : new LocalDateTime[] {null, LocalDateTime.of(2024, 2, 29, 23, 59, 59)}) {
      checkContract(text, ref);
    }
  }

  private static final String[] PIECES = (
      "1 2 12 31 0 99 2021 1999 10000 1,000 3.5 1/2 -5 $ £ € % per cent percent - to and between from since "
      + "before after until the a an of in on at by last next this ago later earlier week month year day hour "
      + "morning night tonight today tomorrow yesterday Monday Friday May March Dec. Aban 1403 Q1 H2 km kg m "
      + "million billion thousand dozens hundreds tens about nearly more than less at least up : . , ( ) / ~ am pm "
      + "p.m. noon half quarter past o'clock every weekly end beginning mid early late first third 21st century "
      + "1990s '90s w/c 5pm 10:30 1:2 \u00b1 \u00d7 \ud83d\ude00 \u00e9 \u0634 9999 0000 24:00 29 Feb 30 2/29 31/12/9999")
      .split(" ");

  /** Sentences assembled at random (with a fixed seed) from pieces of dates, numbers and symbols. */
  @org.junit.jupiter.api.Test
  void keepsSpansOnAssembledInput() {
    java.util.Random random = new java.util.Random(20241120L);
    LocalDateTime[] refs = {null, LocalDateTime.of(2024, 2, 29, 23, 59, 59), LocalDateTime.of(9999, 12, 31, 0, 0)};
    for (int n = 0; n < 3000; n++) {
      StringBuilder b = new StringBuilder();
      int len = 1 + random.nextInt(12);
      for (int k = 0; k < len; k++) {
        b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      checkContract(b.toString(), refs[n % refs.length]);
    }
  }

  private void checkContract(String text, LocalDateTime ref) {
    List<QuantityMention> ms = extractor.extract(text, ref);
    int lastEnd = 0;
    for (QuantityMention m : ms) {
      assertEquals(m.text(), text.substring(m.start(), m.end()), () -> "span of " + m + " in '" + text + "'");
      assertTrue(m.start() >= lastEnd, () -> "order and overlap at " + m + " in '" + text + "'");
      assertTrue(m.end() > m.start(), () -> "empty mention " + m);
      lastEnd = m.end();
      if (m.numeric()) {
        assertNotNull(m.reading(), () -> "reading of " + m + " in '" + text + "'");
      }
    }
  }
}
