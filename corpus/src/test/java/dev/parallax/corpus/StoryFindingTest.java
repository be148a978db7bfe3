package dev.parallax.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryFindingTest {
  @TempDir Path temp;

  @Test
  void theMixedCorpusSplitsBackIntoItsStories() throws Exception {
    assumeTrue(Files.isDirectory(MixedCorpus.EVAL), "the development set is not beside the repository");
    Path file = temp.resolve("mixed.jsonl");
    Map<String, String> truth = MixedCorpus.write(MixedCorpus.folders(true), file);
    CorpusJob.Grouped grouped = CorpusJob.group(LocalSpark.get(), List.of(file.toString()), CorpusCommand.DEFAULT_WINDOW,
        Progress.silent());
    Map<Long, String> sources = new HashMap<>(grouped.articles().mapValues(CorpusArticle::source).collectAsMap());
    List<String> expected = new ArrayList<>();
    List<String> found = new ArrayList<>();
    List<List<Long>> stories = grouped.grouping().stories();
    for (int s = 0; s < stories.size(); s++) {
      for (long uid : stories.get(s)) {
        String id = sources.get(uid).substring(sources.get(uid).lastIndexOf('/') + 1);
        expected.add(truth.get(id));
        found.add("story-" + s);
      }
    }
    double ari = MixedCorpus.adjustedRand(expected, found);
    System.out.printf(java.util.Locale.ROOT, "mixed corpus: %d articles, %d stories expected, %d found, adjusted Rand index %.3f%n",
        expected.size(), new java.util.TreeSet<>(expected).size(), stories.size(), ari);
    for (List<Long> story : stories) {
      List<String> members = new ArrayList<>();
      for (long uid : story) {
        String id = sources.get(uid).substring(sources.get(uid).lastIndexOf('/') + 1);
        members.add(truth.get(id));
      }
      System.out.println("  " + members);
    }
    assertTrue(expected.size() >= 80, "every article was read: " + expected.size());
    assertTrue(ari >= 0.9, "adjusted Rand index " + ari);
  }
}
