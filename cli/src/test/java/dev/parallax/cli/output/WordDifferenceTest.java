package dev.parallax.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.output.WordDifference.Run;
import dev.parallax.cli.output.WordDifference.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDifferenceTest {
  private static String shown(WordDifference d) {
    StringBuilder out = new StringBuilder();
    for (Run r : d.runs()) {
      if (out.length() > 0 && d.spaceBefore(r)) {
        out.append(' ');
      }
      String t = d.text(r);
      out.append(r.side() == Side.BOTH ? t : r.side() == Side.FIRST ? "[-" + t + "-]" : "{+" + t + "+}");
    }
    return out.toString();
  }

  @Test
  void theWordsOneSentenceHasAndTheOtherLacks() {
    WordDifference d = WordDifference.of("Attacks increased by 50% since 2021.", "Attacks increased by a record 56% since 2021.");
    assertEquals("Attacks increased by [-50%-] {+a record 56%+} since 2021.", shown(d));
    assertEquals("50%", d.only(Side.FIRST));
    assertEquals("a record 56%", d.only(Side.SECOND));
    assertEquals(6, d.sharedWords());
    assertFalse(d.same());
  }

  @Test
  void caseDoesNotMakeAWordDifferent() {
    WordDifference d = WordDifference.of("The Taliban denied it.", "the taliban denied it .");
    assertTrue(d.same(), shown(d));
    assertEquals(List.of(new Run(Side.BOTH, 0, 22)), d.runs());
  }

  @Test
  void runsAreOffsetsIntoTheirOwnSentence() {
    String a = "Islamabad denied the report.";
    String b = "Kabul rejected the report outright.";
    WordDifference d = WordDifference.of(a, b);
    for (Run r : d.runs()) {
      String text = r.side() == Side.SECOND ? b : a;
      assertEquals(text.substring(r.start(), r.end()), d.text(r));
    }
    assertEquals("Islamabad denied", d.only(Side.FIRST));
    assertEquals("Kabul rejected … outright", d.only(Side.SECOND));
  }

  @Test
  void emptyAndOddInput() {
    assertEquals(List.of(), WordDifference.of("", "").runs());
    assertEquals("{+new words+}", shown(WordDifference.of("  ", "new words")));
    WordDifference d = WordDifference.of("café — 𝔘nicode ok", "café 𝔘nicode ok");
    assertEquals("café [-—-] 𝔘nicode ok", shown(d));
  }

  @Test
  void theSameSentencesGiveTheSameRuns() {
    String a = "Since the Taliban came back to power, TTP attacks have increased by 50%.";
    String b = "Since the Taliban came to power, the number of terrorist attacks has increased by a record 56%.";
    assertEquals(WordDifference.of(a, b), WordDifference.of(a, b));
  }

  @Test
  void sentencesTooLongToCompareAreShownApart() {
    String longText = "word ".repeat(WordDifference.MAX_WORDS + 1).strip();
    WordDifference d = WordDifference.of(longText, "a word");
    assertEquals(List.of(new Run(Side.FIRST, 0, longText.length()), new Run(Side.SECOND, 0, 6)), d.runs());
    WordDifference fits = WordDifference.of("word ".repeat(WordDifference.MAX_WORDS).strip(), "a word");
    assertEquals(1, fits.sharedWords());
  }
}
