package dev.parallax.bench;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimAligner;
import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.analysis.pipeline.Analysis;
import dev.parallax.analysis.pipeline.ComparisonPipeline;
import dev.parallax.analysis.pipeline.Components;
import dev.parallax.analysis.pipeline.ProgressListener;
import dev.parallax.analysis.pipeline.Settings;
import dev.parallax.model.Article;
import java.time.Clock;
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
 * Two stages over the whole pipeline's view of the five seeds: alignment of their claims (about 240)
 * and the whole comparison, models already loaded. Words are the seeds' words.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class AlignmentBenchmark {
  private ClaimAligner aligner;
  private ComparisonPipeline pipeline;
  private List<AlignableClaim> claims;
  private long words;

  @Setup
  public void setUp() {
    Settings settings = Settings.defaults();
    Components stages = Components.standard(OutletRegistry.builtIn(), settings);
    pipeline = new ComparisonPipeline(stages, settings, Clock.systemUTC(), "bench");
    Analysis analysis = pipeline.analyse(List.of(SeedText.seeds().toString()), ProgressListener.NONE);
    aligner = stages.aligner();
    claims = analysis.claims();
    for (Article a : analysis.report().articles()) {
      words += a.wordCount();
    }
  }

  @Benchmark
  public void alignSeedClaims(Blackhole bh, Words counter) {
    bh.consume(aligner.align(claims));
    counter.words += words;
  }

  @Benchmark
  public void compareSeeds(Blackhole bh, Words counter) {
    bh.consume(pipeline.compare(List.of(SeedText.seeds().toString()), ProgressListener.NONE));
    counter.words += words;
  }
}
