package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Article;
import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallax compare --each DIR}: stories made of the seeds, two that can be compared and one
 * that cannot, in one run.
 */
class CompareEachTest {
  /** A note written like an article, so that reading it as one would show in the report. */
  private static final String GOLD = """
      # Reference findings

      The Torkham border crossing between Pakistan and Afghanistan reopened on Tuesday after two days of talks,
      officials said. Hundreds of trucks carrying fruit and coal crossed in the first hours.
      """;

  @TempDir static Path dir;
  static Path stories;
  static Path out;
  static CliRun run;

  @BeforeAll
  static void compareEach() throws IOException {
    stories = dir.resolve("stories");
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
      seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    copy(seeds.subList(0, 3), stories.resolve("alpha"));
    Files.writeString(stories.resolve("alpha").resolve("GOLD.md"), GOLD);
    Files.writeString(stories.resolve("alpha").resolve("gold.json"), "{\"required\": []}\n");
    copy(seeds.subList(3, 5), stories.resolve("beta"));
    copy(seeds.subList(0, 1), stories.resolve("lonely"));
    Files.writeString(stories.resolve("README.md"), GOLD);
    Files.createDirectories(stories.resolve(".hidden"));
    out = dir.resolve("reports");
    run = CliRun.of("compare", "--each", stories.toString(), "-o", out.toString(), "--threads", "2");
  }

  private static void copy(List<Path> files, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (Path f : files) {
      Files.copy(f, folder.resolve(f.getFileName()));
    }
  }

  private static Report report(String story) throws IOException {
    return new ReportCodec().read(out.resolve(story).resolve("report.json"));
  }

  @Test
  void eachStoryGetsAReportFolderAsCompareWritesIt() throws IOException {
    for (String story : List.of("alpha", "beta")) {
      Path folder = out.resolve(story);
      for (String file : List.of("report.json", "report.md", "report.html")) {
        assertTrue(Files.isRegularFile(folder.resolve(file)), folder.resolve(file).toString());
      }
      assertTrue(Files.isDirectory(folder.resolve("charts")), story);
    }
    assertEquals(3, report("alpha").articles().size());
    assertEquals(2, report("beta").articles().size());
    try (Stream<Path> written = Files.list(out)) {
      assertEquals(List.of("alpha", "beta"), written.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void notesAreNotArticlesAndArticlesAreNamedAsOnTheCommandLine() throws IOException {
    for (Article a : report("alpha").articles()) {
      assertTrue(a.source().startsWith(stories.resolve("alpha") + "/"), a.source());
      assertTrue(a.source().endsWith(".txt"), a.source());
    }
    assertTrue(run.out().contains("Not read as articles (--exclude): GOLD.md, gold.json."), run.out());
  }

  @Test
  void aStoryWithOneArticleIsNamedAndSkippedAndTheRunSaysSo() {
    assertEquals(ExitCode.INPUT, run.exitCode(), run.err());
    assertTrue(run.noStackTrace(), run.err());
    assertTrue(run.err().contains("parallax: " + stories.resolve("lonely")
        + ": only one article could be read (" + stories.resolve("lonely") + "/"), run.err());
    assertTrue(run.err().contains("so there is nothing to compare; skipped"), run.err());
    assertFalse(Files.exists(out.resolve("lonely")));
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith("alpha: 3 articles; "), run.out());
    assertTrue(lines.get(1).startsWith("beta: 2 articles; "), run.out());
    assertTrue(run.out().contains("Compared 2 of 3 stories; the reports are in " + out + "; failed: lonely."), run.out());
  }

  /** One pipeline for every story gives the same bytes as a compare of each story's files on its own. */
  @Test
  void aStoryIsReportedAsACompareOfItsFilesReportsIt() throws IOException {
    List<String> args = new ArrayList<>(List.of("compare"));
    try (Stream<Path> files = Files.list(stories.resolve("beta"))) {
      files.map(Path::toString).sorted().forEach(args::add);
    }
    Path single = dir.resolve("single");
    args.addAll(List.of("-o", single.toString(), "--format", "json", "--threads", "1"));
    CliRun compare = CliRun.of(args.toArray(String[]::new));
    assertEquals(ExitCode.OK, compare.exitCode(), compare.err());
    assertArrayEquals(Files.readAllBytes(single.resolve("report.json")),
        Files.readAllBytes(out.resolve("beta").resolve("report.json")));
  }

  /** {@code --each stories -o stories/reports}, run twice: the second run does not take its reports for a story. */
  @Test
  void anOutputFolderAmongTheStoriesIsNotAStory() throws IOException {
    Path inside = dir.resolve("inside");
    copy(List.of(Path.of("..", "seeds", "003_ce16dbe9c2b4f556.txt"), Path.of("..", "seeds", "004_6b9f5310744832d8.txt")),
        inside.resolve("beta"));
    Path reports = inside.resolve("reports");
    String[] args = {"compare", "--each", inside.toString(), "-o", reports.toString(), "--format", "json", "--threads", "1"};
    CliRun first = CliRun.of(args);
    assertEquals(ExitCode.OK, first.exitCode(), first.err());
    CliRun second = CliRun.of(args);
    assertEquals(ExitCode.OK, second.exitCode(), second.err());
    assertTrue(second.err().contains("parallax: " + reports + " is the output folder (-o), not a story; left out"),
        second.err());
    assertTrue(second.out().contains("Compared 1 story; the reports are in " + reports + "."), second.out());
    try (Stream<Path> written = Files.list(reports)) {
      assertEquals(List.of("beta"), written.map(p -> p.getFileName().toString()).sorted().toList());
    }
    // Reports written into the story folders themselves are left out when the stories are read again.
    Path own = dir.resolve("own");
    copy(List.of(Path.of("..", "seeds", "003_ce16dbe9c2b4f556.txt"), Path.of("..", "seeds", "004_6b9f5310744832d8.txt")),
        own.resolve("beta"));
    String[] intoStories = {"compare", "--each", own.toString(), "-o", own.toString(), "--format", "json", "--threads", "1"};
    CliRun once = CliRun.of(intoStories);
    assertEquals(ExitCode.OK, once.exitCode(), once.err());
    assertTrue(Files.isRegularFile(own.resolve("beta").resolve("report.json")));
    CliRun twice = CliRun.of(intoStories);
    assertEquals(ExitCode.OK, twice.exitCode(), twice.err());
    assertEquals(2, new ReportCodec().read(own.resolve("beta").resolve("report.json")).articles().size());
  }

  @Test
  void theCommandLineIsCheckedBeforeAnythingIsRead() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("no-stories"));
    Files.writeString(empty.resolve("loose.txt"), GOLD);
    String missing = dir.resolve("missing").toString();
    assertUsage(CliRun.of("compare", "a.txt", "--each", stories.toString()), "give either PATHs or --each DIR, not both");
    assertUsage(CliRun.of("compare", "a.txt", "--exclude", "x.*"), "--exclude applies only with --each");
    assertUsage(CliRun.of("compare"), "Missing required parameter: 'PATH' (or --each DIR)");
    assertOneLine(CliRun.of("compare", "--each", stories.toString(), "--exclude", "a/b"), ExitCode.USAGE,
        "--exclude takes file-name patterns such as 'README.*', got 'a/b'");
    assertOneLine(CliRun.of("compare", "--each", missing), ExitCode.INPUT, missing + " does not exist");
    assertOneLine(CliRun.of("compare", "--each", empty.toString()), ExitCode.INPUT, empty + " has no folders in it");
    assertOneLine(CliRun.of("compare", "--each", "https://example.org/stories"), ExitCode.USAGE,
        "https://example.org/stories is a web address, and Parallax does not fetch pages");
  }

  private static void assertUsage(CliRun run, String expected) {
    assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("parallax: " + expected), run.err());
    assertTrue(run.err().contains("Run 'parallax compare --help' for usage."), run.err());
  }

  private static void assertOneLine(CliRun run, int code, String expected) {
    assertEquals(code, run.exitCode(), run.err());
    assertTrue(run.noStackTrace(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().startsWith("parallax: " + expected), run.err());
  }
}
