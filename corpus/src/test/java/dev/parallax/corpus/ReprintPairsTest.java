package dev.parallax.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The exact similarity that decides a reprint candidate of banded MinHash LSH. */
class ReprintPairsTest {
  @Test
  void jaccardOfSortedSets() {
    assertEquals(1.0, StoryFinder.jaccard(new int[] {1, 5, 9}, new int[] {1, 5, 9}));
    assertEquals(0.5, StoryFinder.jaccard(new int[] {1, 2, 3}, new int[] {2, 3, 4}));
    assertEquals(0.0, StoryFinder.jaccard(new int[] {1, 2}, new int[] {3, 4}));
    assertEquals(0.0, StoryFinder.jaccard(new int[] {}, new int[] {}));
    assertEquals(0.25, StoryFinder.jaccard(new int[] {7}, new int[] {1, 3, 7, 9}));
  }

  @Test
  void bandsFindPairsAtTheThresholdAndSeldomBelow() {
    // 1 - (1 - J^rows)^bands: the chance that a pair of similarity J shares a band
    double atThreshold = 1 - Math.pow(1 - Math.pow(StoryFinder.REPRINT, StoryFinder.ROWS), StoryFinder.BANDS);
    double templated = 1 - Math.pow(1 - Math.pow(0.2, StoryFinder.ROWS), StoryFinder.BANDS);
    assertEquals(0.94, atThreshold, 0.01);
    assertEquals(0.03, templated, 0.01);
  }
}
