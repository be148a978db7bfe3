package dev.parallax.cli;

import com.google.common.base.Stopwatch;
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
import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.semantic.CachingSentenceEncoder;
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
import java.util.Optional;
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
 * {@code parallax bench}: how fast {@code compare}'s analysis runs and how much memory it takes.
 *
 * <p>Three stories to measure on: by default, {@value #DEFAULT_ARTICLES} articles of real text in
 * which no sentence repeats ({@link DistinctStory}, read from the evaluation data outside the
 * repository); with {@code --synthetic N}, N articles built from the seed articles' sentences
 * ({@link BenchCorpus}), which repeat the same few hundred sentences with other numbers; with
 * {@code --corpus DIR}, a folder as it is. When the evaluation data is missing, the bench says so and
 * measures the synthetic story instead.
 *
 * <p>Prints the seconds, words per second and CPU seconds (all threads) of each stage and of the whole analysis, what the
 * sentence encoder was asked for and how much of it was answered from memory (its cache hit rate),
 * the peak heap (sampled every {@value #SAMPLE_MS} ms) and the process's peak resident memory.
 * Models are loaded before the clock starts and their loading time is printed on its own; each run
 * starts with an empty encoder cache. A stage's time runs from the end of the stage before it to its
 * own end, as the pipeline reports progress. Timings depend on the machine and on what else runs on
 * it.
 */
@Command(
    name = "bench",
    description = {
      "Measures speed and memory of the analysis 'compare' runs. By default on 200 articles of real text in which "
          + "no sentence repeats, read from the evaluation data (../shared/eval: its stories, and the sentences of "
          + "its bias data grouped by topic); with --synthetic N on N articles built from the seed articles' "
          + "sentences (repeated text: shuffled, numbers changed); with --corpus DIR on a folder as it is. Prints "
          + "words per second for each stage and end to end, the encoder's cache hit rate, and peak memory."
    },
    mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {
  static final int SAMPLE_MS = 10;
  static final int DEFAULT_ARTICLES = 200;
  private static final int MIN_WORDS = 6;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Analyse this folder as it is, instead of a generated story.")
  Path corpus;

  @Option(names = {"-n", "--articles"}, paramLabel = "N",
      description = "Articles in the story of distinct text (default: " + DEFAULT_ARTICLES + ").")
  Integer articles;

  @Option(names = "--eval", paramLabel = "DIR", defaultValue = "../shared/eval",
      description = "The evaluation data the story of distinct text is read from (default: ${DEFAULT-VALUE}); "
          + "nothing of it is copied into the project.")
  Path eval;

  @Option(names = "--synthetic", paramLabel = "N",
      description = "Measure the synthetic story of N articles made of the seed articles' sentences (repeated text).")
  Integer synthetic;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Random seed of the synthetic story (default: ${DEFAULT-VALUE}); the same seed gives the same files.")
  long seed;

  @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
      description = "The folder of seed articles the synthetic story uses (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @Option(names = "--write", paramLabel = "DIR",
      description = "Write the generated story into this folder and keep it (default: a temporary folder, deleted).")
  Path write;

  @Option(names = "--generate-only", description = "Write the story (into --write DIR) and stop.")
  boolean generateOnly;

  @Option(names = "--runs", paramLabel = "R", defaultValue = "1",
      description = "How many times to analyse the story (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    if (articles != null && articles < 1 || synthetic != null && synthetic < 1 || runs < 1
        || threads != null && threads < 1) {
      throw new UserError(ExitCode.USAGE, "--articles, --synthetic, --runs and --threads must be at least 1");
    }
    if (corpus != null && (synthetic != null || articles != null || write != null || generateOnly)) {
      throw new UserError(ExitCode.USAGE, "--corpus DIR analyses a folder as it is; it does not go with --synthetic, "
          + "--articles, --write or --generate-only");
    }
    if (synthetic != null && articles != null) {
      throw new UserError(ExitCode.USAGE, "--articles sets the size of the story of distinct text; the synthetic "
          + "story's size is --synthetic N");
    }
    if (generateOnly && write == null) {
      throw new UserError(ExitCode.USAGE, "--generate-only needs --write DIR");
    }
    if (corpus != null && !Files.isDirectory(corpus)) {
      throw new UserError(ExitCode.INPUT, corpus + " is not a folder");
    }
    PrintWriter out = spec.commandLine().getOut();
    Settings settings = threads == null ? Settings.defaults() : Settings.defaults().withThreads(threads);
    Path dir = corpus != null ? corpus : write != null ? write : Files.createTempDirectory("parallax-bench");
    try {
      if (corpus != null) {
        out.printf(Locale.ROOT, "parallax bench: the folder %s, as it is%n", corpus);
      } else {
        writeStory(dir, out);
      }
      if (generateOnly) {
        out.flush();
        return ExitCode.OK;
      }
      out.printf(Locale.ROOT, "%d threads on %d cores; heap limit %s%n", settings.threads(),
          Runtime.getRuntime().availableProcessors(), megabytes(Runtime.getRuntime().maxMemory()));
      Components stages = Components.standard(OutletRegistry.builtIn(), settings);
      Stopwatch loading = Stopwatch.createStarted();
      warmUp(stages);
      out.printf(Locale.ROOT, "models loaded in %.1f s%n", seconds(loading.elapsed(TimeUnit.NANOSECONDS)));
      ComparisonPipeline pipeline = new ComparisonPipeline(stages, settings, Clock.systemUTC(), Parallax.version());
      Optional<CachingSentenceEncoder> encoder = counter(stages);
      for (int r = 1; r <= runs; r++) {
        // Each run starts with an empty encoder cache, so that no run finds the sentences of the one before.
        encoder.ifPresent(CachingSentenceEncoder::clear);
        System.gc();
        run(pipeline, dir, encoder, r, out);
      }
      out.flush();
      return ExitCode.OK;
    } finally {
      if (corpus == null && write == null) {
        delete(dir);
      }
    }
  }

  /** Writes the story to measure into {@code dir} and says what it is. */
  private void writeStory(Path dir, PrintWriter out) throws IOException {
    if (synthetic == null) {
      DistinctStory story = null;
      String why = null;
      if (!Files.isDirectory(eval)) {
        why = eval + " does not exist";
      } else {
        try {
          story = DistinctStory.read(eval);
        } catch (IllegalArgumentException e) {
          why = e.getMessage();
        }
      }
      int n = articles == null ? DEFAULT_ARTICLES : articles;
      if (story != null && n > story.available()) {
        throw new UserError(ExitCode.INPUT, eval + " gives at most " + story.available() + " articles of distinct "
            + "text, not " + n);
      }
      if (story != null) {
        story.write(n, dir);
        int fromStories = Math.min(n, story.stories().size());
        out.printf(Locale.ROOT, "parallax bench: distinct text (no sentence repeats), %d articles: %d of the "
            + "stories in %s and %d of %d sentences each from the sentences of %s, in %s%n", n, fromStories,
            eval.resolve("stories"), n - fromStories, DistinctStory.SENTENCES, eval.resolve("bias"), dir);
        return;
      }
      out.printf(Locale.ROOT, "parallax bench: no story of distinct text (%s; give the evaluation data with "
          + "--eval DIR); measuring the synthetic story of repeated text instead%n", why);
      synthetic = n;
    }
    if (!Files.isDirectory(seeds)) {
      throw new UserError(ExitCode.INPUT, seeds + " is not a folder of seed articles; give one with --seeds DIR");
    }
    Components reading = Components.standard(OutletRegistry.builtIn(), Settings.defaults());
    List<String> pool = pool(reading);
    new BenchCorpus(pool, seed).write(synthetic, dir);
    out.printf(Locale.ROOT, "parallax bench: synthetic story (repeated text), %d articles from %d seed sentences "
        + "(seed %d) in %s%n", synthetic, pool.size(), seed, dir);
  }

  /** The encoder's counter, when the stages have the standard caching encoder. */
  private static Optional<CachingSentenceEncoder> counter(Components stages) {
    return stages.encoder() instanceof CachingSentenceEncoder c ? Optional.of(c) : Optional.empty();
  }

  private void run(
      ComparisonPipeline pipeline, Path dir, Optional<CachingSentenceEncoder> encoder, int r, PrintWriter out) {
    StageClock clock = new StageClock(encoder);
    CachingSentenceEncoder.Counts atStart = encoder.map(CachingSentenceEncoder::counts)
        .orElse(new CachingSentenceEncoder.Counts(0, 0, 0));
    try (HeapSampler heap = new HeapSampler()) {
      clock.start();
      Analysis analysis;
      try {
        analysis = pipeline.analyse(List.of(dir.toString()), clock);
      } catch (NoUsableInputException e) {
        throw new UserError(ExitCode.INPUT, e.getMessage());
      }
      long total = clock.elapsedNanos();
      Report report = analysis.report();
      long words = 0;
      for (Article a : report.articles()) {
        words += a.wordCount();
      }
      out.println();
      out.printf(Locale.ROOT, "run %d: %,d articles, %,d words, %,d claims, %,d findings%n", r,
          report.articles().size(), words, report.claims().size(), report.findings().size());
      out.printf(Locale.ROOT, "  %-10s %9s %12s %9s%n", "stage", "seconds", "words/s", "cpu s");
      long previous = 0;
      long previousCpu = clock.startCpu();
      // The pipeline asks for each distinct claim and clause text once; count the repeats it saved as answered from memory.
      long alignmentTexts = 0;
      for (AlignableClaim c : analysis.claims()) {
        alignmentTexts += 1 + c.segments().size();
      }
      long repeats = 0;
      CachingSentenceEncoder.Counts before = atStart;
      for (Map.Entry<String, StageClock.Mark> e : clock.ends().entrySet()) {
        long took = e.getValue().nanos() - previous;
        CachingSentenceEncoder.Counts now = e.getValue().counts();
        String note = "";
        long asked = now == null ? 0 : now.asked() - before.asked();
        if (e.getKey().equals("encode") && now != null) {
          repeats = Math.max(0, alignmentTexts - asked);
          asked = alignmentTexts;
        }
        if (asked > 0) {
          note = "   " + encoderNote(asked, now.encoded() - before.encoded(), now.encodedWords() - before.encodedWords());
        }
        out.printf(Locale.ROOT, "  %-10s %9.2f %,12.0f %9.2f%s%n", e.getKey(), seconds(took), words / seconds(took),
            (e.getValue().cpuNanos() - previousCpu) / 1e9, note);
        previous = e.getValue().nanos();
        previousCpu = e.getValue().cpuNanos();
        if (now != null) {
          before = now;
        }
      }
      out.printf(Locale.ROOT, "  %-10s %9.2f %,12.0f %9.2f%n", "total", seconds(total), words / seconds(total),
          (StageClock.cpu() - clock.startCpu()) / 1e9);
      if (encoder.isPresent()) {
        CachingSentenceEncoder.Counts c = encoder.get().counts();
        out.printf(Locale.ROOT, "  encoder, whole run: %s%n", encoderNote(c.asked() - atStart.asked() + repeats,
            c.encoded() - atStart.encoded(), c.encodedWords() - atStart.encodedWords()));
      }
      OptionalLong resident = peakResident();
      out.printf(Locale.ROOT, "  peak heap %s of %s%s%n", megabytes(heap.peak()),
          megabytes(Runtime.getRuntime().maxMemory()),
          resident.isPresent() ? "; peak resident memory of the process " + megabytes(resident.getAsLong()) : "");
      out.flush();
    }
  }

  private static String encoderNote(long asked, long encoded, long encodedWords) {
    return String.format(Locale.ROOT, "%,d texts asked, %,d encoded (%,d words), cache hit rate %.0f%%", asked, encoded,
        encodedWords, asked == 0 ? 0.0 : 100.0 * (asked - encoded) / asked);
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

  /** When each stage last reported progress, with the encoder's counts then, in the order the stages began. */
  static final class StageClock implements ProgressListener {
    /**
     * A stage's end, in nanoseconds of wall clock since the run began, with the process's CPU time and the
     * encoder's counts at that moment (null without a counting encoder).
     */
    record Mark(long nanos, long cpuNanos, CachingSentenceEncoder.Counts counts) {}

    private final Map<String, Mark> ends = new LinkedHashMap<>();
    private final Optional<CachingSentenceEncoder> encoder;
    private final Stopwatch wall = Stopwatch.createUnstarted();

    StageClock(Optional<CachingSentenceEncoder> encoder) {
      this.encoder = encoder;
    }

    private long startCpu;

    synchronized void start() {
      wall.reset().start();
      startCpu = cpu();
    }

    /** Nanoseconds of wall clock since {@link #start()}. */
    synchronized long elapsedNanos() {
      return wall.elapsed(TimeUnit.NANOSECONDS);
    }

    long startCpu() {
      return startCpu;
    }

    /**
     * The CPU time the process has used, all threads and native code included, in nanoseconds; 0 where the
     * platform does not say. On a shared machine it moves less than the wall-clock time.
     */
    static long cpu() {
      return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
          ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    @Override
    public synchronized void progress(String stage, int done, int total) {
      ends.put(stage, new Mark(elapsedNanos(), cpu(),
          encoder.map(CachingSentenceEncoder::counts).orElse(null)));
    }

    synchronized Map<String, Mark> ends() {
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
}
