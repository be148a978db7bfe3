package dev.parallax.analysis.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each distinct text reaches the wrapped encoder once, in one call, and the counts say so. */
class CachingSentenceEncoderTest {
  /** Vectors made from the text's length; records each call it gets. */
  private static final class Recording implements SentenceEncoder {
    final List<List<String>> calls = new ArrayList<>();

    @Override
    public List<float[]> encode(List<String> sentences) {
      calls.add(List.copyOf(sentences));
      return sentences.stream().map(s -> new float[] {s.length(), 1}).toList();
    }

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public String modelName() {
      return "recording";
    }
  }

  @Test
  void encodesEachNewTextOnceInOneCallAndCountsWhatItWasAsked() {
    Recording inner = new Recording();
    CachingSentenceEncoder encoder = new CachingSentenceEncoder(inner);
    List<float[]> first = encoder.encode(List.of("one two", "three", "one two"));
    assertEquals(List.of(List.of("one two", "three")), inner.calls);
    assertSame(first.get(0), first.get(2));
    List<float[]> second = encoder.encode(List.of("three", "four five six"));
    assertEquals(List.of("four five six"), inner.calls.get(1));
    assertSame(first.get(1), second.get(0));
    assertEquals(new CachingSentenceEncoder.Counts(5, 3, 6), encoder.counts());
    assertEquals(0.4, encoder.counts().hitRate(), 1e-12);
    encoder.encode(List.of());
    assertEquals(2, inner.calls.size());
  }

  @Test
  void clearingForgetsTheVectorsButNotTheCounts() {
    Recording inner = new Recording();
    CachingSentenceEncoder encoder = new CachingSentenceEncoder(inner);
    encoder.encode(List.of("a b"));
    encoder.clear();
    encoder.encode(List.of("a b"));
    assertEquals(2, inner.calls.size());
    assertEquals(new CachingSentenceEncoder.Counts(2, 2, 4), encoder.counts());
    assertEquals(0.0, new CachingSentenceEncoder.Counts(0, 0, 0).hitRate());
  }
}
