package dev.parallax.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.cli.output.ChartSet;
import dev.parallax.cli.output.HtmlReportWriter;
import dev.parallax.cli.output.JsonReportWriter;
import dev.parallax.cli.output.MarkdownReportWriter;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes what a corpus run found into its output folder:
 *
 * <pre>
 * OUT/index.html                 every story: outlets, counts of each kind of finding, why it was grouped
 * OUT/articles.jsonl, stories.jsonl, claims.jsonl, findings.jsonl, skipped.jsonl
 * OUT/parquet/articles/ ...      the same tables as Parquet (folders of part files, as Spark writes them)
 * OUT/reports/story-0001/        report.json, report.md, report.html and charts/, as compare writes them
 * </pre>
 *
 * JSON Lines rows are sorted by their key, so the same corpus gives the same lines.
 */
final class CorpusOutput {
  static final StructType ARTICLES = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("story", DataTypes.StringType, false)
      .add("outlet", DataTypes.StringType)
      .add("published", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("reprintOf", DataTypes.StringType)
      .add("words", DataTypes.IntegerType, false);
  static final StructType STORIES = new StructType()
      .add("story", DataTypes.StringType, false)
      .add("articles", DataTypes.IntegerType, false)
      .add("outlets", DataTypes.createArrayType(DataTypes.StringType))
      .add("first", DataTypes.StringType)
      .add("last", DataTypes.StringType)
      .add("compared", DataTypes.BooleanType, false)
      .add("note", DataTypes.StringType)
      .add("names", DataTypes.createArrayType(DataTypes.StringType))
      .add("dates", DataTypes.createArrayType(DataTypes.StringType))
      .add("similarity", DataTypes.DoubleType)
      .add("minSimilarity", DataTypes.DoubleType)
      .add("links", DataTypes.IntegerType, false)
      .add("reprints", DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.StringType)))
      .add("agreements", DataTypes.IntegerType)
      .add("numericDiscrepancies", DataTypes.IntegerType)
      .add("contradictions", DataTypes.IntegerType)
      .add("disputes", DataTypes.IntegerType)
      .add("report", DataTypes.StringType);
  static final StructType CLAIMS = new StructType()
      .add("story", DataTypes.StringType, false)
      .add("claim", DataTypes.StringType, false)
      .add("article", DataTypes.StringType, false)
      .add("outlet", DataTypes.StringType)
      .add("text", DataTypes.StringType, false)
      .add("polarity", DataTypes.StringType)
      .add("modality", DataTypes.StringType)
      .add("speaker", DataTypes.StringType);
  static final StructType FINDINGS = new StructType()
      .add("story", DataTypes.StringType, false)
      .add("finding", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("topic", DataTypes.StringType)
      .add("claims", DataTypes.createArrayType(DataTypes.StringType))
      .add("articles", DataTypes.createArrayType(DataTypes.StringType))
      .add("confidence", DataTypes.DoubleType)
      .add("explanation", DataTypes.StringType);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final Path dir;

  CorpusOutput(SparkSession spark, Path dir) {
    this.spark = spark;
    this.dir = dir;
  }

  void prepare() throws IOException {
    Files.createDirectories(dir);
  }

  /** Writes one table as {@code NAME.jsonl} (sorted by {@code keys}) and as Parquet under {@code parquet/NAME}. */
  void table(String name, JavaRDD<Row> rows, StructType schema, String... keys) throws IOException {
    Dataset<Row> frame = spark.createDataFrame(rows, schema);
    Dataset<Row> sorted = frame.sort(keys[0], java.util.Arrays.copyOfRange(keys, 1, keys.length));
    sorted.write().mode(SaveMode.Overwrite).parquet(dir.resolve("parquet").resolve(name).toString());
    Path tmp = dir.resolve("." + name + ".jsonl.parts");
    sorted.coalesce(1).write().mode(SaveMode.Overwrite).option("ignoreNullFields", "true").json(tmp.toString());
    Path target = dir.resolve(name + ".jsonl");
    try (Stream<Path> parts = Files.list(tmp)) {
      List<Path> json = parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
      if (json.isEmpty()) {
        Files.writeString(target, "", StandardCharsets.UTF_8);
      } else {
        Files.move(json.get(0), target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    deleteTree(tmp);
  }

  JavaRDD<Row> storyRows(List<StoryTable.Story> stories, Map<String, CorpusRun.Outcome> outcomes, List<String> top) {
    List<Row> rows = new ArrayList<>();
    for (StoryTable.Story s : stories) {
      CorpusRun.Outcome o = outcomes.get(s.id());
      String note = !s.comparable() ? "one outlet: listed, not compared" : o == null ? null : o.error();
      List<scala.collection.immutable.Seq<String>> reprints = new ArrayList<>();
      s.reprints().forEach(r -> reprints.add(seq(r)));
      rows.add(RowFactory.create(s.id(), s.uids().size(), seq(s.outlets()), s.first(), s.last(),
          o != null && o.error() == null, note, seq(s.names()), seq(s.dates()), s.similarity(), s.minSimilarity(),
          s.links(), seq(reprints), count(o, FindingKind.AGREEMENT), count(o, FindingKind.NUMERIC_DISCREPANCY),
          count(o, FindingKind.CONTRADICTION), count(o, FindingKind.DISPUTE),
          top.contains(s.id()) ? "reports/" + s.id() : null));
    }
    return new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext()).parallelize(rows, 1);
  }

  private static Integer count(CorpusRun.Outcome o, FindingKind k) {
    return o == null || o.error() != null ? null : o.kinds().get(k);
  }

  static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  /** The rows and files left out, one JSON object a line, in order of source. */
  void skipped(List<SkippedRow> skipped) throws IOException {
    StringBuilder out = new StringBuilder();
    for (SkippedRow s : skipped) {
      ObjectNode n = JSON.createObjectNode();
      n.put("source", s.source());
      n.put("code", s.code());
      n.put("message", s.message());
      out.append(n).append('\n');
    }
    Files.writeString(dir.resolve("skipped.jsonl"), out, StandardCharsets.UTF_8);
  }

  /** The story's report folder, written by compare's own writers. */
  void report(String story, Report report) throws IOException {
    Path folder = dir.resolve("reports").resolve(story);
    Files.createDirectories(folder);
    new JsonReportWriter().write(report, folder);
    ChartSet charts = ChartSet.write(report, folder);
    new MarkdownReportWriter().write(report, charts, folder);
    new HtmlReportWriter().write(report, charts, folder);
  }

  void index(List<StoryTable.Story> stories, Map<Long, StoryTable.Meta> meta, Map<String, CorpusRun.Outcome> outcomes,
      List<String> top, List<SkippedRow> skipped) throws IOException {
    Files.writeString(dir.resolve("index.html"), IndexPage.html(stories, meta, outcomes, top, skipped), StandardCharsets.UTF_8);
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

}
