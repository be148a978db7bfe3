package dev.parallax.analysis.align;

import dev.parallax.analysis.claim.ArticleText;
import dev.parallax.analysis.text.Sentence;
import dev.parallax.model.Reprint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds articles that carry the same copy: two articles are reprints of one text when at least
 * {@value #SHARE} of the shorter one's sentences (case, spacing and punctuation ignored) appear in
 * the other. Reprints count as one voice when agreement is counted. Groups are transitive and listed
 * in article order.
 */
public final class ReprintDetector {
  static final double SHARE = 0.6;

  public List<Reprint> detect(List<ArticleText> texts) {
    int n = texts.size();
    List<Set<String>> keys = new ArrayList<>(n);
    for (ArticleText t : texts) {
      Set<String> k = new HashSet<>();
      for (Sentence s : t.sentences()) {
        String key = s.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        if (key.length() >= 20) {
          k.add(key);
        }
      }
      keys.add(k);
    }
    int[] parent = new int[n];
    double[] best = new double[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    // Posting lists keep this near-linear: only articles that share a sentence are compared.
    java.util.Map<String, List<Integer>> postings = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String k : keys.get(i)) {
        postings.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < n; i++) {
      java.util.Map<Integer, Integer> shared = new java.util.TreeMap<>();
      for (String k : keys.get(i)) {
        for (int j : postings.get(k)) {
          if (j > i) {
            shared.merge(j, 1, Integer::sum);
          }
        }
      }
      for (var e : shared.entrySet()) {
        int j = e.getKey();
        int smaller = Math.min(keys.get(i).size(), keys.get(j).size());
        double share = smaller == 0 ? 0 : (double) e.getValue() / smaller;
        if (share >= SHARE) {
          union(parent, i, j);
          best[i] = Math.max(best[i], share);
          best[j] = Math.max(best[j], share);
        }
      }
    }
    java.util.Map<Integer, List<Integer>> groups = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
    }
    List<Reprint> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      if (g.size() < 2) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      double similarity = 1.0;
      for (int i : g) {
        ids.add(texts.get(i).article().id());
        similarity = Math.min(similarity, best[i]);
      }
      out.add(new Reprint(ids, Math.round(similarity * 1000) / 1000.0));
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
