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
}
