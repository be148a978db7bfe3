package dev.parallax.analysis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  @Test
  void fileStemsNameTheArticles() {
    assertEquals(List.of("reuters", "al-jazeera", "000_8e81"),
        ArticleIds.of(List.of("story/reuters.txt", "story/al jazeera.html", "seeds/000_8e81.txt")));
  }

  @Test
  void sharedStemsAreNumberedInInputOrder() {
    assertEquals(List.of("story-1", "Story-2", "other"),
        ArticleIds.of(List.of("a/story.txt", "b/Story.md", "other.txt")));
  }

  @Test
  void numberingSkipsAStemThatIsAlreadyAFileName() {
    assertEquals(List.of("story-2", "story-3", "story-1"),
        ArticleIds.of(List.of("a/story.txt", "b/story.txt", "story-1.txt")));
  }

  @Test
  void oddNamesStillGiveAnId() {
    assertEquals(List.of("article", "a-b-c"), ArticleIds.of(List.of("-", "dir\\a b.c.txt")));
  }
}
