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

/** The synthetic story and {@code parallax bench}; no timings are checked, only what is printed and written. */
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
  void benchPrintsEachStageAndMemory() {
    CliRun run = CliRun.of("bench", "--seeds", "../seeds", "-n", "3", "--threads", "2");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.startsWith("parallax bench: 3 synthetic articles from "), out);
    for (String row : List.of("  read ", "  analyse ", "  claims ", "  encode ", "  align ", "  verdicts ", "  total ")) {
      assertTrue(out.contains(row), row + " in " + out);
    }
    assertTrue(out.contains("peak heap "), out);
  }

  @Test
  void generateOnlyKeepsTheStory() throws IOException {
    Path corpus = dir.resolve("story");
    CliRun run = CliRun.of("bench", "--seeds", "../seeds", "-n", "5", "--corpus", corpus.toString(), "--generate-only");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    try (Stream<Path> files = Files.list(corpus)) {
      assertEquals(5, files.count());
    }
  }

  @Test
  void aMissingSeedFolderIsAnInputError() {
    CliRun run = CliRun.of("bench", "--seeds", dir.resolve("none").toString());
    assertEquals(ExitCode.INPUT, run.exitCode());
    assertTrue(run.noStackTrace(), run.err());
  }
}
