package dev.parallax.corpus;

import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/** A whole corpus run: read, find stories, compare each, write tables, reports and the index page. */
final class CorpusRun {
  private CorpusRun() {}

  /**
   * @param inputs folders, article files, JSON Lines and Parquet files
   * @param output the folder to write into
   * @param window days between two articles of one story, at most
   * @param reports how many stories (those with the most findings) get a report folder
   */
  record Options(List<String> inputs, Path output, int window, int reports) {}

  /** Counts of one compared story: findings by kind, or the reason it was not compared. */
  record Outcome(String story, Map<FindingKind, Integer> kinds, String error) implements Serializable {
    private static final long serialVersionUID = 1L;

    int findings() {
      return kinds.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** What the run found, for the terminal and the tests. */
  record Result(List<StoryTable.Story> stories, Map<String, Outcome> outcomes, List<SkippedRow> skipped,
      Map<Long, StoryTable.Meta> meta, List<String> reports) {}

  static Result run(SparkSession spark, Options o, Progress progress) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    CorpusJob.Grouped grouped = CorpusJob.group(spark, o.inputs(), o.window(), progress);
    JavaPairRDD<Long, CorpusArticle> articles = grouped.articles();
    Map<Long, StoryTable.Meta> meta = new TreeMap<>(articles.mapValues(a ->
        new StoryTable.Meta(a.source(), a.outlet(), a.published(), a.title())).collectAsMap());
    List<StoryTable.Story> stories = StoryTable.of(grouped.grouping(), meta);
    Map<Long, String> storyOf = new HashMap<>();
    List<String> comparable = new ArrayList<>();
    for (StoryTable.Story s : stories) {
      s.uids().forEach(u -> storyOf.put(u, s.id()));
      if (s.comparable()) {
        comparable.add(s.id());
      }
    }
    Broadcast<Map<Long, String>> storyOfAll = sc.broadcast(storyOf);
    Broadcast<java.util.Set<String>> compare = sc.broadcast(new java.util.HashSet<>(comparable));
    progress.say(Progress.count(comparable.size(), "story", "stories") + " with two outlets or more to compare; "
        + Progress.count(stories.size() - comparable.size(), "story", "stories") + " of one outlet listed only");

    LongAccumulator done = sc.sc().longAccumulator("stories compared");
    JavaPairRDD<String, CorpusArticle> byStory = articles
        .mapToPair(p -> new Tuple2<>(storyOfAll.value().get(p._1()), p._2()))
        .filter(p -> compare.value().contains(p._1()));
    JavaRDD<StoryComparer.Compared> compared;
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "corpus-progress");
      t.setDaemon(true);
      return t;
    });
    int total = comparable.size();
    ticker.scheduleAtFixedRate(() -> progress.say("compared " + done.value() + " of " + total + " stories"),
        10, 10, TimeUnit.SECONDS);
    Map<String, Outcome> outcomes = new TreeMap<>();
    try {
      compared = StoryComparer.compare(byStory, comparable, done).persist(StorageLevel.MEMORY_AND_DISK());
      for (Outcome out : compared.map(CorpusRun::outcome).collect()) {
        outcomes.put(out.story(), out);
      }
    } finally {
      ticker.shutdownNow();
    }
    progress.say("compared " + total + " of " + total + " stories");

    List<String> top = outcomes.values().stream().filter(x -> x.error() == null && x.findings() > 0)
        .sorted(Comparator.comparingInt(Outcome::findings).reversed().thenComparing(Outcome::story))
        .limit(o.reports()).map(Outcome::story).toList();
    CorpusOutput out = new CorpusOutput(spark, o.output());
    out.prepare();
    out.table("articles", articleRows(articles, storyOfAll, grouped.grouping(), meta), CorpusOutput.ARTICLES, "source");
    out.table("stories", out.storyRows(stories, outcomes, top), CorpusOutput.STORIES, "story");
    out.table("claims", compared.flatMap(c -> claimRows(c).iterator()), CorpusOutput.CLAIMS, "story", "claim");
    out.table("findings", compared.flatMap(c -> findingRows(c).iterator()), CorpusOutput.FINDINGS, "story", "finding");
    out.skipped(grouped.skipped());
    java.util.Set<String> chosen = new java.util.HashSet<>(top);
    List<Tuple2<String, String>> reports = compared.filter(c -> chosen.contains(c.story()))
        .map(c -> new Tuple2<>(c.story(), c.report())).collect();
    for (Tuple2<String, String> r : reports) {
      out.report(r._1(), new ReportCodec().read(r._2()));
    }
    out.index(stories, meta, outcomes, top, grouped.skipped());
    compared.unpersist();
    articles.unpersist();
    return new Result(stories, outcomes, grouped.skipped(), meta, top);
  }

  static Outcome outcome(StoryComparer.Compared c) {
    Map<FindingKind, Integer> kinds = new EnumMap<>(FindingKind.class);
    for (FindingKind k : FindingKind.values()) {
      kinds.put(k, 0);
    }
    if (c.report() != null) {
      for (Finding f : new ReportCodec().read(c.report()).findings()) {
        kinds.merge(f.kind(), 1, Integer::sum);
      }
    }
    return new Outcome(c.story(), kinds, c.error());
  }

  private static JavaRDD<Row> articleRows(JavaPairRDD<Long, CorpusArticle> articles, Broadcast<Map<Long, String>> storyOf,
      StoryFinder.Grouping g, Map<Long, StoryTable.Meta> meta) {
    Map<Long, String> reprintOf = new HashMap<>();
    for (List<Long> r : g.reprints()) {
      List<String> sources = new ArrayList<>();
      r.forEach(u -> sources.add(meta.get(u).source()));
      sources.sort(null);
      for (long u : r) {
        if (!meta.get(u).source().equals(sources.get(0))) {
          reprintOf.put(u, sources.get(0));
        }
      }
    }
    return articles.map(p -> {
      CorpusArticle a = p._2();
      return RowFactory.create(a.source(), storyOf.value().get(p._1()), a.outlet(), a.published(), a.title(), a.url(),
          reprintOf.get(p._1()), dev.parallax.analysis.ingest.Document.words(a.text()));
    });
  }

  static List<Row> claimRows(StoryComparer.Compared c) {
    List<Row> out = new ArrayList<>();
    if (c.report() == null) {
      return out;
    }
    Report r = new ReportCodec().read(c.report());
    Map<String, Article> byId = new HashMap<>();
    r.articles().forEach(a -> byId.put(a.id(), a));
    for (Claim cl : r.claims()) {
      Article a = byId.get(cl.articleId());
      out.add(RowFactory.create(c.story(), cl.id(), a.source(), a.outlet(), cl.text(), cl.polarity().name(),
          cl.modality().name(), cl.attribution() == null ? null : cl.attribution().speaker()));
    }
    return out;
  }

  static List<Row> findingRows(StoryComparer.Compared c) {
    List<Row> out = new ArrayList<>();
    if (c.report() == null) {
      return out;
    }
    Report r = new ReportCodec().read(c.report());
    Map<String, String> sourceOfClaim = new HashMap<>();
    Map<String, Article> byId = new HashMap<>();
    r.articles().forEach(a -> byId.put(a.id(), a));
    r.claims().forEach(cl -> sourceOfClaim.put(cl.id(), byId.get(cl.articleId()).source()));
    for (Finding f : r.findings()) {
      List<String> sources = f.claimIds().stream().map(sourceOfClaim::get).distinct().sorted().toList();
      out.add(RowFactory.create(c.story(), f.id(), f.kind().name(), f.topic(),
          scala.jdk.javaapi.CollectionConverters.asScala(f.claimIds()).toSeq(),
          scala.jdk.javaapi.CollectionConverters.asScala(sources).toSeq(), f.confidence(), f.explanation()));
    }
    return out;
  }
}
