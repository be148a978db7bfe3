package dev.parallax.bench;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.BlockingClaimAligner;
import dev.parallax.analysis.align.ClaimAligner;
import dev.parallax.model.Claim;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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

/**
 * How the cost of alignment grows with the number of claims: 1,000, 10,000 and 100,000 synthetic
 * claims, spread over articles of 50 claims, each with a 384-dimensional unit vector drawn around one of
 * a few hundred "facts" (so that neighbours exist), content lemmas drawn from a Zipf-like vocabulary,
 * and a few entities. One operation aligns all claims.
 *
 * <p>Run: {@code bench/run -t 1 ClaimAlignerScalingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class ClaimAlignerScalingBenchmark {
  private static final int DIM = 384;
  private static final int PER_ARTICLE = 50;

  @Param({"1000", "10000", "100000"})
  public int claims;

  private List<AlignableClaim> input;
  private ClaimAligner aligner;

  @Setup
  public void setUp() {
    input = synthetic(claims, 42);
    aligner = new BlockingClaimAligner(lemma -> Set.of(), lemma -> Set.of(), dev.parallax.analysis.align.Thresholds.STANDARD);
  }

  @Benchmark
  public int align() {
    return aligner.align(input).size();
  }

  /** {@code n} claims, deterministic for a seed. */
  static List<AlignableClaim> synthetic(int n, long seed) {
    Random r = new Random(seed);
    int facts = Math.max(50, n / 8);
    float[][] centres = new float[facts][];
    for (int f = 0; f < facts; f++) {
      centres[f] = unit(gaussian(r, 1.0f));
    }
    List<AlignableClaim> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int fact = r.nextInt(facts);
      float[] v = gaussian(r, 0.6f);
      for (int d = 0; d < DIM; d++) {
        v[d] += centres[fact][d];
      }
      Set<String> lemmas = new HashSet<>();
      for (int k = 0; k < 8; k++) {
        lemmas.add("w" + (int) Math.floor(Math.pow(r.nextDouble(), 2.5) * 20_000));
      }
      lemmas.add("fact" + fact);
      Set<String> entities = new HashSet<>(List.of("e" + r.nextInt(200), "e" + (fact % 500)));
      String article = "a" + (i / PER_ARTICLE + 1);
      String id = article + ".c" + (i % PER_ARTICLE + 1);
      Claim c = new Claim(id, article, "x", 0, 1, 0, Polarity.AFFIRMATIVE, Modality.ASSERTED, null, List.of(), List.of(), null);
      out.add(new AlignableClaim(c, "outlet" + (i / PER_ARTICLE % 8), List.of(), lemmas, entities, unit(v), List.of(),
          List.of(), entities));
    }
    return out;
  }

  private static float[] gaussian(Random r, float scale) {
    float[] v = new float[DIM];
    for (int d = 0; d < DIM; d++) {
      v[d] = (float) r.nextGaussian() * scale;
    }
    return v;
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    n = Math.sqrt(n);
    for (int d = 0; d < v.length; d++) {
      v[d] /= (float) n;
    }
    return v;
  }
}
