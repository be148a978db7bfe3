package dev.parallax.bench;

import dev.parallax.analysis.text.MorphyLemmatizer;
import dev.parallax.analysis.text.OpenNlpTextAnalyzer;
import dev.parallax.analysis.text.TextAnalyzer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Sentences, tokens, tags and lemmas over the five cleaned seed articles (about 5,500 words) per operation. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class TextAnalyzerBenchmark {
  private TextAnalyzer analyzer;
  private List<String> texts;
  private long words;

  @Setup
  public void setUp() {
    analyzer = new OpenNlpTextAnalyzer(new MorphyLemmatizer());
    texts = SeedText.cleaned();
    words = SeedText.words(texts);
  }

  @Benchmark
  public void analyzeSeeds(Blackhole bh, Words counter) {
    for (String t : texts) {
      bh.consume(analyzer.analyze(t));
    }
    counter.words += words;
  }
}
