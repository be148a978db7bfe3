package dev.parallax.analysis.pipeline;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimPair;
import dev.parallax.analysis.align.ClauseSegmenter;
import dev.parallax.analysis.align.ReprintDetector;
import dev.parallax.analysis.bias.FramingInput;
import dev.parallax.analysis.claim.ArticleText;
import dev.parallax.analysis.ingest.Document;
import dev.parallax.analysis.ingest.InputCollector;
import dev.parallax.analysis.ingest.ReadOutcome;
import dev.parallax.analysis.quote.Quote;
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
 * <p>Per-file and per-article stages run on {@link Settings#threads()} threads; results are put
 * back in input order, so the report does not depend on scheduling. The time in the report comes
 * from the injected {@link Clock}, and only when {@link Settings#timestamp()} is set. Thread-safe:
 * one pipeline can run several comparisons at once.
 */
public final class ComparisonPipeline {
  /** The tool's name in provenance. */
  public static final String TOOL = "parallax";

  private final Components stages;
  private final Settings settings;
  private final Clock clock;
  private final String version;

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
    for (String problem : collected.problems()) {
      diagnostics.add(new Diagnostic(Severity.ERROR, "bad-path", problem.split(" ", 2)[0], problem));
    }
    if (collected.inputs().isEmpty()) {
      throw new NoUsableInputException(
          collected.problems().isEmpty() ? "no input files given" : String.join("; ", collected.problems()),
          collected.problems());
    }
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), daemonThreads());
    try {
      return run(collected.inputs(), diagnostics, pool, progress);
    } finally {
      pool.shutdownNow();
    }
  }

  private Analysis run(
      List<InputCollector.Input> inputs, List<Diagnostic> diagnostics, ExecutorService pool, ProgressListener progress) {
    List<ReadOutcome> outcomes =
        parallel(pool, inputs, in -> stages.reader().read(in.path(), in.source()), "read", progress);
    List<InputFile> inputFiles = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    List<String> problems = new ArrayList<>();
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
      throw new NoUsableInputException(
          problems.size() == 1 ? problems.get(0) : "none of the " + problems.size() + " files could be read: "
              + String.join("; ", problems), problems);
    }
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      articles.add(article("a" + (i + 1), documents.get(i)));
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

    List<ArticleText> texts = parallel(pool, articles, this::analyse, "analyse", progress);
    List<Claim> claims = new ArrayList<>();
    List<ArticleText> withClaims = new ArrayList<>();
    for (ArticleText t : texts) {
      List<Claim> c = stages.claims().extract(t);
      claims.addAll(c);
      withClaims.add(t);
    }
    progress.progress("claims", claims.size(), claims.size());

    List<AlignableClaim> alignable = alignable(texts, claims, articles, progress);
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

  private ArticleText analyse(Article a) {
    List<Sentence> sentences = stages.text().analyze(a.text());
    LocalDateTime reference = a.published() == null ? null : a.published().atTime(LocalTime.NOON);
    List<QuantityMention> quantities = stages.quantities().extract(a.text(), reference);
    List<Quote> quotes = stages.quotes().find(a.text(), sentences);
    return new ArticleText(a, sentences, quantities, quotes);
  }

  private List<AlignableClaim> alignable(
      List<ArticleText> texts, List<Claim> claims, List<Article> articles, ProgressListener progress) {
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
    List<float[]> vectors = encode(sentences, progress);
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

  /** Sentence vectors, each distinct sentence encoded once. */
  private List<float[]> encode(List<String> sentences, ProgressListener progress) {
    Map<String, Integer> distinct = new LinkedHashMap<>();
    for (String s : sentences) {
      distinct.putIfAbsent(s, distinct.size());
    }
    List<String> unique = new ArrayList<>(distinct.keySet());
    List<float[]> vectors = new ArrayList<>(unique.size());
    int step = 256;
    for (int from = 0; from < unique.size(); from += step) {
      vectors.addAll(stages.encoder().encode(unique.subList(from, Math.min(unique.size(), from + step))));
      progress.progress("encode", Math.min(unique.size(), from + step), unique.size());
    }
    List<float[]> out = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      out.add(vectors.get(distinct.get(s)));
    }
    return out;
  }

  private static Article article(String id, Document d) {
    int words = 0;
    boolean inWord = false;
    String t = d.text();
    for (int i = 0; i < t.length(); i++) {
      boolean w = Character.isLetterOrDigit(t.charAt(i));
      if (w && !inWord) {
        words++;
      }
      inWord = w;
    }
    return new Article(id, d.source(), d.title(), d.outlet(), d.author(), d.published(), "en", words, d.sha256(),
        d.text(), d.url(), d.metadataOrigin());
  }

  /** The text with case, spacing and punctuation folded: equal keys mean the same article. */
  private static String textKey(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private Provenance provenance(List<InputFile> inputs) {
    Map<String, String> settingsMap = new TreeMap<>();
    settingsMap.put("maxFileBytes", Long.toString(settings.maxFileBytes()));
    settingsMap.put("encoder", stages.encoder().modelName());
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

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "parallax-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
