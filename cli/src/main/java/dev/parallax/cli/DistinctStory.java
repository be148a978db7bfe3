package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A benchmark story of real text in which no sentence repeats, read from the evaluation data that
 * lives outside the repository ({@code ../shared/eval}), so that the sentence encoder cannot answer
 * from memory as it does on the synthetic story.
 *
 * <p>The articles are, in this order: every {@code .txt} article of {@code stories/*}/ (the
 * development stories, eight outlets each, copied as they are), then articles made of the sentences
 * of {@code bias/babe-sg2.csv} and {@code bias/newsmtsc-devtest-mt.jsonl}, grouped by topic (BABE's
 * {@code topic} column; NewsMTSC's sentences form one group), {@value #SENTENCES} sentences each in
 * the order of the files, taken from the topics in turn. A sentence that occurs twice is used once.
 * With the data as it is (48 story articles, 4,395 sentences), 200 articles hold about 130,000
 * words.
 *
 * <p>Nothing is copied into the project: the files are written where the caller says (a temporary
 * folder by default). The same data gives the same files, byte for byte.
 */
final class DistinctStory {
  /** Sentences per article made of the evaluation sentences. */
  static final int SENTENCES = 24;

  /** Sentences per paragraph, in turn. */
  private static final int[] PARAGRAPHS = {3, 2, 4, 1, 3, 2};

  /** One article to write: its file name and text. */
  record Article(String name, String text) {
    Article {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }
  }

  private final List<Article> stories;
  private final List<Article> made;

  private DistinctStory(List<Article> stories, List<Article> made) {
    this.stories = List.copyOf(stories);
    this.made = List.copyOf(made);
  }

  /**
   * Reads the evaluation data under {@code eval}.
   *
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException when {@code eval} holds neither stories nor bias sentences; the
   *     message says what is missing
   */
  static DistinctStory read(Path eval) throws IOException {
    Path storiesDir = eval.resolve("stories");
    Path babe = eval.resolve("bias").resolve("babe-sg2.csv");
    Path mtsc = eval.resolve("bias").resolve("newsmtsc-devtest-mt.jsonl");
    if (!Files.isDirectory(storiesDir) && !Files.isRegularFile(babe) && !Files.isRegularFile(mtsc)) {
      throw new IllegalArgumentException(eval + " has neither stories/ nor bias/babe-sg2.csv nor "
          + "bias/newsmtsc-devtest-mt.jsonl");
    }
    List<Article> stories = new ArrayList<>();
    if (Files.isDirectory(storiesDir)) {
      List<Path> folders;
      try (Stream<Path> list = Files.list(storiesDir)) {
        folders = list.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList();
      }
      for (Path folder : folders) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
          files = list.filter(f -> f.getFileName().toString().endsWith(".txt"))
              .sorted(Comparator.comparing(Path::toString)).toList();
        }
        for (Path f : files) {
          stories.add(new Article(folder.getFileName() + "--" + f.getFileName(),
              Files.readString(f, StandardCharsets.UTF_8)));
        }
      }
    }
    Set<String> seen = new HashSet<>();
    Map<String, List<Sentence>> byTopic = new TreeMap<>();
    if (Files.isRegularFile(babe)) {
      for (Sentence s : babe(babe)) {
        if (seen.add(s.text())) {
          byTopic.computeIfAbsent(s.topic(), k -> new ArrayList<>()).add(s);
        }
      }
    }
    if (Files.isRegularFile(mtsc)) {
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader r = Files.newBufferedReader(mtsc, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = json.readTree(line);
          String text = clean(n.path("sentence_normalized").asText(""));
          if (!text.isEmpty() && seen.add(text)) {
            byTopic.computeIfAbsent("newsmtsc", k -> new ArrayList<>()).add(new Sentence(text, "newsmtsc", "NewsMTSC"));
          }
        }
      }
    }
    return new DistinctStory(stories, articles(byTopic));
  }

  /** The development stories' articles. */
  List<Article> stories() {
    return stories;
  }

  /** The articles made of evaluation sentences, in the order they are taken. */
  List<Article> made() {
    return made;
  }

  /** The most articles this data gives. */
  int available() {
    return stories.size() + made.size();
  }

  /**
   * Writes the first {@code n} articles (stories first) into {@code dir}, as {@code 0001-NAME.txt}
   * and so on, and returns the files.
   *
   * @throws IllegalArgumentException when the data holds fewer than {@code n} articles
   */
  List<Path> write(int n, Path dir) throws IOException {
    if (n > available()) {
      throw new IllegalArgumentException("the evaluation data gives at most " + available() + " articles, not " + n);
    }
    Files.createDirectories(dir);
    List<Article> all = new ArrayList<>(stories);
    all.addAll(made);
    List<Path> files = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Article a = all.get(i);
      Path f = dir.resolve(String.format(Locale.ROOT, "%04d-%s", i + 1, a.name()));
      Files.writeString(f, a.text(), StandardCharsets.UTF_8);
      files.add(f);
    }
    return files;
  }

  /** A sentence of the evaluation data with its topic and the outlet it came from. */
  private record Sentence(String text, String topic, String outlet) {}

  /**
   * The topics' sentences cut into articles of {@value #SENTENCES} (a rest of fewer than half as many
   * joins the topic's last article, a longer one makes an article of its own), then taken from the topics in
   * turn: each topic's first article, then each topic's second, and so on.
   */
  private static List<Article> articles(Map<String, List<Sentence>> byTopic) {
    Map<String, List<List<Sentence>>> chunks = new LinkedHashMap<>();
    for (Map.Entry<String, List<Sentence>> e : byTopic.entrySet()) {
      List<Sentence> all = e.getValue();
      List<List<Sentence>> cut = new ArrayList<>();
      for (int from = 0; from < all.size(); from += SENTENCES) {
        List<Sentence> part = all.subList(from, Math.min(all.size(), from + SENTENCES));
        if (part.size() < SENTENCES / 2 && !cut.isEmpty()) {
          List<Sentence> last = new ArrayList<>(cut.remove(cut.size() - 1));
          last.addAll(part);
          cut.add(last);
        } else {
          cut.add(part);
        }
      }
      chunks.put(e.getKey(), cut);
    }
    List<Article> out = new ArrayList<>();
    for (int round = 0; ; round++) {
      boolean any = false;
      for (Map.Entry<String, List<List<Sentence>>> e : chunks.entrySet()) {
        if (round < e.getValue().size()) {
          any = true;
          out.add(article(out.size() + 1, e.getKey(), round + 1, e.getValue().get(round)));
        }
      }
      if (!any) {
        return out;
      }
    }
  }

  private static Article article(int number, String topic, int part, List<Sentence> sentences) {
    Map<String, Integer> outlets = new TreeMap<>();
    for (Sentence s : sentences) {
      outlets.merge(s.outlet(), 1, Integer::sum);
    }
    String outlet = outlets.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse("NewsMTSC");
    StringBuilder b = new StringBuilder();
    b.append("---\n")
        .append("title: ").append(yamlSafe(topic)).append(", part ").append(part).append('\n')
        .append("outlet: ").append(yamlSafe(outlet)).append('\n')
        .append(String.format(Locale.ROOT, "date: 2024-12-%02d%n", 1 + number % 28))
        .append("---\n\n");
    int inParagraph = 0;
    int paragraph = 0;
    for (Sentence s : sentences) {
      if (inParagraph == PARAGRAPHS[paragraph % PARAGRAPHS.length]) {
        b.append("\n\n");
        inParagraph = 0;
        paragraph++;
      } else if (inParagraph > 0) {
        b.append(' ');
      }
      b.append(s.text());
      inParagraph++;
    }
    String slug = topic.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return new Article(String.format(Locale.ROOT, "%s-%02d.md", slug.isEmpty() ? "topic" : slug, part),
        b.append('\n').toString());
  }

  /** A front-matter value without the characters that would end or confuse it. */
  private static String yamlSafe(String s) {
    return s.replace('\n', ' ').replace(':', ' ').strip();
  }

  /** The text on one line, spaces folded. */
  private static String clean(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** BABE's sentences: a {@code ;}-separated file with a header row and double-quoted fields. */
  private static List<Sentence> babe(Path file) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    List<List<String>> rows = csv(content, ';');
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> header = rows.get(0);
    int text = header.indexOf("text");
    int topic = header.indexOf("topic");
    int outlet = header.indexOf("outlet");
    if (text < 0) {
      throw new IllegalArgumentException(file + " has no 'text' column");
    }
    List<Sentence> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() <= text) {
        continue;
      }
      String t = clean(row.get(text));
      if (!t.isEmpty()) {
        out.add(new Sentence(t, topic >= 0 && row.size() > topic ? row.get(topic).strip() : "babe",
            outlet >= 0 && row.size() > outlet && !row.get(outlet).isBlank() ? row.get(outlet).strip() : "BABE"));
      }
    }
    return out;
  }

  /** Rows of a delimited file whose fields may be quoted with {@code "} ({@code ""} inside for one quote). */
  static List<List<String>> csv(String content, char delimiter) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        any = true;
      } else if (c == delimiter) {
        row.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || field.length() > 0) {
          row.add(field.toString());
          rows.add(row);
        }
        row = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
