package dev.parallax.analysis.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The encoder gives langchain4j's vectors for the same model files, from any number of threads. */
class MiniLmSentenceEncoderTest {
  private static final double TOLERANCE = 1e-5;
  private static final MiniLmSentenceEncoder ENCODER = new MiniLmSentenceEncoder();
  private static List<String> sentences;

  @BeforeAll
  static void readSeeds() throws IOException {
    sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
      for (Path f : files.sorted().toList()) {
        for (String s : Files.readString(f, StandardCharsets.UTF_8).split("(?<=[.!?])\\s+|\\n+")) {
          if (!s.isBlank()) {
            sentences.add(s.strip());
          }
        }
      }
    }
    sentences.addAll(List.of(
        "naïve café owners in Zürich said “no” — twice",
        "\ud83d\ude00 emoji and \u4e2d\u6587 characters",
        "Don't, won't, can't: it's the TTP's claim (not ours).",
        "a",
        "3.7 million, 56%, $1,200 and 1,250-1,300",
        "word ".repeat(400).strip()));
  }

  private static List<float[]> reference(List<String> texts) {
    AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    List<TextSegment> segments = new ArrayList<>();
    for (String t : texts) {
      segments.add(TextSegment.from(t));
    }
    List<float[]> out = new ArrayList<>();
    for (Embedding e : model.embedAll(segments).content()) {
      out.add(e.vector());
    }
    return out;
  }

  @Test
  void givesLangchain4jsVectors() {
    List<float[]> expected = reference(sentences);
    List<float[]> actual = ENCODER.encode(sentences);
    assertEquals(sentences.size(), actual.size());
    for (int i = 0; i < sentences.size(); i++) {
      assertArrayEquals(expected.get(i), actual.get(i), (float) TOLERANCE, sentences.get(i));
    }
  }

  @Test
  void vectorsHaveUnitLengthAndTheModelsDimension() {
    for (float[] v : ENCODER.encode(List.of("The border crossing reopened on Monday.", "", "  "))) {
      assertEquals(ENCODER.dimension(), v.length);
      assertEquals(1.0, SentenceEncoder.cosine(v, v), 1e-5);
    }
  }

  @Test
  void blankSentencesAreEncodedAsAFullStop() {
    float[] dot = ENCODER.encode(List.of(".")).get(0);
    assertArrayEquals(dot, ENCODER.encode(List.of(" \n")).get(0));
  }

  @Test
  void givesTheSameVectorsFromSeveralThreads() throws Exception {
    List<String> some = sentences.subList(0, 40);
    List<float[]> expected = ENCODER.encode(some);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<float[]>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> ENCODER.encode(some)));
      }
      for (Future<List<float[]>> f : results) {
        List<float[]> got = f.get();
        for (int i = 0; i < some.size(); i++) {
          assertArrayEquals(expected.get(i), got.get(i), some.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void similarSentencesAreCloserThanUnrelatedOnes() {
    List<float[]> v = ENCODER.encode(List.of("Pakistan carried out airstrikes in Afghanistan.",
        "Pakistani jets bombed targets inside Afghanistan.", "The recipe needs two cups of flour."));
    assertTrue(SentenceEncoder.cosine(v.get(0), v.get(1)) > SentenceEncoder.cosine(v.get(0), v.get(2)) + 0.3);
  }

  @Test
  void batchesMoveVectorsALittleAndDependOnlyOnTheListAskedFor() {
    List<String> some = sentences.subList(0, 60);
    MiniLmSentenceEncoder batched = new MiniLmSentenceEncoder(8);
    List<float[]> single = ENCODER.encode(some);
    List<float[]> first = batched.encode(some);
    List<float[]> again = batched.encode(some);
    double least = 1;
    for (int i = 0; i < some.size(); i++) {
      assertArrayEquals(first.get(i), again.get(i), some.get(i));
      assertArrayEquals(single.get(i), first.get(i), 0.1f, some.get(i));
      least = Math.min(least, SentenceEncoder.cosine(single.get(i), first.get(i)));
    }
    assertTrue(least > 0.95 && least < 1 - 1e-6, "least cosine to the single-sentence vector: " + least);
    assertArrayEquals(single.get(0), new MiniLmSentenceEncoder(1).encode(some).get(0));
  }

  @Test
  void anEmptyListGivesNoVectors() {
    assertEquals(List.of(), ENCODER.encode(List.of()));
  }
}
