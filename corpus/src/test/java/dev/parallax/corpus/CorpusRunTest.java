package dev.parallax.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cli.Parallax;
import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One corpus run in local mode over three of the test stories (as a folder of story folders), one
 * story as JSON Lines, one as Parquet, bad rows and an unreadable Parquet file; then each compared
 * story against {@code parallax compare} on the same articles.
 */
class CorpusRunTest {
  @TempDir static Path temp;
  static Path out;
  static CorpusRun.Result result;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void run() throws Exception {
    Path stories = MixedCorpus.ROOT.resolve("analysis/src/test/resources/stories");
    Path folders = temp.resolve("folders");
    for (String story : List.of("vote", "quake", "flood")) {
      Path to = Files.createDirectories(folders.resolve(story));
      try (Stream<Path> s = Files.list(stories.resolve(story))) {
        for (Path f : s.toList()) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
    MixedCorpus.write(List.of(stories.resolve("protest")), temp.resolve("protest-rows.jsonl"));
    Path jsonl = temp.resolve("rows.jsonl");
    String good = Files.readString(temp.resolve("protest-rows.jsonl"), StandardCharsets.UTF_8);
    Files.writeString(jsonl, good
        + "{\"id\": \"cut\", \"outlet\": \"Somewhere\", \"text\": \"The line ends before\n"
        + "{\"id\": \"blank\", \"outlet\": \"Nowhere\", \"title\": \"Empty\", \"text\": \"  \"}\n"
        + "{\"id\": \"when\", \"outlet\": \"Nowhere\", \"published\": \"the day after\", \"text\": \"A short text about nothing.\"}\n",
        StandardCharsets.UTF_8);
    Path rows = temp.resolve("distinct-rows.jsonl");
    MixedCorpus.write(List.of(stories.resolve("distinct-values")), rows);
    SparkSession spark = LocalSpark.get();
    spark.read().json(rows.toString()).write().mode(SaveMode.Overwrite).parquet(temp.resolve("distinct.parquet").toString());
    Files.write(temp.resolve("broken.parquet"), "not parquet at all".getBytes(StandardCharsets.UTF_8));
    out = temp.resolve("out");
    result = CorpusRun.run(spark, new CorpusRun.Options(List.of(folders.toString(), jsonl.toString(),
        temp.resolve("distinct.parquet").toString(), temp.resolve("broken.parquet").toString()), out,
        CorpusCommand.DEFAULT_WINDOW, 2), Progress.silent());
  }

  @Test
  void eachStoryFoundHoldsArticlesOfOneStoryAndIsCompared() {
    List<String> found = new ArrayList<>();
    for (StoryTable.Story s : result.stories()) {
      java.util.Set<String> origins = new java.util.TreeSet<>();
      for (long u : s.uids()) {
        String source = result.meta().get(u).source();
        origins.add(source.contains(".jsonl/") ? "protest" : source.contains(".parquet") ? "distinct-values"
            : source.substring(0, source.lastIndexOf('/')));
      }
      found.add(s.id() + " " + origins);
      assertEquals(1, origins.size(), "one story's articles only: " + found);
    }
    // the five stories; the flood's "Province mourns" names no one the others name, so it may stand alone
    assertTrue(result.stories().size() >= 5 && result.stories().size() <= 6, String.join("\n", found));
    long compared = result.outcomes().values().stream().filter(o -> o.error() == null).count();
    assertTrue(compared >= 5, "compared " + compared);
    result.outcomes().values().forEach(o -> assertEquals(null, o.error(), o.story()));
  }

  @Test
  void badRowsAreCountedNamedAndSkipped() throws Exception {
    Map<String, String> codes = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("skipped.jsonl"))) {
      JsonNode n = JSON.readTree(line);
      codes.put(n.get("source").asText().replace(temp.toString(), ""), n.get("code").asText());
    }
    assertEquals(Map.of(
        "/rows.jsonl:3", "bad-json",
        "/rows.jsonl:4", "no-text",
        "/rows.jsonl:5", "bad-date",
        "/broken.parquet", "unreadable-parquet"), codes);
    String index = Files.readString(out.resolve("index.html"));
    assertTrue(index.contains("Left out (4)"), "the index page names the rows left out");
    assertTrue(index.contains("rows.jsonl:5 (id when) has a date that cannot be read"));
  }

  @Test
  void tablesHoldEveryArticleAndTheFindingsOfEachStory() throws Exception {
    List<String> articles = Files.readAllLines(out.resolve("articles.jsonl"));
    assertEquals(result.meta().size(), articles.size());
    assertEquals(17, articles.size(), "2 + 3 + 6 + 2 + 4 articles");
    List<String> stories = Files.readAllLines(out.resolve("stories.jsonl"));
    assertEquals(result.stories().size(), stories.size());
    assertTrue(Files.readAllLines(out.resolve("findings.jsonl")).size() > 5);
    assertTrue(Files.readAllLines(out.resolve("claims.jsonl")).size() > 20);
    long parquet = LocalSpark.get().read().parquet(out.resolve("parquet/findings").toString()).count();
    assertEquals(Files.readAllLines(out.resolve("findings.jsonl")).size(), parquet);
    String index = Files.readString(out.resolve("index.html"));
    for (StoryTable.Story s : result.stories()) {
      assertTrue(index.contains("id=\"" + s.id() + "\""), s.id() + " is on the index page");
    }
    assertEquals(2, result.reports().size());
    for (String story : result.reports()) {
      assertTrue(Files.isRegularFile(out.resolve("reports").resolve(story).resolve("report.html")));
      assertTrue(Files.isRegularFile(out.resolve("reports").resolve(story).resolve("report.md")));
    }
  }

  @Test
  void theQuakeReprintIsMarked() throws Exception {
    int marked = 0;
    for (String line : Files.readAllLines(out.resolve("articles.jsonl"))) {
      JsonNode n = JSON.readTree(line);
      if (n.has("reprintOf")) {
        marked++;
        assertTrue(n.get("source").asText().contains("/quake/"), line);
        assertTrue(n.get("reprintOf").asText().contains("/quake/"), line);
      }
    }
    assertEquals(1, marked, "one of the two copies is marked as the other's reprint");
  }

  /** For each story, the findings of corpus equal those of compare on the same articles. */
  @Test
  void findingsEqualThoseOfCompareOnTheSameArticles() throws Exception {
    Map<String, List<String>> sourcesOf = new HashMap<>();
    for (StoryTable.Story s : result.stories()) {
      List<String> sources = new ArrayList<>();
      s.uids().forEach(u -> sources.add(result.meta().get(u).source()));
      sourcesOf.put(s.id(), sources);
    }
    Map<String, List<JsonNode>> corpusFindings = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("findings.jsonl"))) {
      JsonNode n = JSON.readTree(line);
      corpusFindings.computeIfAbsent(n.get("story").asText(), k -> new ArrayList<>()).add(n);
    }
    int checked = 0;
    for (StoryTable.Story s : result.stories()) {
      if (!s.comparable()) {
        continue;
      }
      List<String> sources = sourcesOf.get(s.id());
      List<String> args = new ArrayList<>(List.of("compare", "--format", "json", "-o", temp.resolve("compare-" + s.id()).toString()));
      if (sources.get(0).contains(".jsonl/") || sources.get(0).contains(".parquet/")) {
        // rows: compare reads the same rows saved as .json articles, named by their ids
        Path dir = Files.createDirectories(temp.resolve("rows-" + s.id()));
        for (String source : sources) {
          String id = source.substring(source.lastIndexOf('/') + 1);
          args.add(Files.writeString(dir.resolve(id + ".json"), rowOf(source)).toString());
        }
      } else {
        args.addAll(sources); // the story's article files, in order of name, as compare reads a folder
      }
      StringWriter o = new StringWriter();
      StringWriter e = new StringWriter();
      assertEquals(0, Parallax.run(args.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e)), e.toString());
      Report compare = new ReportCodec().read(temp.resolve("compare-" + s.id()).resolve("report.json"));
      List<JsonNode> mine = corpusFindings.getOrDefault(s.id(), List.of());
      assertEquals(compare.findings().size(), mine.size(), s.id());
      Map<String, JsonNode> byId = new HashMap<>();
      mine.forEach(m -> byId.put(m.get("finding").asText(), m));
      for (var f : compare.findings()) {
        JsonNode m = byId.get(f.id());
        assertNotNull(m, s.id() + " " + f.id());
        assertEquals(f.kind().name(), m.get("kind").asText(), s.id() + " " + f.id());
        assertEquals(f.claimIds().toString(), listOf(m.get("claims")).toString(), s.id() + " " + f.id());
        assertEquals(f.explanation(), m.get("explanation").asText(), s.id() + " " + f.id());
        assertEquals(f.confidence(), m.get("confidence").asDouble(), 0.0, s.id() + " " + f.id());
      }
      if (result.reports().contains(s.id())) {
        Report written = new ReportCodec().read(out.resolve("reports").resolve(s.id()).resolve("report.json"));
        assertEquals(compare.findings(), written.findings(), s.id() + ": the report folder holds compare's findings");
      }
      checked++;
    }
    assertEquals(result.stories().stream().filter(StoryTable.Story::comparable).count(), checked);
  }

  private static String rowOf(String source) throws Exception {
    String file = source.substring(0, source.lastIndexOf('/'));
    String id = source.substring(source.lastIndexOf('/') + 1);
    Path jsonl = file.endsWith(".parquet") ? temp.resolve("distinct-rows.jsonl") : Path.of(file);
    for (String line : Files.readAllLines(jsonl)) {
      if (line.startsWith("{\"id\":\"" + id + "\"")) {
        return line;
      }
    }
    throw new AssertionError("no row " + source);
  }

  private static List<String> listOf(JsonNode array) {
    assertNotNull(array);
    assertFalse(array.isEmpty());
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }
}
