package dev.parallax.cli;

import dev.parallax.analysis.ingest.ArticleFileReader;
import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.analysis.ingest.ReadOutcome;
import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.pipeline.Analysis;
import dev.parallax.analysis.pipeline.ComparisonPipeline;
import dev.parallax.analysis.pipeline.Components;
import dev.parallax.analysis.pipeline.NoUsableInputException;
import dev.parallax.analysis.pipeline.ProgressListener;
import dev.parallax.analysis.pipeline.Settings;
import dev.parallax.analysis.semantic.SentenceEncoder;
import dev.parallax.analysis.text.Sentence;
import dev.parallax.model.Article;
import dev.parallax.model.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parallax bench}: how fast {@code compare}'s analysis runs and how much memory it takes, on
 * a synthetic story of N articles built from the seed articles' sentences ({@link BenchCorpus}).
 *
 * <p>Prints the seconds and words per second of each stage and of the whole analysis, the sentences
 * the encoder ran on, the peak heap (sampled every {@value #SAMPLE_MS} ms) and the process's peak
 * resident memory. Models are loaded before the clock starts and their loading time is printed on
 * its own. A stage's time runs from the end of the stage before it to its own end, as the pipeline
 * reports progress. Timings depend on the machine and on what else runs on it.
 */
@Command(
    name = "bench",
    description = {
      "Measures speed and memory on a synthetic story: N articles built from the seed articles' sentences "
          + "(shuffled, numbers changed), analysed as 'compare' does. Prints words per second for each stage "
          + "and end to end, and peak memory."
    },
    mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {
  static final int SAMPLE_MS = 10;
  private static final int MIN_WORDS = 6;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = {"-n", "--articles"}, paramLabel = "N", defaultValue = "200",
      description = "Articles in the synthetic story (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Random seed of the story (default: ${DEFAULT-VALUE}); the same seed gives the same files.")
  long seed;

  @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
      description = "The folder of seed articles whose sentences are used (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Write the story into this folder and keep it (default: a temporary folder, deleted).")
  Path corpus;

  @Option(names = "--generate-only", description = "Write the story (into --corpus) and stop.")
  boolean generateOnly;

  @Option(names = "--runs", paramLabel = "R", defaultValue = "1",
      description = "How many times to analyse the story (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    if (articles < 1 || runs < 1 || threads != null && threads < 1) {
      throw new UserError(ExitCode.USAGE, "--articles, --runs and --threads must be at least 1");
    }
    if (generateOnly && corpus == null) {
      throw new UserError(ExitCode.USAGE, "--generate-only needs --corpus DIR");
    }
    if (!Files.isDirectory(seeds)) {
      throw new UserError(ExitCode.INPUT, seeds + " is not a folder of seed articles; give one with --seeds DIR");
    }
    PrintWriter out = spec.commandLine().getOut();
    Settings settings = threads == null ? Settings.defaults() : Settings.defaults().withThreads(threads);
    Components standard = Components.standard(OutletRegistry.builtIn(), settings);
    CountingEncoder encoder = new CountingEncoder(standard.encoder());
    Components stages = standard.withEncoder(encoder);

    List<String> pool = pool(stages);
    Path dir = corpus != null ? corpus : Files.createTempDirectory("parallax-bench");
    try {
      new BenchCorpus(pool, seed).write(articles, dir);
      out.printf(Locale.ROOT, "parallax bench: %d synthetic articles from %d seed sentences (seed %d) in %s%n",
          articles, pool.size(), seed, dir);
      if (generateOnly) {
        out.flush();
        return ExitCode.OK;
      }
      out.printf(Locale.ROOT, "%d threads on %d cores; heap limit %s%n", settings.threads(),
          Runtime.getRuntime().availableProcessors(), megabytes(Runtime.getRuntime().maxMemory()));
      long loading = System.nanoTime();
      warmUp(stages);
      out.printf(Locale.ROOT, "models loaded in %.1f s%n", seconds(System.nanoTime() - loading));
      ComparisonPipeline pipeline = new ComparisonPipeline(stages, settings, Clock.systemUTC(), Parallax.version());
      for (int r = 1; r <= runs; r++) {
        System.gc();
        encoder.reset();
        run(pipeline, dir, encoder, r, out);
      }
      out.flush();
      return ExitCode.OK;
    } finally {
      if (corpus == null) {
        delete(dir);
      }
    }
  }

  private void run(ComparisonPipeline pipeline, Path dir, CountingEncoder encoder, int r, PrintWriter out) {
    StageClock clock = new StageClock();
    try (HeapSampler heap = new HeapSampler()) {
      long start = System.nanoTime();
      clock.start(start);
      Analysis analysis;
      try {
        analysis = pipeline.analyse(List.of(dir.toString()), clock);
      } catch (NoUsableInputException e) {
        throw new UserError(ExitCode.INPUT, e.getMessage());
      }
      long end = System.nanoTime();
      Report report = analysis.report();
      long words = 0;
      for (Article a : report.articles()) {
        words += a.wordCount();
      }
      out.println();
      out.printf(Locale.ROOT, "run %d: %,d articles, %,d words, %,d claims, %,d findings%n", r,
          report.articles().size(), words, report.claims().size(), report.findings().size());
      out.printf(Locale.ROOT, "  %-10s %9s %12s%n", "stage", "seconds", "words/s");
      long previous = start;
      for (Map.Entry<String, Long> e : clock.ends().entrySet()) {
        long took = e.getValue() - previous;
        String note = e.getKey().equals("encode")
            ? String.format(Locale.ROOT, "   %,d sentences, %,d words", encoder.sentences(), encoder.words()) : "";
        out.printf(Locale.ROOT, "  %-10s %9.2f %,12.0f%s%n", e.getKey(), seconds(took), words / seconds(took), note);
        previous = e.getValue();
      }
      out.printf(Locale.ROOT, "  %-10s %9.2f %,12.0f%n", "total", seconds(end - start), words / seconds(end - start));
      OptionalLong resident = peakResident();
      out.printf(Locale.ROOT, "  peak heap %s of %s%s%n", megabytes(heap.peak()),
          megabytes(Runtime.getRuntime().maxMemory()),
          resident.isPresent() ? "; peak resident memory of the process " + megabytes(resident.getAsLong()) : "");
      out.flush();
    }
  }

  /** The seed articles' sentences of at least {@value #MIN_WORDS} words, in file and text order. */
  private List<String> pool(Components stages) throws IOException {
    List<String> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(ArticleFileReader::supported).sorted(Comparator.comparing(Path::toString)).toList();
    }
    for (Path f : files) {
      if (stages.reader().read(f, f.toString()) instanceof ReadOutcome.Accepted a) {
        for (Sentence s : stages.text().sentences(a.document().text())) {
          if (s.text().split("\\s+").length >= MIN_WORDS) {
            out.add(s.text());
          }
        }
      }
    }
    if (out.size() < BenchCorpus.MAX_SENTENCES) {
      throw new UserError(ExitCode.INPUT, seeds + " has only " + out.size() + " sentences of " + MIN_WORDS
          + " words or more; the benchmark needs " + BenchCorpus.MAX_SENTENCES);
    }
    return out;
  }

  /** Loads every model once, so that the clock measures analysis and not loading. */
  private static void warmUp(Components stages) {
    String text = "The officials said on Monday that the border crossing would reopen next week.";
    stages.text().analyze(text);
    stages.language().detect(text);
    stages.encoder().encode(List.of(text));
    stages.thesaurus().synonyms("border", WordClass.NOUN);
  }

  private static double seconds(long nanos) {
    return Math.max(1e-9, nanos / 1e9);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
  }

  /** The process's peak resident set size (VmHWM) on Linux, including native memory; empty elsewhere. */
  private static OptionalLong peakResident() {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return OptionalLong.empty();
    }
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring(6).strip().split("\\s+")[0];
          return OptionalLong.of(Long.parseLong(kb) * 1024);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** When each stage last reported progress, in the order the stages began. */
  static final class StageClock implements ProgressListener {
    private final Map<String, Long> ends = new LinkedHashMap<>();
    private long start;

    void start(long nanos) {
      start = nanos;
    }

    @Override
    public synchronized void progress(String stage, int done, int total) {
      ends.put(stage, Math.max(System.nanoTime(), start));
    }

    synchronized Map<String, Long> ends() {
      return new LinkedHashMap<>(ends);
    }
  }

  /** The largest heap use seen, sampled every {@value #SAMPLE_MS} ms on a daemon thread. */
  static final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "parallax-heap-sampler");
      t.setDaemon(true);
      return t;
    });

    HeapSampler() {
      timer.scheduleAtFixedRate(this::sample, 0, SAMPLE_MS, TimeUnit.MILLISECONDS);
    }

    private void sample() {
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    long peak() {
      sample();
      return peak.get();
    }

    @Override
    public void close() {
      timer.shutdownNow();
    }
  }

  /** Counts the sentences and words the encoder is given. */
  static final class CountingEncoder implements SentenceEncoder {
    private final SentenceEncoder delegate;
    private final AtomicLong sentences = new AtomicLong();
    private final AtomicLong words = new AtomicLong();

    CountingEncoder(SentenceEncoder delegate) {
      this.delegate = delegate;
    }

    @Override
    public List<float[]> encode(List<String> texts) {
      sentences.addAndGet(texts.size());
      for (String t : texts) {
        words.addAndGet(t.isBlank() ? 0 : t.strip().split("\\s+").length);
      }
      return delegate.encode(texts);
    }

    @Override
    public int dimension() {
      return delegate.dimension();
    }

    @Override
    public String modelName() {
      return delegate.modelName();
    }

    void reset() {
      sentences.set(0);
      words.set(0);
    }

    long sentences() {
      return sentences.get();
    }

    long words() {
      return words.get();
    }
  }
}
