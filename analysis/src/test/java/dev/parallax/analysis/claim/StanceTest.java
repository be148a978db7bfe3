package dev.parallax.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.analysis.text.MorphyLemmatizer;
import dev.parallax.analysis.text.OpenNlpTextAnalyzer;
import dev.parallax.analysis.text.TextAnalyzer;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StanceTest {
  private static final TextAnalyzer TEXT = new OpenNlpTextAnalyzer(new MorphyLemmatizer());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "The policy has not changed. | NEGATED | ASSERTED",
    "No Afghan government has recognized the border. | NEGATED | ASSERTED",
    "The Taliban is unlikely to comply with the demands. | NEGATED | HEDGED",
    "Much has changed in a year. | AFFIRMATIVE | ASSERTED",
    "It not only closed the road but also cut power. | AFFIRMATIVE | ASSERTED",
    "There is no doubt that the army shelled the town. | AFFIRMATIVE | ASSERTED",
    "Pakistan must realize that the Taliban has changed. | AFFIRMATIVE | PRESCRIPTIVE",
    "The government needs to convince the public. | AFFIRMATIVE | PRESCRIPTIVE",
    "Bold steps are needed to resolve the issues. | AFFIRMATIVE | PRESCRIPTIVE",
    "The army will probably continue bombing. | AFFIRMATIVE | HEDGED",
    "The toll may rise further. | AFFIRMATIVE | HEDGED",
    "Floods killed 1,500 people. | AFFIRMATIVE | ASSERTED",
  })
  void readsPolarityAndModality(String sentence, Polarity polarity, Modality modality) {
    var tokens = TEXT.analyze(sentence).get(0).tokens();
    assertEquals(polarity, Stance.polarity(tokens));
    assertEquals(modality, Stance.modality(tokens));
  }

  /** Negation belongs to the clause of the main predicate (issue: "ended peacefully, and there were no arrests"). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "The march ended peacefully on Sunday, and there were no arrests. | AFFIRMATIVE",
    "The march ended peacefully on Sunday. | AFFIRMATIVE",
    "Not counting the human cost, FEMA has estimated damage from the fire at $5.6 billion. | AFFIRMATIVE",
    "The utility has come under criticism for not turning off power despite the warnings. | AFFIRMATIVE",
    "No one used such a device during the protest. | NEGATED",
    "Morocco has not refused any support or offer. | NEGATED",
    "There is no evidence the government was involved. | NEGATED",
    "The policy has not changed. | NEGATED",
    "Nothing has changed since the election. | NEGATED",
    "The Taliban is unlikely to comply with the demands. | NEGATED",
  })
  void scopesNegationToTheMainPredicate(String sentence, Polarity polarity) {
    var tokens = TEXT.analyze(sentence).get(0).tokens();
    assertEquals(polarity, Stance.polarity(tokens, PropositionReader.mainVerbIndex(tokens, null)));
  }
}
