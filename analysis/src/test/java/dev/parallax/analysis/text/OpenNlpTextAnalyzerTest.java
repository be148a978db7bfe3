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
