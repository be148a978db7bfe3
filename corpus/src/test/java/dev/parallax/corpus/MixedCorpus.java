package dev.parallax.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The mixed corpus of the tests: every story folder of the development set ({@code ../shared/eval/stories}
 * beside the repository, when it is there), the seeds and the project's own test stories, each article
 * read as {@code compare} reads it and written as one line of JSON Lines, shuffled, with its date kept.
 */
final class MixedCorpus {
  /** The repository's root (the tests run in {@code corpus/}). */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Path EVAL = ROOT.resolve("../shared/eval/stories").normalize();

  private MixedCorpus() {}

  /** The story folders: test stories, the seeds, and the development set's when {@code withEval}. */
  static List<Path> folders(boolean withEval) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(ROOT.resolve("analysis/src/test/resources/stories"))) {
      s.filter(Files::isDirectory).sorted().forEach(out::add);
    }
    out.add(ROOT.resolve("seeds"));
    if (withEval && Files.isDirectory(EVAL)) {
      try (Stream<Path> s = Files.list(EVAL)) {
        s.filter(Files::isDirectory).sorted().forEach(out::add);
      }
    }
    return out;
  }

  /**
   * Writes the articles of {@code folders} into {@code file}, shuffled with a fixed seed, and returns
   * each row's id with the folder (the story) it came from.
   */
  static Map<String, String> write(List<Path> folders, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    List<String> stories = new ArrayList<>();
    for (Path folder : folders) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> s = Files.list(folder)) {
        s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
      for (Path f : files) {
        ReadResult r = CorpusReader.readFile(f.toString(), f.toString());
        if (r.article() == null) {
          continue;
        }
        CorpusArticle a = r.article();
        ObjectNode row = json.createObjectNode();
        row.put("url", a.url());
        row.put("outlet", a.outlet());
        row.put("published", a.published());
        row.put("title", a.title());
        row.put("text", a.text());
        lines.add(row.toString());
        stories.add(folder.getFileName().toString());
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(15));
    Map<String, String> truth = new TreeMap<>();
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < order.size(); k++) {
      String id = String.format(java.util.Locale.ROOT, "a%03d", k);
      ObjectNode row = (ObjectNode) json.readTree(lines.get(order.get(k)));
      ObjectNode withId = json.createObjectNode();
      withId.put("id", id);
      withId.setAll(row);
      out.append(withId).append('\n');
      truth.put(id, stories.get(order.get(k)));
    }
    Files.writeString(file, out, StandardCharsets.UTF_8);
    return truth;
  }

  /** The adjusted Rand index of two labellings of the same items. */
  static double adjustedRand(List<String> truth, List<String> found) {
    Map<String, Map<String, Integer>> table = new TreeMap<>();
    Map<String, Integer> rows = new TreeMap<>();
    Map<String, Integer> cols = new TreeMap<>();
    for (int i = 0; i < truth.size(); i++) {
      table.computeIfAbsent(truth.get(i), k -> new TreeMap<>()).merge(found.get(i), 1, Integer::sum);
      rows.merge(truth.get(i), 1, Integer::sum);
      cols.merge(found.get(i), 1, Integer::sum);
    }
    double index = 0;
    for (Map<String, Integer> r : table.values()) {
      for (int n : r.values()) {
        index += pairs(n);
      }
    }
    double a = rows.values().stream().mapToDouble(MixedCorpus::pairs).sum();
    double b = cols.values().stream().mapToDouble(MixedCorpus::pairs).sum();
    double expected = a * b / pairs(truth.size());
    double max = (a + b) / 2;
    return max == expected ? 1.0 : (index - expected) / (max - expected);
  }

  private static double pairs(int n) {
    return n * (n - 1) / 2.0;
  }
}
