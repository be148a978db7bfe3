package dev.parallax.bench;

import dev.parallax.analysis.text.LanguageDetector;
import dev.parallax.analysis.text.OpenNlpLanguageDetector;
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

/** Language detection on the five cleaned seed articles per operation (it reads each one's first 5,000 characters). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class LanguageDetectorBenchmark {
  private LanguageDetector detector;
  private List<String> texts;
  private long words;

  @Setup
  public void setUp() {
    detector = new OpenNlpLanguageDetector();
    texts = SeedText.cleaned();
    words = SeedText.words(texts);
  }

  @Benchmark
  public void detectSeeds(Blackhole bh, Words counter) {
    for (String t : texts) {
      bh.consume(detector.detect(t));
    }
    counter.words += words;
  }
}
