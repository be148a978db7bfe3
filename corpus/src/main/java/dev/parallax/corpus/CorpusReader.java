package dev.parallax.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.analysis.ingest.Document;
import dev.parallax.analysis.ingest.InputCollector;
import dev.parallax.analysis.ingest.ReadOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Reads the inputs of a corpus run into one distributed collection of {@link ReadResult}s: folders and
 * files of articles (expanded and read exactly as {@code compare} does, through the analysis's
 * {@code InputCollector} and {@code ArticleFileReader}), JSON Lines files ({@code .jsonl},
 * {@code .ndjson}) and Parquet files or folders of them, whose rows have the columns {@code id, url,
 * outlet, published, title, text}. A row is read as the JSON article it is (a Parquet row is first
 * turned into one), through the same reader, so a row and a {@code .json} file holding it give the
 * same article.
 *
 * <p>Nothing here fails the run: a path that does not exist, a line that is not JSON, a row without
 * text or with a date that cannot be read, and a Parquet file that cannot be opened each become a
 * {@link SkippedRow}.
 */
final class CorpusReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The columns a row may have; others are ignored. */
  static final List<String> COLUMNS = List.of("id", "url", "outlet", "published", "title", "text");

  private CorpusReader() {}

  /** What the inputs gave: the reads done on the executors, and the problems found on the driver. */
  record Inputs(JavaRDD<ReadResult> reads, List<SkippedRow> skipped) {}

  static Inputs read(SparkSession spark, List<String> inputs) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<SkippedRow> skipped = new ArrayList<>();
    List<Tuple2<String, String>> files = new ArrayList<>();
    List<JavaRDD<ReadResult>> parts = new ArrayList<>();
    for (String given : inputs) {
      Path p = Path.of(given);
      String name = p.getFileName() == null ? given : p.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!Files.exists(p)) {
        skipped.add(new SkippedRow(given, "missing", given + " does not exist"));
      } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
        parts.add(jsonLines(sc, given));
      } else if (name.endsWith(".parquet") || (Files.isDirectory(p) && holdsParquet(p))) {
        JavaRDD<ReadResult> rows = parquet(spark, given, skipped);
        if (rows != null) {
          parts.add(rows);
        }
      } else {
        InputCollector.Collected collected = InputCollector.collect(List.of(given));
        for (InputCollector.Problem problem : collected.problems()) {
          if (problem.fatal() || problem.code().equals("unreadable")) {
            skipped.add(new SkippedRow(problem.source(), problem.code(), problem.message()));
          }
        }
        for (InputCollector.Input in : collected.inputs()) {
          files.add(new Tuple2<>(in.path().toString(), in.source()));
        }
      }
    }
    if (!files.isEmpty()) {
      int slices = Math.max(1, Math.min(files.size() / 8 + 1, sc.defaultParallelism() * 4));
      parts.add(sc.parallelize(files, slices).map(f -> readFile(f._1(), f._2())));
    }
    JavaRDD<ReadResult> all = parts.isEmpty() ? sc.emptyRDD() : parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.union(parts.get(i));
    }
    return new Inputs(all, skipped);
  }

  private static boolean holdsParquet(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet"));
    } catch (IOException e) {
      return false;
    }
  }

  private static JavaRDD<ReadResult> jsonLines(JavaSparkContext sc, String file) {
    return sc.textFile(file).zipWithIndex()
        .filter(line -> !line._1().isBlank())
        .map(line -> readRow(line._1(), file, file + ":" + (line._2() + 1)));
  }

  /** The rows of a Parquet file or folder, or null (with a skipped row) when it cannot be opened. */
  private static JavaRDD<ReadResult> parquet(SparkSession spark, String file, List<SkippedRow> skipped) {
    List<String> parts = new ArrayList<>();
    for (Path part : parquetFiles(Path.of(file))) {
      if (parquetMagic(part)) {
        parts.add(part.toString());
      } else {
        skipped.add(new SkippedRow(part.toString(), "unreadable-parquet", part + " is not a Parquet file (it lacks "
            + "Parquet's marks at its start and end); skipped"));
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    Dataset<Row> frame;
    StructType schema;
    try {
      frame = spark.read().parquet(parts.toArray(String[]::new));
      schema = frame.schema();
    } catch (Exception e) { // Spark's SparkException is checked in Java's eyes but thrown unchecked
      skipped.add(new SkippedRow(file, "unreadable-parquet", file + " cannot be read as Parquet ("
          + firstLine(e) + "); skipped"));
      return null;
    }
    List<String> present = new ArrayList<>();
    for (String c : COLUMNS) {
      if (List.of(schema.fieldNames()).contains(c)) {
        present.add(c);
      }
    }
    if (!present.contains("text")) {
      skipped.add(new SkippedRow(file, "no-text", file + " has no 'text' column (its columns: "
          + String.join(", ", schema.fieldNames()) + "); skipped"));
      return null;
    }
    List<String> columns = List.copyOf(present);
    Dataset<Row> selected = frame.selectExpr(columns.toArray(String[]::new));
    return selected.toJavaRDD().zipWithIndex().map(r -> readRow(rowJson(r._1(), columns), file, file + " row " + (r._2() + 1)));
  }

  /** The file itself, or the Parquet files of a folder in order of name. */
  private static List<Path> parquetFiles(Path p) {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")).sorted().toList();
    } catch (IOException e) {
      return List.of(p);
    }
  }

  /** True when the file starts and ends with Parquet's mark, "PAR1". */
  static boolean parquetMagic(Path file) {
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "r")) {
      if (f.length() < 12) {
        return false;
      }
      byte[] head = new byte[4];
      byte[] tail = new byte[4];
      f.readFully(head);
      f.seek(f.length() - 4);
      f.readFully(tail);
      byte[] mark = "PAR1".getBytes(StandardCharsets.US_ASCII);
      return java.util.Arrays.equals(head, mark) && java.util.Arrays.equals(tail, mark);
    } catch (IOException e) {
      return false;
    }
  }

  /** A Parquet row as a JSON article: strings as they are, dates as {@code yyyy-MM-dd}. */
  static String rowJson(Row row, List<String> columns) {
    ObjectNode node = JSON.createObjectNode();
    for (int i = 0; i < columns.size(); i++) {
      Object v = row.get(i);
      if (v == null) {
        continue;
      }
      String s;
      if (v instanceof Timestamp t) {
        s = t.toLocalDateTime().toLocalDate().toString();
      } else if (v instanceof java.sql.Date d) {
        s = d.toLocalDate().toString();
      } else {
        s = v.toString();
      }
      node.put(columns.get(i), s);
    }
    return node.toString();
  }

  /** Reads an article file as {@code compare} does. */
  static ReadResult readFile(String path, String source) {
    ReadOutcome outcome = Workers.reader().read(Path.of(path), source);
    if (outcome instanceof ReadOutcome.Rejected r) {
      return ReadResult.skip(r.source(), r.code(), r.message());
    }
    Document d = ((ReadOutcome.Accepted) outcome).document();
    return ReadResult.of(article(d, path, null));
  }

  /**
   * Reads one row, given as a JSON object, as the JSON article it is.
   *
   * @param where the line or row, for messages ({@code FILE:LINE}, {@code FILE row N})
   */
  static ReadResult readRow(String line, String file, String where) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      return ReadResult.skip(where, "bad-json", where + " is not valid JSON (" + m + "); skipped");
    }
    if (node == null || !node.isObject()) {
      return ReadResult.skip(where, "bad-json", where + " is not a JSON object; skipped");
    }
    String id = field(node, "id");
    String source = id == null || id.isBlank() ? where : file + "/" + id;
    String text = field(node, "text");
    if (text == null || text.isBlank()) {
      return ReadResult.skip(where, "no-text", where + (id == null ? "" : " (id " + id + ")") + " has no text; skipped");
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile(Workers.temp(), "row", ".json");
      Files.writeString(tmp, line, StandardCharsets.UTF_8);
      ReadOutcome outcome = Workers.reader().read(tmp, source);
      if (outcome instanceof ReadOutcome.Rejected r) {
        return ReadResult.skip(where, r.code(), r.message() + " (" + where + "); skipped");
      }
      Document d = ((ReadOutcome.Accepted) outcome).document();
      String published = field(node, "published");
      if (published != null && !published.isBlank() && d.published() == null) {
        return ReadResult.skip(where, "bad-date", where + (id == null ? "" : " (id " + id + ")")
            + " has a date that cannot be read ('" + published + "'); skipped");
      }
      return ReadResult.of(article(d, null, line));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a row to a temporary file", e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          tmp.toFile().deleteOnExit();
        }
      }
    }
  }

  private static CorpusArticle article(Document d, String path, String json) {
    return new CorpusArticle(d.source(), path, json, d.title(), d.outlet(),
        d.published() == null ? null : d.published().toString(), d.url(), d.text());
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
  }

  static String firstLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String first = m.lines().findFirst().orElse(m);
    return first.length() > 200 ? first.substring(0, 200) + "..." : first;
  }
}
