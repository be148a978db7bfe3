package dev.parallax.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lexicon's word-level readings, against their definitions written with regular expressions. */
class FramingLexiconTest {
  private static final FramingLexicon LEXICON = FramingLexicon.builtIn();

  /** VADER's compound score as defined: words split on anything but a-z, apostrophes and hyphens. */
  private static double compoundByDefinition(String words) {
    double sum = 0;
    for (String w : words.toLowerCase(Locale.ROOT).split("[^a-z'\\-]+")) {
      if (!w.isEmpty()) {
        sum += LEXICON.valence(w);
      }
    }
    return sum / Math.sqrt(sum * sum + 15);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "Terrible, HORRIBLE attack!", "a brutal--and cowardly--act", "don't 'love' it",
      "  leading and trailing  ", "naïve café hate", "good\tbad\nugly", "-", "'", "1,200 killed; 56% happy",
      "\u2019great\u2019 \u00a0 wonderful", "ÉLITE crooks"})
  void compoundScoreIsVadersNormalizedSum(String words) {
    assertEquals(Double.doubleToRawLongBits(compoundByDefinition(words)),
        Double.doubleToRawLongBits(LEXICON.compound(words)), words);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "a b", "a  b", " a\tb\n", "a\u00a0 b", "\r\n\f\u000b", "x \u2028 y", "many   spaces   here "})
  void singleSpacingMakesEachRunOfWhiteSpaceOneSpace(String text) {
    assertEquals(text.replaceAll("\\s+", " "), FramingLexicon.singleSpaced(text));
  }
}
