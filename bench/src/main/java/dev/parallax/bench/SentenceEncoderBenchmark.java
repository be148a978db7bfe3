package dev.parallax.bench;

import dev.parallax.analysis.semantic.MiniLmSentenceEncoder;
import dev.parallax.analysis.semantic.SentenceEncoder;
import dev.parallax.analysis.text.MorphyLemmatizer;
import dev.parallax.analysis.text.OpenNlpTextAnalyzer;
import dev.parallax.analysis.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The sentence encoder on every sentence of the five seeds (about 300 sentences, 5,500 words) per
 * operation, on the calling thread. Run with {@code -t 2} to see how calls side by side scale.
 * {@code batch} is the number of sentences per model call: 1 is what the pipeline runs (batches are
 * faster but move vectors; see {@link MiniLmSentenceEncoder}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class SentenceEncoderBenchmark {
  @Param({"1", "8"})
  public int batch;

  private SentenceEncoder encoder;
  private List<String> sentences;
  private long words;

  @Setup
  public void setUp() {
    encoder = new MiniLmSentenceEncoder(batch);
    OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer(new MorphyLemmatizer());
    sentences = new ArrayList<>();
    for (String t : SeedText.cleaned()) {
      for (Sentence s : analyzer.sentences(t)) {
        sentences.add(s.text());
      }
    }
    words = SeedText.words(sentences);
  }

  @Benchmark
  public void encodeSeedSentences(Blackhole bh, Words counter) {
    bh.consume(encoder.encode(sentences));
    counter.words += words;
  }
}
