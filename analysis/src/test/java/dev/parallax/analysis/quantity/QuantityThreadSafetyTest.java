package dev.parallax.analysis.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.model.QuantityMention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One extractor shared by several threads gives what it gives on one: it holds no mutable state. */
class QuantityThreadSafetyTest {

  @Test
  void sharedExtractorAgreesWithItselfAcrossThreads() throws Exception {
    List<String> sentences = seedSentences();
    PatternQuantityExtractor extractor = new PatternQuantityExtractor();
    LocalDateTime ref = LocalDateTime.of(2024, 11, 20, 0, 0);
    List<List<QuantityMention>> expected = new ArrayList<>();
    for (String s : sentences) {
      expected.add(extractor.extract(s, ref));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<QuantityMention>>>> runs = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        runs.add(pool.submit(() -> {
          List<List<QuantityMention>> out = new ArrayList<>();
          for (String s : sentences) {
            out.add(extractor.extract(s, ref));
          }
          return out;
        }));
      }
      for (Future<List<List<QuantityMention>>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> seedSentences() throws IOException {
    Path seeds = Files.isDirectory(Path.of("seeds")) ? Path.of("seeds") : Path.of("../seeds");
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.sorted().toList()) {
        for (String s : Files.readString(f, StandardCharsets.UTF_8).split("(?<=[.!?])\\s+|\\n+")) {
          if (!s.isBlank()) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }
}
