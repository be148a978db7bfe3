package dev.parallax.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.analysis.text.MorphyLemmatizer;
import dev.parallax.analysis.text.OpenNlpTextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceFramingTest {
  static SentenceFraming framing;

  @BeforeAll
  static void load() {
    framing = new SentenceFraming(new OpenNlpTextAnalyzer(new MorphyLemmatizer()), FramingModels.load());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The shameless regime's brutal thugs savagely crushed the peaceful protest. | true
          The council approved the budget by seven votes to two on Tuesday. | false
          """)
  void judgesLoadedWording(String text, boolean loaded) {
    assertEquals(loaded, framing.assess(text, List.of()).loaded());
  }

  @Test
  void flagsTheChargedWordsOfALoadedSentence() {
    String text = "The shameless regime's brutal thugs savagely crushed the peaceful protest.";
    SentenceFraming.Result r = framing.assess(text, List.of());
    List<String> words = r.words().stream().map(FlaggedWord::text).toList();
    assertTrue(words.contains("brutal") && words.contains("thugs"), words.toString());
    for (FlaggedWord w : r.words()) {
      assertEquals(w.text(), text.substring(w.start(), w.end()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Critics accused Dana Reyes of lying to investigators and hiding the losses. | Dana Reyes | NEGATIVE
          Dana Reyes was praised for her brilliant leadership and won the award. | Dana Reyes | POSITIVE
          Dana Reyes will travel to Geneva on Monday for the meeting. | Dana Reyes | NEUTRAL
          """)
  void scoresSentimentTowardATarget(String text, String target, Sentiment expected) {
    int start = text.indexOf(target);
    SentenceFraming.Result r = framing.assess(text, List.of(new SentenceFraming.Target(start, start + target.length())));
    assertEquals(List.of(expected), r.sentiments());
  }

  @Test
  void aTargetPastTheEndIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> framing.assess("Short.", List.of(new SentenceFraming.Target(2, 40))));
    assertFalse(framing.assess("", List.of()).loaded());
  }
}
