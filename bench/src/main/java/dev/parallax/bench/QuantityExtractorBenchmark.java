package dev.parallax.bench;

import dev.parallax.analysis.quantity.PatternQuantityExtractor;
import dev.parallax.analysis.quantity.QuantityExtractor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link PatternQuantityExtractor} in sentences per second: every sentence of the
 * five seed articles (cut at sentence-final punctuation and line breaks, 293 sentences) is
 * read once per operation batch, with a reference date so that relative dates resolve. The
 * score is per sentence ({@link OperationsPerInvocation}); run it on one thread with {@code
 * bench/run -t 1 QuantityExtractorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QuantityExtractorBenchmark {
  /** The number of seed sentences; checked in {@link #setUp}. */
  static final int SENTENCES = 293;

  private static final LocalDateTime REFERENCE = LocalDateTime.of(2024, 11, 20, 0, 0);

  private QuantityExtractor extractor;
  private List<String> sentences;

  @Setup(Level.Trial)
  public void setUp() {
    extractor = new PatternQuantityExtractor();
    sentences = sentences(SeedText.texts());
    if (sentences.size() != SENTENCES) {
      throw new IllegalStateException("the seeds give " + sentences.size() + " sentences, not " + SENTENCES
          + "; update QuantityExtractorBenchmark.SENTENCES");
    }
  }

  /** The non-blank sentences of the texts, cut after '.', '!' or '?' before a space, and at line breaks. */
  static List<String> sentences(List<String> texts) {
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      for (String s : text.split("(?<=[.!?])\\s+|\\n+")) {
        if (!s.isBlank()) {
          out.add(s);
        }
      }
    }
    return out;
  }

  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public void extractSeedSentences(Blackhole bh) {
    for (String s : sentences) {
      bh.consume(extractor.extract(s, REFERENCE));
    }
  }
}
