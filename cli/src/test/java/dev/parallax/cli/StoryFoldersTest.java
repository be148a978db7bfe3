package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders are stories and which of their files are articles, in {@code compare --each}. */
class StoryFoldersTest {
  @TempDir Path dir;

  private void touch(String name) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, "text\n");
  }

  @Test
  void storiesAreTheVisibleFoldersInOrderOfNameAndArticlesAreNamedWithTheFolderAsGiven() throws IOException {
    for (String f : List.of("b/one.txt", "a/z.md", "a/sub/y.html", "a/x.json", "a/x.meta.json", "a/.draft.txt",
        "a/script.py", ".git/HEAD.txt", "README.md", "c/README.txt")) {
      touch(f);
    }
    List<StoryFolders.Story> stories = StoryFolders.list(dir + "/");
    assertEquals(List.of("a", "b", "c"), stories.stream().map(StoryFolders.Story::name).toList());
    StoryFolders.Contents a = StoryFolders.read(stories.get(0), StoryFolders.notes(List.of("readme.*")));
    assertEquals(List.of(dir + "/a/sub/y.html", dir + "/a/x.json", dir + "/a/z.md"), a.articles());
    StoryFolders.Contents c = StoryFolders.read(stories.get(2), StoryFolders.notes(List.of("readme.*")));
    assertEquals(List.of(), c.articles());
    assertEquals(List.of("README.txt"), c.notes());
  }

  @Test
  void notesAreMatchedByWholeNameInAnyCase() throws IOException {
    for (String f : List.of("s/GOLD.md", "s/gold.json", "s/Gold-Coast-Bulletin.txt", "s/readme.MD", "s/notes/NOTES.txt",
        "s/licence.txt")) {
      touch(f);
    }
    StoryFolders.Story s = StoryFolders.list(dir.toString()).get(0);
    StoryFolders.Contents c =
        StoryFolders.read(s, StoryFolders.notes(List.of(StoryFolders.DEFAULT_NOTES.split(","))));
    assertEquals(List.of(dir + "/s/Gold-Coast-Bulletin.txt", dir + "/s/licence.txt"), c.articles());
    assertEquals(List.of("GOLD.md", "gold.json", "notes/NOTES.txt", "readme.MD"), c.notes());
  }
}
