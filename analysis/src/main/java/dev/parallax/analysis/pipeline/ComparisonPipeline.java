package dev.parallax.analysis.pipeline;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimPair;
import dev.parallax.analysis.claim.ClauseSegmenter;
import dev.parallax.analysis.claim.EntityGazetteer;
import dev.parallax.analysis.claim.EntityVariants;
import dev.parallax.analysis.align.ReprintDetector;
import dev.parallax.analysis.bias.FramingInput;
import dev.parallax.analysis.claim.ArticleText;
import dev.parallax.analysis.ingest.Document;
import dev.parallax.analysis.ingest.InputCollector;
import dev.parallax.analysis.ingest.ReadOutcome;
import dev.parallax.analysis.quote.Quote;
import dev.parallax.analysis.text.Language;
import dev.parallax.analysis.text.Sentence;
import dev.parallax.analysis.text.Token;
import dev.parallax.analysis.verdict.VerdictInput;
import dev.parallax.model.Article;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Claim;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Finding;
import dev.parallax.model.InputFile;
import dev.parallax.model.InputStatus;
import dev.parallax.model.OutletProfile;
import dev.parallax.model.Provenance;
import dev.parallax.model.QuantityMention;
import dev.parallax.model.Report;
import dev.parallax.model.Reprint;
import dev.parallax.model.Severity;
import dev.parallax.model.Span;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The one place that knows the order of the stages: ingest, text, quantities, quotes, claims,
 * alignment, verdicts, framing; and assembles the {@link Report}.
 *
 * <p>Per-file and per-article stages, and the sentence encoder, run on {@link Settings#threads()}
 * threads; results are put back in input order, so the report does not depend on scheduling or on
 * the number of threads. The time in the report comes from the injected {@link Clock}, and only when
 * {@link Settings#timestamp()} is set. Thread-safe: one pipeline can run several comparisons at once.
 *
 * <p>One bad input never costs the others. A path or file that cannot be used, an article that is
 * not in English, and an article on which a per-article stage throws are each left out with an
 * {@code ERROR} diagnostic and a {@code SKIPPED} entry in the provenance's inputs (an article whose
 * claims cannot be read keeps its text and loses only its claims); the rest are analysed as usual.
 * Only when nothing at all is usable does the run fail, with {@link NoUsableInputException}.
 */
public final class ComparisonPipeline {
  /** The tool's name in provenance. */
  public static final String TOOL = "parallax";

  /** Sentences per encoder task: small enough to keep every core busy to the end, large enough to be cheap to hand out. */
  private static final int ENCODER_SLICE = 32;

  private final Components stages;
  private final Settings settings;
  private final Clock clock;
  private final String version;
  private final EntityVariants variants = new EntityVariants(EntityGazetteer.builtIn());

  public ComparisonPipeline(Components stages, Settings settings, Clock clock, String version) {
    this.stages = stages;
    this.settings = settings;
    this.clock = clock;
    this.version = version;
  }

  /**
   * Compares the articles in {@code paths} (files or folders).
   *
   * @throws NoUsableInputException when no path gives a readable article; its message says why
   */
  public Report compare(List<String> paths, ProgressListener progress) {
    return analyse(paths, progress).report();
  }

  /**
   * Compares the articles in {@code paths} and keeps the intermediate results (sentences, claim views,
   * candidate pairs) beside the report, for inspection and benchmarks.
   *
   * @throws NoUsableInputException when no path gives a readable article
   */
  public Analysis analyse(List<String> paths, ProgressListener progress) {
    InputCollector.Collected collected = InputCollector.collect(paths);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<InputFile> inputFiles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (InputCollector.Problem p : collected.problems()) {
      // files of other types, a story's notes and reports are left out on purpose: said, not counted as skipped
      boolean aside = p.code().equals("other-files") || p.code().equals("notes") || p.code().equals("report-files");
      Severity severity = p.fatal() ? Severity.ERROR : aside ? Severity.INFO : Severity.WARNING;
      diagnostics.add(new Diagnostic(severity, p.code(), p.source(), p.message()));
      if (!aside) {
        inputFiles.add(new InputFile(p.source(), null, -1, InputStatus.SKIPPED, p.message()));
      }
      if (p.fatal()) {
        problems.add(p.message());
      }
    }
    if (collected.inputs().isEmpty()) {
      throw NoUsableInputException.of(problems);
    }
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), daemonThreads());
    try {
      return run(collected.inputs(), diagnostics, inputFiles, problems, pool, progress);
    } finally {
      pool.shutdownNow();
    }
  }

  private Analysis run(
      List<InputCollector.Input> inputs, List<Diagnostic> diagnostics, List<InputFile> inputFiles,
      List<String> problems, ExecutorService pool, ProgressListener progress) {
    List<ReadOutcome> outcomes = parallel(pool, inputs, this::read, "read", progress);
    List<Document> documents = new ArrayList<>();
    Map<String, String> firstByHash = new HashMap<>();
    for (ReadOutcome o : outcomes) {
      if (o instanceof ReadOutcome.Rejected r) {
        problems.add(r.message());
        diagnostics.add(new Diagnostic(Severity.ERROR, r.code(), r.source(), r.message() + "; skipped"));
        inputFiles.add(new InputFile(r.source(), r.sha256(), r.bytes(), InputStatus.SKIPPED, r.message()));
        continue;
      }
      Document d = ((ReadOutcome.Accepted) o).document();
      String key = textKey(d.text());
      String earlier = firstByHash.putIfAbsent(key, d.source());
      if (earlier != null) {
        String why = "the same article as " + earlier;
        diagnostics.add(new Diagnostic(Severity.WARNING, "duplicate", d.source(),
            d.source() + " is " + why + "; counted once"));
        inputFiles.add(new InputFile(d.source(), d.sha256(), d.bytes(), InputStatus.DUPLICATE, why));
        continue;
      }
      diagnostics.addAll(d.diagnostics());
      inputFiles.add(new InputFile(d.source(), d.sha256(), d.bytes(), InputStatus.ANALYSED, null));
      documents.add(d);
    }
    if (documents.isEmpty()) {
      throw NoUsableInputException.of(problems);
    }
    List<String> ids = ArticleIds.of(documents.stream().map(Document::source).toList());
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      articles.add(article(ids.get(i), documents.get(i)));
    }
    List<ArticleText> texts = analyseEach(articles, diagnostics, inputFiles, problems, pool, progress);
    articles = new ArrayList<>();
    for (ArticleText t : texts) {
      articles.add(t.article());
    }
    for (Article a : articles) {
      if (a.outlet() == null) {
        diagnostics.add(new Diagnostic(Severity.INFO, "no-outlet", a.id(),
            a.source() + " names no outlet; it is shown as '" + a.outletOrUnknown() + "' (add a front-matter block or "
                + "a .meta.json file to name it)"));
      }
    }
    if (articles.size() == 1) {
      diagnostics.add(new Diagnostic(Severity.INFO, "single-article", articles.get(0).id(),
          "Only one article was read, so there is nothing to compare it with: the report lists its claims and "
              + "framing, and no findings."));
    }

    List<Claim> claims = new ArrayList<>();
    List<Attempt<List<Claim>>> extracted =
        parallel(pool, texts, t -> Attempt.of(() -> stages.claims().extract(t)), "claims", progress);
    for (int i = 0; i < texts.size(); i++) {
      Attempt<List<Claim>> c = extracted.get(i);
      if (c.failed()) {
        Article a = texts.get(i).article();
        diagnostics.add(new Diagnostic(Severity.ERROR, "claims-failed", a.id(), a.source()
            + ": its claims could not be read (" + c.error() + "; please report it); its text is in the report, "
            + "its claims are not"));
      } else {
        claims.addAll(c.value());
      }
    }

    claims = variants.unify(claims);
    List<AlignableClaim> alignable = alignable(texts, claims, articles, pool, progress);
    List<Reprint> reprints = new ReprintDetector().detect(texts);
    Map<String, String> reprintOf = new HashMap<>();
    for (Reprint r : reprints) {
      for (String id : r.articleIds().subList(1, r.articleIds().size())) {
        reprintOf.put(id, r.articleIds().get(0));
      }
    }
    List<ClaimPair> pairs = stages.aligner().align(alignable);
    progress.progress("align", 1, 1);
    List<Finding> findings = stages.findings().detect(new VerdictInput(articles, alignable, pairs, reprintOf));
    progress.progress("verdicts", 1, 1);

    Map<String, List<Sentence>> sentences = new HashMap<>();
    Map<String, List<Quote>> quotes = new HashMap<>();
    for (ArticleText t : texts) {
      sentences.put(t.article().id(), t.sentences());
      quotes.put(t.article().id(), t.quotes());
    }
    List<BiasProfile> bias =
        stages.framing().analyze(new FramingInput(articles, sentences, quotes, claims, findings, stages.outlets()));
    progress.progress("framing", 1, 1);

    Set<String> outletNames = new TreeSet<>();
    for (Article a : articles) {
      if (a.outlet() != null) {
        outletNames.add(a.outlet());
      }
    }
    List<OutletProfile> outlets = new ArrayList<>();
    for (String name : outletNames) {
      stages.outlets().find(name).ifPresent(outlets::add);
    }
    Report report =
        Report.builder(provenance(inputFiles))
            .articles(articles)
            .claims(claims)
            .findings(findings)
            .bias(bias)
            .outlets(outlets)
            .reprints(reprints)
            .diagnostics(diagnostics)
            .build();
    return new Analysis(report, texts, alignable, pairs);
  }

  /**
   * Reads one file and rejects it when it is not in English. A reader or detector that throws, which
   * they should not, costs only this file.
   */
  private ReadOutcome read(InputCollector.Input in) {
    try {
      ReadOutcome o = stages.reader().read(in.path(), in.source());
      if (o instanceof ReadOutcome.Accepted accepted) {
        Document d = accepted.document();
        Language language = stages.language().detect(d.text());
        if (!language.english()) {
          return new ReadOutcome.Rejected(d.source(), "not-english", d.source() + " is in " + language.name()
              + ", not English; Parallax analyses English articles only", d.sha256(), d.bytes());
        }
      }
      return o;
    } catch (RuntimeException | StackOverflowError e) {
      return new ReadOutcome.Rejected(in.source(), "read-failed",
          in.source() + " could not be read (" + Attempt.describe(e) + "; please report it)", null, -1);
    }
  }

  /**
   * The text stages for every article, each on its own: an article on which a stage fails is left
   * out with a diagnostic, and the others keep their ids.
   *
   * @throws NoUsableInputException when every article fails
   */
  private List<ArticleText> analyseEach(
      List<Article> articles, List<Diagnostic> diagnostics, List<InputFile> inputFiles,
      List<String> problems, ExecutorService pool, ProgressListener progress) {
    List<Attempt<ArticleText>> attempts =
        parallel(pool, articles, a -> Attempt.of(() -> analyse(a)), "analyse", progress);
    List<ArticleText> texts = new ArrayList<>();
    for (int i = 0; i < attempts.size(); i++) {
      Attempt<ArticleText> t = attempts.get(i);
      if (!t.failed()) {
        texts.add(t.value());
        continue;
      }
      String source = articles.get(i).source();
      String why = source + " could not be analysed (" + t.error() + "; please report it)";
      problems.add(why);
      diagnostics.add(new Diagnostic(Severity.ERROR, "analysis-failed", source, why + "; skipped"));
      for (int k = 0; k < inputFiles.size(); k++) {
        InputFile f = inputFiles.get(k);
        if (f.source().equals(source) && f.status() == InputStatus.ANALYSED) {
          inputFiles.set(k, new InputFile(f.source(), f.sha256(), f.bytes(), InputStatus.SKIPPED, why));
        }
      }
    }
    if (texts.isEmpty()) {
      throw NoUsableInputException.of(problems);
    }
    return texts;
  }

  private ArticleText analyse(Article a) {
    List<Sentence> sentences = stages.text().analyze(a.text());
    LocalDateTime reference = a.published() == null ? null : a.published().atTime(LocalTime.NOON);
    List<QuantityMention> quantities = stages.quantities().extract(a.text(), reference);
    List<Quote> quotes = stages.quotes().find(a.text(), sentences);
    return new ArticleText(a, sentences, quantities, quotes);
  }

  private List<AlignableClaim> alignable(
      List<ArticleText> texts, List<Claim> claims, List<Article> articles, ExecutorService pool,
      ProgressListener progress) {
    Map<String, ArticleText> byId = new HashMap<>();
    for (ArticleText t : texts) {
      byId.put(t.article().id(), t);
    }
    Map<String, String> outlets = new HashMap<>();
    for (Article a : articles) {
      outlets.put(a.id(), a.outlet());
    }
    List<List<Token>> tokensOf = new ArrayList<>(claims.size());
    List<List<Span>> segmentsOf = new ArrayList<>(claims.size());
    List<String> sentences = new ArrayList<>();
    for (Claim c : claims) {
      List<Token> tokens = new ArrayList<>();
      for (Sentence s : byId.get(c.articleId()).sentences()) {
        if (s.index() == c.sentence()) {
          for (Token t : s.tokens()) {
            if (t.start() >= c.start() && t.end() <= c.end()) {
              tokens.add(t);
            }
          }
        }
      }
      tokensOf.add(tokens);
      List<Span> segments = ClauseSegmenter.segments(tokens);
      segmentsOf.add(segments);
      sentences.add(c.text());
      String text = byId.get(c.articleId()).article().text();
      for (Span sp : segments) {
        sentences.add(sp.of(text));
      }
    }
    List<float[]> vectors = encode(sentences, pool, progress);
    Map<String, Map<Integer, Set<String>>> entitiesBySentence = new HashMap<>();
    for (Claim c : claims) {
      entitiesBySentence.computeIfAbsent(c.articleId(), k -> new HashMap<>())
          .computeIfAbsent(c.sentence(), k -> new HashSet<>()).addAll(c.entityIds());
    }
    List<AlignableClaim> out = new ArrayList<>(claims.size());
    int v = 0;
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      float[] vector = vectors.get(v++);
      List<float[]> segmentVectors = new ArrayList<>();
      for (int k = 0; k < segmentsOf.get(i).size(); k++) {
        segmentVectors.add(vectors.get(v++));
      }
      Set<String> context = new HashSet<>(c.entityIds());
      Map<Integer, Set<String>> bySentence = entitiesBySentence.get(c.articleId());
      context.addAll(bySentence.getOrDefault(c.sentence() - 1, Set.of()));
      context.addAll(bySentence.getOrDefault(c.sentence() + 1, Set.of()));
      out.add(new AlignableClaim(c, outlets.get(c.articleId()), tokensOf.get(i), ContentLemmas.of(tokensOf.get(i)),
          new HashSet<>(c.entityIds()), vector, segmentsOf.get(i), segmentVectors, context));
    }
    return out;
  }

  /**
   * Sentence vectors, each distinct sentence encoded once. The distinct sentences are encoded in
   * slices on the pool, so every core runs the encoder; a sentence's vector does not depend on its
   * slice, so the result does not depend on the number of threads.
   */
  private List<float[]> encode(List<String> sentences, ExecutorService pool, ProgressListener progress) {
    Map<String, Integer> distinct = new LinkedHashMap<>();
    for (String s : sentences) {
      distinct.putIfAbsent(s, distinct.size());
    }
    List<String> unique = new ArrayList<>(distinct.keySet());
    List<List<String>> slices = new ArrayList<>();
    for (int from = 0; from < unique.size(); from += ENCODER_SLICE) {
      slices.add(unique.subList(from, Math.min(unique.size(), from + ENCODER_SLICE)));
    }
    List<float[]> vectors = new ArrayList<>(unique.size());
    for (List<float[]> slice : parallel(pool, slices, stages.encoder()::encode, "encode", progress)) {
      vectors.addAll(slice);
    }
    List<float[]> out = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      out.add(vectors.get(distinct.get(s)));
    }
    return out;
  }

  private static Article article(String id, Document d) {
    return new Article(id, d.source(), d.title(), d.outlet(), d.author(), d.published(), Language.ENGLISH,
        d.wordCount(), d.sha256(), d.text(), d.url(), d.metadataOrigin());
  }

  /** The text with case, spacing and punctuation folded: equal keys mean the same article. */
  private static String textKey(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private Provenance provenance(List<InputFile> inputs) {
    Map<String, String> settingsMap = new TreeMap<>();
    settingsMap.put("maxFileBytes", Long.toString(settings.maxFileBytes()));
    settingsMap.put("maxWords", Integer.toString(settings.maxWords()));
    settingsMap.put("encoder", stages.encoder().modelName());
    settingsMap.putAll(stages.thresholds().asSettings());
    return new Provenance(TOOL, version, settings.timestamp() ? clock.instant() : null, ModelFiles.describe(),
        settingsMap, inputs);
  }

  private static <T, R> List<R> parallel(
      ExecutorService pool, List<T> items, Function<T, R> work, String stage, ProgressListener progress) {
    List<Future<R>> futures = new ArrayList<>(items.size());
    AtomicInteger done = new AtomicInteger();
    for (T item : items) {
      futures.add(pool.submit(() -> {
        R r = work.apply(item);
        progress.progress(stage, done.incrementAndGet(), items.size());
        return r;
      }));
    }
    List<R> out = new ArrayList<>(items.size());
    try {
      for (Future<R> f : futures) {
        out.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
    return out;
  }

  /** The outcome of one article's stage: a value, or the error that stopped it. */
  private record Attempt<R>(R value, String error) {
    static <R> Attempt<R> of(java.util.function.Supplier<R> work) {
      try {
        return new Attempt<>(work.get(), null);
      } catch (RuntimeException | StackOverflowError e) {
        return new Attempt<>(null, describe(e));
      }
    }

    boolean failed() {
      return error != null;
    }

    static String describe(Throwable e) {
      String m = e.getMessage();
      return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }
  }

  /** Daemon threads with room for deep recursion (regular expressions on odd text), like the tests' main thread. */
  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(null, r, "parallax-" + n.incrementAndGet(), 8L * 1024 * 1024);
      t.setDaemon(true);
      return t;
    };
  }
}
