package dev.parallax.analysis.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Article ids a reader can trace back to the files: the file's name without its extension
 * ({@code reuters.txt} is {@code reuters}), with characters other than letters, digits, '-' and '_'
 * replaced by '-'. A stem that two inputs share (a folder's {@code story.txt} and another's) is
 * numbered in input order ({@code story-1}, {@code story-2}), so ids are unique and the same for the
 * same input. Stateless.
 */
final class ArticleIds {
  private ArticleIds() {}

  /** One id per source path, in the same order. */
  static List<String> of(List<String> sources) {
    List<String> stems = new ArrayList<>(sources.size());
    Map<String, Integer> count = new HashMap<>();
    for (String s : sources) {
      String stem = stem(s);
      stems.add(stem);
      count.merge(stem.toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    Set<String> taken = new HashSet<>();
    Map<String, Integer> next = new HashMap<>();
    List<String> out = new ArrayList<>(sources.size());
    for (String stem : stems) {
      String key = stem.toLowerCase(Locale.ROOT);
      String id = stem;
      if (count.get(key) > 1) {
        do {
          id = stem + "-" + next.merge(key, 1, Integer::sum);
        } while (count.containsKey(id.toLowerCase(Locale.ROOT)) || taken.contains(id.toLowerCase(Locale.ROOT)));
      }
      taken.add(id.toLowerCase(Locale.ROOT));
      out.add(id);
    }
    return out;
  }

  /** The file name without directories and extension, reduced to letters, digits, '-' and '_'. */
  static String stem(String source) {
    String name = source.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    String clean = name.replaceAll("[^\\p{L}\\p{N}_-]+", "-").replaceAll("^-+|-+$", "");
    return clean.isEmpty() ? "article" : clean;
  }
}
