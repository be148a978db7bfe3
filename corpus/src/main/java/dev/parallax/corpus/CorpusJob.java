package dev.parallax.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/** Reading a corpus and finding its stories: the first half of a corpus run, on a given Spark session. */
final class CorpusJob {
  private CorpusJob() {}

  /**
   * The corpus read and grouped.
   *
   * @param articles every article read, by its number (numbers follow the order of sources)
   * @param skipped every row, file or path left out, in order of source
   * @param grouping the stories, reprints and links
   */
  record Grouped(JavaPairRDD<Long, CorpusArticle> articles, List<SkippedRow> skipped, StoryFinder.Grouping grouping) {}

  static Grouped group(SparkSession spark, List<String> inputs, int window, Progress progress) {
    CorpusReader.Inputs in = CorpusReader.read(spark, inputs);
    JavaRDD<ReadResult> reads = in.reads().persist(StorageLevel.MEMORY_AND_DISK());
    List<SkippedRow> skipped = new ArrayList<>(in.skipped());
    skipped.addAll(reads.filter(r -> r.skipped() != null).map(ReadResult::skipped).collect());
    skipped.sort(Comparator.comparing(SkippedRow::source).thenComparing(SkippedRow::code));
    JavaPairRDD<Long, CorpusArticle> articles = reads.filter(r -> r.article() != null).map(ReadResult::article)
        .sortBy(CorpusArticle::source, true, Math.max(1, reads.getNumPartitions()))
        .zipWithIndex()
        .mapToPair(t -> new scala.Tuple2<>(t._2(), t._1()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long count = articles.count();
    reads.unpersist();
    progress.say("read " + Progress.count(count, "article") + (skipped.isEmpty() ? "" : "; skipped "
        + Progress.count(skipped.size(), "row") + " (see skipped.jsonl)"));
    StoryFinder.Grouping grouping = count == 0
        ? new StoryFinder.Grouping(List.of(), List.of(), List.of(), java.util.Map.of(), java.util.Map.of())
        : new StoryFinder(window).find(spark, articles);
    long stories = grouping.stories().size();
    progress.say("found " + Progress.count(stories, "story", "stories") + " and "
        + Progress.count(grouping.reprints().size(), "group") + " of reprints");
    return new Grouped(articles, skipped, grouping);
  }
}
