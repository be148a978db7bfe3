package dev.parallax.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenNlpTextAnalyzerTest {
  private static TextAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = new OpenNlpTextAnalyzer(new MorphyLemmatizer());
  }

  @Test
  void splitsSentencesAndLinesWithExactOffsets() {
    String text = "Durand Line\nThe line divides the two countries. Pakistan has fenced it.\n\nSource: X";
    List<Sentence> sentences = analyzer.analyze(text);
    assertEquals(List.of("Durand Line", "The line divides the two countries.", "Pakistan has fenced it.", "Source: X"),
        sentences.stream().map(Sentence::text).toList());
    for (Sentence s : sentences) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
      for (Token t : s.tokens()) {
        assertEquals(t.text(), text.substring(t.start(), t.end()));
      }
    }
  }

  @Test
  void tagsAndLemmatizes() {
    Sentence s = analyzer.analyze("Attacks on the border posts have increased sharply.").get(0);
    Token attacks = s.tokens().get(0);
    assertEquals("NOUN", attacks.tag());
    assertEquals("attack", attacks.lemma());
    Token increased = s.tokens().stream().filter(t -> t.text().equals("increased")).findFirst().orElseThrow();
    assertEquals("increase", increased.lemma());
    Token have = s.tokens().stream().filter(t -> t.text().equals("have")).findFirst().orElseThrow();
    assertEquals("have", have.lemma());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n\t", "\u200b", "\ud83d\ude00 \u0301", "...", "\u00a0"})
  void oddInputKeepsSpanInvariants(String text) {
    for (Sentence s : analyzer.analyze(text)) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
      assertTrue(!s.text().isBlank());
      for (Token t : s.tokens()) {
        assertEquals(t.text(), text.substring(t.start(), t.end()));
      }
    }
  }

  /** Sentences cover the text's words exactly, keep their offsets, and stay within the caps. */
  private static void assertCappedCover(String text, List<Sentence> sentences) {
    int previousEnd = 0;
    for (Sentence s : sentences) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
      assertTrue(s.start() >= previousEnd, "sentences overlap at " + s.start());
      assertTrue(text.substring(previousEnd, s.start()).isBlank(), "text left out before " + s.start());
      assertTrue(s.text().length() <= OpenNlpTextAnalyzer.MAX_SENTENCE_CHARS, "too long: " + s.text().length());
      assertTrue(s.text().split("\\s+").length <= OpenNlpTextAnalyzer.MAX_SENTENCE_WORDS, s.text());
      for (Token t : s.tokens()) {
        assertEquals(t.text(), text.substring(t.start(), t.end()));
      }
      previousEnd = s.end();
    }
    assertTrue(text.substring(previousEnd).isBlank(), "text left out at the end");
  }

  @Test
  void cutsALongLineWithoutPunctuationIntoSentenceSizedPieces() {
    StringBuilder b = new StringBuilder("Heading\n");
    String[] vocabulary = {"border", "talks", "officials", "army", "the", "province", "security", "week"};
    for (int i = 0; i < 30_000; i++) {
      b.append(vocabulary[(i * 7 + i / 3) % vocabulary.length]).append(i % 97 == 0 ? "  " : " ");
    }
    String text = b.append("end").toString();
    List<Sentence> sentences = analyzer.analyze(text);
    assertCappedCover(text, sentences);
    assertTrue(sentences.size() >= 30_000 / OpenNlpTextAnalyzer.MAX_SENTENCE_WORDS, "pieces: " + sentences.size());
    assertEquals(sentences.stream().map(Sentence::text).toList(),
        analyzer.sentences(text).stream().map(Sentence::text).toList(), "sentences() cuts the same way");
  }

  @Test
  void prefersToCutAfterAComma() {
    String clause = "the officials said that the talks would go on for another week ";
    String text = (clause.repeat(8) + "and then, " + clause.repeat(12)).strip();
    List<Sentence> sentences = analyzer.sentences(text);
    assertCappedCover(text, sentences);
    assertTrue(sentences.get(0).text().endsWith("then,"), sentences.get(0).text());
  }

  @Test
  void cutsAWordLongerThanTheCharacterCapWithoutSplittingASurrogatePair() {
    String text = "x".repeat(OpenNlpTextAnalyzer.MAX_SENTENCE_CHARS - 1) + "\ud83d\ude00" + "y".repeat(5_000);
    List<Sentence> sentences = analyzer.analyze(text);
    assertCappedCover(text, sentences);
    assertEquals(OpenNlpTextAnalyzer.MAX_SENTENCE_CHARS - 1, sentences.get(0).end());
    assertTrue(Character.isHighSurrogate(text.charAt(sentences.get(1).start())));
  }

  @Test
  void leavesOrdinarySentencesWhole() {
    String text = "Pakistan's military said on Sunday that it had carried out airstrikes in Afghanistan's Paktika "
        + "province, targeting what it described as hideouts of the Tehreek-e-Taliban Pakistan, while the Taliban "
        + "government in Kabul said 46 civilians, most of them women and children, were killed and vowed to respond.";
    assertEquals(List.of(text), analyzer.sentences(text).stream().map(Sentence::text).toList());
  }

  @Test
  void givesTheSameResultFromSeveralThreads() throws Exception {
    String text = "The Taliban took power in August 2021. Pakistan's army carried out two airstrikes.";
    List<Sentence> expected = analyzer.analyze(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Sentence>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> analyzer.analyze(text)));
      }
      for (Future<List<Sentence>> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
