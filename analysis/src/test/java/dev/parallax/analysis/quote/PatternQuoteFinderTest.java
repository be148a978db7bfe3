package dev.parallax.analysis.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.analysis.text.MorphyLemmatizer;
import dev.parallax.analysis.text.OpenNlpTextAnalyzer;
import dev.parallax.analysis.text.TextAnalyzer;
import dev.parallax.model.AttributionStyle;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternQuoteFinderTest {
  private static TextAnalyzer analyzer;
  private static final PatternQuoteFinder FINDER = new PatternQuoteFinder();

  @BeforeAll
  static void load() {
    analyzer = new OpenNlpTextAnalyzer(new MorphyLemmatizer());
  }

  private static List<Quote> find(String text) {
    List<Quote> quotes = FINDER.find(text, analyzer.analyze(text));
    for (Quote q : quotes) {
      assertEquals(q.speaker(), text.substring(q.speakerStart(), q.speakerEnd()));
      assertEquals(q.referent(), text.substring(q.referentStart(), q.referentEnd()));
    }
    return quotes;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          "The talks failed," said Jane Doe, a researcher at the Example Institute. | Jane Doe | Jane Doe | say | DIRECT_QUOTE | The talks failed
          Officials said the border would reopen on Monday. | Officials | Officials | say | REPORTED_SPEECH | the border would reopen on Monday.
          According to the health ministry, 40 people died in the floods. | the health ministry | the health ministry | according to | ACCORDING_TO | 40 people died in the floods.
          The army denied the report. | The army | The army | deny | REPORTED_SPEECH | the report.
          Experts warn of a wider war in the region. | Experts | Experts | warn | REPORTED_SPEECH | of a wider war in the region.
          Prime Minister Jane Roe spoke first. She said the vote would go ahead. | She | Jane Roe | say | REPORTED_SPEECH | the vote would go ahead.
          Anna Berg, an economist at a Swedish bank, believes that prices will fall. | Anna Berg | Anna Berg | believe | REPORTED_SPEECH | prices will fall.
          In Lagos, the governor said that schools would stay shut. | the governor | the governor | say | REPORTED_SPEECH | schools would stay shut.
          "We will not give up," the mayor told reporters on Friday. | the mayor | the mayor | tell | DIRECT_QUOTE | We will not give up
          """)
  void findsTheSpeakerAndTheWords(String text, String speaker, String referent, String verb, AttributionStyle style,
      String words) {
    List<Quote> quotes = find(text);
    assertEquals(1, quotes.size(), () -> "quotes: " + quotes);
    Quote q = quotes.get(0);
    assertEquals(speaker, q.speaker());
    assertEquals(referent, q.referent());
    assertEquals(verb, q.verb());
    assertEquals(style, q.style());
    assertEquals(words, text.substring(q.start(), q.end()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The storm destroyed forty homes near the coast.
          The minister asked the crowd to disperse.
          This shows that the plan works.
          It said the plan works.
          The government has been demanding action against smugglers.
          The singer held a "victory party" at the club.
          """)
  void findsNothingWhereNobodySpeaks(String text) {
    assertEquals(List.of(), find(text));
  }

  @Test
  void aQuotationOverSeveralSentencesIsOneQuote() {
    String text = "John Smith, an analyst, said: \"Prices rose. Wages did not. Nobody is surprised.\" The market closed.";
    List<Quote> quotes = find(text);
    assertEquals(1, quotes.size(), () -> "quotes: " + quotes);
    assertEquals("Prices rose. Wages did not. Nobody is surprised.", text.substring(quotes.get(0).start(), quotes.get(0).end()));
    assertEquals("an analyst", quotes.get(0).role());
  }

  @Test
  void aQuotationThatFollowsADirectQuoteContinuesItsSpeaker() {
    String text = "\"We are ready,\" said Ann Lee. \"The team is strong.\"\n\"Nobody knows,\" a resident said.";
    List<Quote> quotes = find(text);
    assertEquals(3, quotes.size(), () -> "quotes: " + quotes);
    assertEquals("Ann Lee", quotes.get(1).referent());
    assertEquals("The team is strong.", text.substring(quotes.get(1).start(), quotes.get(1).end()));
    assertEquals("a resident", quotes.get(2).speaker());
  }

  @Test
  void aDescriptionResolvesToThePersonItDescribes() {
    String text = "Omar Said, a retired general, spoke on Monday. The weather was cold. "
        + "The retired general said that the ceasefire would hold.";
    List<Quote> quotes = find(text);
    assertEquals(1, quotes.size(), () -> "quotes: " + quotes);
    assertEquals("The retired general", quotes.get(0).speaker());
    assertEquals("Omar Said", quotes.get(0).referent());
    assertTrue(quotes.get(0).resolved());
  }

  @Test
  void emptyAndBlankTextsHaveNoQuotes() {
    assertEquals(List.of(), find(""));
    assertEquals(List.of(), find("  \n "));
  }
}
