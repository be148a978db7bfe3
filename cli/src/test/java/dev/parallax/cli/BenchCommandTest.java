package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench stories and {@code parallax bench}; no timings are checked, only what is printed and written. */
class BenchCommandTest {
  @TempDir Path dir;

  private static List<String> pool() {
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      pool.add("Sentence " + i + " says that 1,250 people crossed on 3 December 2024 and 2.5 tonnes moved.");
    }
    return pool;
  }

  @Test
  void theSameSeedWritesTheSameFiles() throws IOException {
    List<Path> a = new BenchCorpus(pool(), 7).write(4, dir.resolve("a"));
    List<Path> b = new BenchCorpus(pool(), 7).write(4, dir.resolve("b"));
    List<Path> c = new BenchCorpus(pool(), 8).write(4, dir.resolve("c"));
    assertEquals(4, a.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(Files.readString(a.get(i)), Files.readString(b.get(i)));
    }
    assertNotEquals(Files.readString(a.get(0)), Files.readString(c.get(0)));
    String text = Files.readString(a.get(0));
    assertTrue(text.startsWith("---\ntitle: Synthetic report 1 on the story\noutlet: Bench Outlet "), text);
    long sentences = text.lines().skip(5).flatMap(l -> Stream.of(l.split("(?<=\\.) "))).filter(s -> !s.isBlank()).count();
    assertTrue(sentences >= BenchCorpus.MIN_SENTENCES && sentences <= BenchCorpus.MAX_SENTENCES, "sentences " + sentences);
  }

  @Test
  void changesNumbersButNotYears() {
    Random random = new Random(3);
    String s = "Some 1,250 people crossed on 3 December 2024, and 2.5 tonnes moved.";
    String p = BenchCorpus.perturb(s, random);
    assertNotEquals(s, p);
    assertTrue(p.matches("Some \\d{1,3}(,\\d{3})* people crossed on \\d+ December 2024, and \\d+\\.\\d tonnes moved\\."), p);
  }

  @Test
  void benchPrintsEachStageTheEncodersHitRateAndMemory() {
    CliRun run = CliRun.of("bench", "--synthetic", "3", "--seeds", "../seeds", "--threads", "2");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.startsWith("parallax bench: synthetic story (repeated text), 3 articles from "), out);
    for (String row : List.of("  read ", "  analyse ", "  claims ", "  encode ", "  align ", "  verdicts ", "  total ")) {
      assertTrue(out.contains(row), row + " in " + out);
    }
    assertTrue(out.matches("(?s).*\\n  encode .* texts asked, [\\d,]+ encoded \\([\\d,]+ words\\), cache hit rate \\d+%\\n.*"), out);
    assertTrue(out.contains("  encoder, whole run: "), out);
    assertTrue(out.contains("peak heap "), out);
  }

  @Test
  void benchAnalysesAFolderAsItIs() {
    CliRun run = CliRun.of("bench", "--corpus", "../seeds", "--threads", "1");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("parallax bench: the folder ../seeds, as it is\n"), run.out());
    assertTrue(run.out().contains("run 1: 5 articles, "), run.out());
  }

  @Test
  void generateOnlyKeepsTheStory() throws IOException {
    Path corpus = dir.resolve("story");
    CliRun run = CliRun.of("bench", "--synthetic", "5", "--seeds", "../seeds", "--write", corpus.toString(),
        "--generate-only");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    try (Stream<Path> files = Files.list(corpus)) {
      assertEquals(5, files.count());
    }
  }

  @Test
  void aMissingSeedFolderIsAnInputError() {
    CliRun run = CliRun.of("bench", "--synthetic", "3", "--seeds", dir.resolve("none").toString());
    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(run.noStackTrace(), run.err());
  }

  @Test
  void aFolderToAnalyseDoesNotGoWithAGeneratedStory() {
    CliRun run = CliRun.of("bench", "--corpus", "../seeds", "--synthetic", "3");
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.err().contains("--corpus DIR analyses a folder as it is"), run.err());
  }

  /** A small evaluation folder: one story of two articles, BABE rows in two topics (one repeated), NewsMTSC lines. */
  private Path evalData() throws IOException {
    Path eval = dir.resolve("eval");
    Path story = Files.createDirectories(eval.resolve("stories").resolve("flood-2024"));
    Files.writeString(story.resolve("harbor-times.txt"), "Title: Flood\nOutlet: Harbor Times\n\nThe river rose.\n");
    Files.writeString(story.resolve("gold.json"), "{}");
    Files.writeString(story.resolve("valley-post.txt"), "Title: Flood\nOutlet: Valley Post\n\nThe river fell.\n");
    Path bias = Files.createDirectories(eval.resolve("bias"));
    StringBuilder csv = new StringBuilder("\uFEFFtext;news_link;outlet;topic;type;label_bias\n");
    for (int i = 0; i < 30; i++) {
      String topic = i < 20 ? "taxes" : "vaccine";
      csv.append('"').append("Sentence ").append(i).append(" on ").append(topic).append(", \"\"quoted\"\"; with a semicolon.\"")
          .append(";https://example.org/").append(i).append(";").append(i % 3 == 0 ? "Fox News" : "Reuters").append(';')
          .append(topic).append(";left;Biased\n");
    }
    csv.append("\"Sentence 3 on taxes, \"\"quoted\"\"; with a semicolon.\";x;Reuters;taxes;left;Biased\n");
    csv.append("\"A sentence across\ntwo lines.\";x;Reuters;vaccine;left;Biased\n");
    Files.writeString(bias.resolve("babe-sg2.csv"), csv.toString());
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 13; i++) {
      jsonl.append("{\"primary_gid\": \"x").append(i).append("\", \"sentence_normalized\": \"Targeted sentence ").append(i)
          .append(" names Ana.\", \"targets\": []}\n");
    }
    Files.writeString(bias.resolve("newsmtsc-devtest-mt.jsonl"), jsonl.toString());
    return eval;
  }

  @Test
  void theDistinctStoryTakesTheStoriesThenTheSentencesByTopicEachOnce() throws IOException {
    DistinctStory story = DistinctStory.read(evalData());
    assertEquals(List.of("flood-2024--harbor-times.txt", "flood-2024--valley-post.txt"),
        story.stories().stream().map(DistinctStory.Article::name).toList());
    // A topic's sentences make articles of 24; a topic with fewer makes one shorter article.
    assertEquals(List.of("newsmtsc-01.md", "taxes-01.md", "vaccine-01.md"),
        story.made().stream().map(DistinctStory.Article::name).toList());
    String taxes = story.made().get(1).text();
    assertTrue(taxes.startsWith("---\ntitle: taxes, part 1\noutlet: Reuters\ndate: 2024-12-03\n---\n\n"
        + "Sentence 0 on taxes, \"quoted\"; with a semicolon. Sentence 1 on taxes"), taxes);
    assertEquals(1, taxes.split("Sentence 3 on taxes", -1).length - 1, taxes);
    assertTrue(story.made().get(2).text().endsWith("\n\nA sentence across two lines.\n"), story.made().get(2).text());
    List<Path> files = story.write(5, dir.resolve("out"));
    assertEquals(List.of("0001-flood-2024--harbor-times.txt", "0002-flood-2024--valley-post.txt", "0003-newsmtsc-01.md",
        "0004-taxes-01.md", "0005-vaccine-01.md"), files.stream().map(p -> p.getFileName().toString()).toList());
    assertEquals("Title: Flood\nOutlet: Harbor Times\n\nThe river rose.\n", Files.readString(files.get(0)));
    List<Path> again = DistinctStory.read(dir.resolve("eval")).write(5, dir.resolve("again"));
    for (int i = 0; i < files.size(); i++) {
      assertEquals(Files.readString(files.get(i)), Files.readString(again.get(i)));
    }
  }

  @Test
  void theDistinctStoryIsTheDefaultAndSaysHowItIsMade() throws IOException {
    Path out = dir.resolve("written");
    CliRun run = CliRun.of("bench", "--eval", evalData().toString(), "-n", "4", "--write", out.toString(),
        "--generate-only");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("parallax bench: distinct text (no sentence repeats), 4 articles: 2 of the stories "
        + "in "), run.out());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(4, files.count());
    }
    CliRun tooMany = CliRun.of("bench", "--eval", dir.resolve("eval").toString(), "-n", "9", "--generate-only",
        "--write", dir.resolve("more").toString());
    assertEquals(ExitCode.INPUT, tooMany.exitCode());
    assertTrue(tooMany.err().contains("gives at most 5 articles of distinct text, not 9"), tooMany.err());
  }

  @Test
  void withoutTheEvaluationDataTheBenchFallsBackToTheSyntheticStory() throws IOException {
    Path out = dir.resolve("fallback");
    CliRun run = CliRun.of("bench", "--eval", dir.resolve("none").toString(), "-n", "3", "--seeds", "../seeds",
        "--write", out.toString(), "--generate-only");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("parallax bench: no story of distinct text (" + dir.resolve("none") + " does not exist;"
        + " give the evaluation data with --eval DIR); measuring the synthetic story of repeated text instead\n"
        + "parallax bench: synthetic story (repeated text), 3 articles from "), run.out());
  }
}
