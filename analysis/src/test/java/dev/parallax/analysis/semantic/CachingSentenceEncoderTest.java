package dev.parallax.analysis.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Each distinct text reaches the wrapped encoder once, even from threads side by side, and the counts say so. */
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

  @Test
  void aTextAnotherThreadIsEncodingIsWaitedForNotEncodedTwice() throws Exception {
    CountDownLatch firstCallStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> encodedTexts = Collections.synchronizedList(new ArrayList<>());
    SentenceEncoder slow = new SentenceEncoder() {
      @Override
      public List<float[]> encode(List<String> sentences) {
        encodedTexts.addAll(sentences);
        if (sentences.contains("shared")) {
          firstCallStarted.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        }
        return sentences.stream().map(s -> new float[] {s.length()}).toList();
      }

      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public String modelName() {
        return "slow";
      }
    };
    CachingSentenceEncoder encoder = new CachingSentenceEncoder(slow);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<float[]>> a = pool.submit(() -> encoder.encode(List.of("shared", "a")));
      firstCallStarted.await();
      Future<List<float[]>> b = pool.submit(() -> encoder.encode(List.of("b", "shared")));
      while (!encodedTexts.contains("b")) {
        Thread.onSpinWait();
      }
      release.countDown();
      assertSame(a.get().get(0), b.get().get(1));
      assertEquals(List.of("shared", "a", "b"), encodedTexts);
      assertEquals(3, encoder.counts().encoded());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedEncodingIsReportedAndTriedAgainLater() {
    int[] calls = {0};
    SentenceEncoder flaky = new SentenceEncoder() {
      @Override
      public List<float[]> encode(List<String> sentences) {
        if (calls[0]++ == 0) {
          throw new IllegalStateException("the model failed");
        }
        return sentences.stream().map(s -> new float[] {1}).toList();
      }

      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public String modelName() {
        return "flaky";
      }
    };
    CachingSentenceEncoder encoder = new CachingSentenceEncoder(flaky);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> encoder.encode(List.of("x")));
    assertEquals("the model failed", e.getMessage());
    assertEquals(1, encoder.encode(List.of("x")).size());
    assertEquals(2, calls[0]);
  }
}
