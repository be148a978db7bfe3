package dev.parallax.analysis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.analysis.ingest.InputCollector.Collected;
import dev.parallax.analysis.ingest.InputCollector.Input;
import dev.parallax.analysis.ingest.InputCollector.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {
  @TempDir Path dir;

  private static List<String> sources(Collected c) {
    return c.inputs().stream().map(Input::source).toList();
  }

  @Test
  void findsSupportedFilesInFoldersSortedAndLeavesOutHiddenFilesAndSidecars() throws IOException {
    Path news = Files.createDirectories(dir.resolve("news/sub"));
    Files.writeString(dir.resolve("news/b.txt"), "x");
    Files.writeString(dir.resolve("news/a.md"), "x");
    Files.writeString(dir.resolve("news/a.meta.json"), "{}");
    Files.writeString(news.resolve("c.html"), "x");
    Files.writeString(dir.resolve("news/.hidden.txt"), "x");
    Files.createDirectories(dir.resolve("news/.git"));
    Files.writeString(dir.resolve("news/.git/d.txt"), "x");
    String given = dir.resolve("news").toString();
    Collected c = InputCollector.collect(List.of(given + "/"));
    assertEquals(List.of(given + "/a.md", given + "/b.txt", given + "/sub/c.html"), sources(c));
    assertTrue(c.problems().isEmpty(), c.problems().toString());
  }

  @Test
  void leavesOutAStorysNotesInAFolderButReadsThemWhenNamed() throws IOException {
    Path story = Files.createDirectory(dir.resolve("story"));
    Files.writeString(story.resolve("a.txt"), "x");
    Files.writeString(story.resolve("README.md"), "x");
    Files.writeString(story.resolve("gold.json"), "{}");
    Files.writeString(story.resolve("readme-not.txt"), "x");
    Collected c = InputCollector.collect(List.of(story.toString()));
    assertEquals(List.of(story + "/a.txt", story + "/readme-not.txt"), sources(c));
    assertEquals(1, c.problems().size(), c.problems().toString());
    assertEquals("notes", c.problems().get(0).code());
    assertTrue(c.problems().get(0).message().contains("README.md, gold.json"), c.problems().get(0).message());
    assertTrue(!c.problems().get(0).fatal());
    String readme = story.resolve("README.md").toString();
    assertEquals(List.of(readme), sources(InputCollector.collect(List.of(readme))));
  }

  @Test
  void namesMissingPathsAndEmptyFoldersAndKeepsGoing() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.pdf"), "x");
    Path good = Files.writeString(dir.resolve("good.txt"), "x");
    String missing = dir.resolve("missing.txt").toString();
    Collected c = InputCollector.collect(List.of(missing, empty.toString(), good.toString()));
    assertEquals(List.of(good.toString()), sources(c));
    assertEquals(List.of(
            new Problem(missing, "missing", missing + " does not exist", true),
            new Problem(empty.toString(), "empty-folder",
                empty + " has no .txt, .md, .html or .json files (it has 1 file of other types: notes.pdf)", true)),
        c.problems());
  }

  @Test
  void saysWhichFilesOfOtherTypesAFolderHas() throws IOException {
    Path f = Files.createDirectory(dir.resolve("mixed"));
    Files.writeString(f.resolve("a.txt"), "x");
    for (String name : List.of("b.pdf", "c.docx", "d.png", "e.csv")) {
      Files.writeString(f.resolve(name), "x");
    }
    Collected c = InputCollector.collect(List.of(f.toString()));
    assertEquals(1, c.inputs().size());
    Problem p = c.problems().get(0);
    assertEquals("other-files", p.code());
    assertFalse(p.fatal());
    assertEquals(f + " has 4 files that are not .txt, .md, .html or .json, which were not read: b.pdf, c.docx, "
        + "d.png and 1 more", p.message());
  }

  @Test
  void aLinkThatLoopsIsAProblemNotACrash() throws IOException {
    Path f = Files.createDirectory(dir.resolve("loop"));
    Files.writeString(f.resolve("a.txt"), "x");
    Files.createSymbolicLink(f.resolve("again"), f);
    Collected c = InputCollector.collect(List.of(f.toString()));
    assertEquals(List.of(f + "/a.txt"), sources(c));
    assertEquals("unreadable", c.problems().get(0).code());
    assertTrue(c.problems().get(0).message().contains("loops"), c.problems().get(0).message());
  }

  @Test
  void givesEachFileOnce() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "x");
    Collected c = InputCollector.collect(List.of(a.toString(), a.toString()));
    assertEquals(1, c.inputs().size());
  }
}
