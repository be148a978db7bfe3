package dev.parallax.corpus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stories of a corpus as the driver numbers and explains them: ids in order of first date (stories
 * without a date last) and then of first article, so the same corpus gets the same ids.
 */
final class StoryTable {
  private StoryTable() {}

  /** What the driver keeps of an article. */
  record Meta(String source, String outlet, String published, String title) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * One story and why its articles were grouped.
   *
   * @param id {@code story-0001}, ...
   * @param uids its articles, in order of source
   * @param outlets its outlets, sorted ("unknown outlet" for articles that name none)
   * @param outletCount distinct outlets, counting each article without an outlet as one of its own
   * @param first the earliest publication date, or null
   * @param last the latest publication date, or null
   * @param names the names most of its articles share, rarest first (at most six)
   * @param dates the days two or more of its articles name (at most four)
   * @param similarity the mean cosine of title-and-lead vectors over the story's links, or null for one article
   * @param minSimilarity the smallest such cosine, or null
   * @param links how many pairs of articles were linked
   * @param reprints groups of articles that carry one copy, as sources
   */
  record Story(String id, List<Long> uids, List<String> outlets, int outletCount, String first, String last,
      List<String> names, List<String> dates, Double similarity, Double minSimilarity, int links,
      List<List<String>> reprints) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Stories of one outlet are listed, not compared. */
    boolean comparable() {
      return outletCount >= 2;
    }
  }

  static List<Story> of(StoryFinder.Grouping g, Map<Long, Meta> meta) {
    List<List<Long>> groups = new ArrayList<>();
    for (List<Long> s : g.stories()) {
      List<Long> sorted = new ArrayList<>(s);
      sorted.sort(Comparator.comparing(u -> meta.get(u).source()));
      groups.add(sorted);
    }
    groups.sort(Comparator.comparing((List<Long> s) -> first(s, meta) == null ? "9999-99-99" : first(s, meta))
        .thenComparing(s -> meta.get(s.get(0)).source()));
    Map<Long, Integer> storyOf = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      for (long u : groups.get(i)) {
        storyOf.put(u, i);
      }
    }
    Map<Integer, List<StoryFinder.Link>> links = new HashMap<>();
    for (StoryFinder.Link l : g.links()) {
      links.computeIfAbsent(storyOf.get(l.a()), k -> new ArrayList<>()).add(l);
    }
    Map<Integer, List<List<String>>> reprints = new HashMap<>();
    for (List<Long> r : g.reprints()) {
      List<String> sources = new ArrayList<>();
      for (long u : r) {
        sources.add(meta.get(u).source());
      }
      sources.sort(null);
      reprints.computeIfAbsent(storyOf.get(r.get(0)), k -> new ArrayList<>()).add(sources);
    }
    List<Story> out = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      List<Long> uids = groups.get(i);
      Set<String> outlets = new TreeSet<>();
      Set<String> distinct = new HashSet<>();
      String last = null;
      for (long u : uids) {
        Meta m = meta.get(u);
        outlets.add(m.outlet() == null ? "unknown outlet" : m.outlet());
        distinct.add(m.outlet() == null ? "\u0000" + m.source() : m.outlet().toLowerCase(Locale.ROOT));
        if (m.published() != null && (last == null || m.published().compareTo(last) > 0)) {
          last = m.published();
        }
      }
      List<StoryFinder.Link> ls = links.getOrDefault(i, List.of());
      Double mean = null;
      Double min = null;
      if (!ls.isEmpty()) {
        double sum = 0;
        double lo = 1;
        for (StoryFinder.Link l : ls) {
          sum += l.cosine();
          lo = Math.min(lo, l.cosine());
        }
        mean = Math.round(100 * sum / ls.size()) / 100.0;
        min = lo;
      }
      out.add(new Story(String.format(Locale.ROOT, "story-%04d", i + 1), List.copyOf(uids), List.copyOf(outlets),
          distinct.size(), first(uids, meta), last, names(uids, g), dates(uids, g), mean, min, ls.size(),
          reprints.getOrDefault(i, List.of())));
    }
    return out;
  }

  private static String first(List<Long> uids, Map<Long, Meta> meta) {
    String first = null;
    for (long u : uids) {
      String p = meta.get(u).published();
      if (p != null && (first == null || p.compareTo(first) < 0)) {
        first = p;
      }
    }
    return first;
  }

  /** Names at least half of the story's articles (and at least two) share, rarest first. */
  private static List<String> names(List<Long> uids, StoryFinder.Grouping g) {
    if (uids.size() < 2) {
      return List.of();
    }
    Map<String, Integer> count = new TreeMap<>();
    for (long u : uids) {
      for (String n : g.summaries().get(u).names()) {
        count.merge(n, 1, Integer::sum);
      }
    }
    List<String> shared = new ArrayList<>();
    count.forEach((n, c) -> {
      if (c >= 2 && 2 * c >= uids.size()) {
        shared.add(n);
      }
    });
    shared.sort(Comparator.comparing((String n) -> -count.get(n))
        .thenComparing(n -> -g.weights().getOrDefault(n, 0.0)).thenComparing(n -> n));
    return List.copyOf(shared.subList(0, Math.min(6, shared.size())));
  }

  /** Days that two or more of the story's articles name, most often named first. */
  private static List<String> dates(List<Long> uids, StoryFinder.Grouping g) {
    Map<String, Integer> count = new TreeMap<>();
    for (long u : uids) {
      for (String d : g.summaries().get(u).dates()) {
        count.merge(d, 1, Integer::sum);
      }
    }
    List<String> shared = new ArrayList<>();
    count.forEach((d, c) -> {
      if (c >= 2) {
        shared.add(d);
      }
    });
    shared.sort(Comparator.comparing((String d) -> -count.get(d)).thenComparing(d -> d));
    return List.copyOf(shared.subList(0, Math.min(4, shared.size())));
  }
}
