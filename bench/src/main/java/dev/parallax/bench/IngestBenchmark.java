package dev.parallax.bench;

import dev.parallax.analysis.ingest.ArticleFileReader;
import java.nio.file.Path;
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

/**
 * Ingest: the five seed files read, decoded, cleaned of furniture, their glued words repaired and
 * their metadata found, per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class IngestBenchmark {
  private ArticleFileReader reader;
  private List<Path> files;
  private long words;

  @Setup
  public void setUp() {
    reader = new ArticleFileReader();
    files = SeedText.files();
    words = SeedText.words(SeedText.cleaned());
  }

  @Benchmark
  public void readSeeds(Blackhole bh, Words counter) {
    for (Path f : files) {
      bh.consume(reader.read(f, f.toString()));
    }
    counter.words += words;
  }
}
