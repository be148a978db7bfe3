package dev.parallax.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.SparkSession;

/**
 * Measures story finding (reading, features, reprints, candidates, links, stories) on a synthetic
 * corpus of N articles: {@code corpus/bench-stories N [N ...]}.
 *
 * <p>The synthetic corpus: stories of five articles each (one in ten a near-verbatim reprint of
 * another article of its story), {@value #STORIES_PER_DAY} stories a day, so the corpus covers N / 100
 * days. Each story has an event of one of twelve kinds, an invented place and person, a toll, and a day;
 * each article has a title and about 120 words from sentence patterns, in words of its own outlet (one of
 * forty), so the articles of one story share names, numbers and a date but not their wording. Rows are
 * written as JSON Lines and read like any corpus. It prints articles per second, wall and CPU seconds,
 * the load average, and the adjusted Rand index against the stories the generator made.
 */
public final class StoryFindingBenchmark {
  static final int STORIES_PER_DAY = 20;
  static final int ARTICLES_PER_STORY = 5;

  private StoryFindingBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: StoryFindingBenchmark N [N ...]");
      System.exit(2);
    }
    SparkSession spark = Spark.session(null);
    spark.sparkContext().setLogLevel("OFF");
    Path dir = Files.createTempDirectory("parallax-corpus-bench");
    try {
      // warm-up: loads the models, so the figures are of the work, not of start-up
      Path warm = dir.resolve("warm.jsonl");
      write(100, warm);
      CorpusJob.group(spark, List.of(warm.toString()), CorpusCommand.DEFAULT_WINDOW, Progress.silent());
      for (String a : args) {
        int n = Integer.parseInt(a);
        Path file = dir.resolve("synthetic-" + n + ".jsonl");
        Map<String, Integer> truth = write(n, file);
        com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        CorpusJob.Grouped g = CorpusJob.group(spark, List.of(file.toString()), CorpusCommand.DEFAULT_WINDOW, Progress.silent());
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        double loadAfter = os.getSystemLoadAverage();
        Map<Long, String> sources = new HashMap<>(g.articles().mapValues(CorpusArticle::source).collectAsMap());
        List<String> expected = new ArrayList<>();
        List<String> found = new ArrayList<>();
        List<List<Long>> stories = g.grouping().stories();
        for (int s = 0; s < stories.size(); s++) {
          for (long u : stories.get(s)) {
            String src = sources.get(u);
            expected.add(Integer.toString(truth.get(src.substring(src.lastIndexOf('/') + 1))));
            found.add(Integer.toString(s));
          }
        }
        System.out.printf(Locale.ROOT, "%,d articles: %,d stories found (%,d made), %,d reprint groups, %,d links; "
                + "%.1f s wall, %.1f CPU s, %.0f articles/s (wall), %.0f articles per CPU second; load %.1f -> %.1f; "
                + "adjusted Rand index %.3f%n",
            n, stories.size(), n / ARTICLES_PER_STORY, g.grouping().reprints().size(), g.grouping().links().size(),
            wall, cpuSeconds, n / wall, n / cpuSeconds, loadBefore, loadAfter, adjustedRand(expected, found));
        g.articles().unpersist();
        Files.deleteIfExists(file);
      }
    } finally {
      spark.stop();
      CorpusOutput.deleteTree(dir);
    }
  }

  private static final String[] KINDS = {
    "flood", "earthquake", "factory fire", "train derailment", "bridge collapse", "landslide", "storm",
    "mine explosion", "ferry sinking", "building collapse", "wildfire", "gas explosion"};
  private static final String[] VERBS = {"killed", "left dead", "claimed the lives of", "took the lives of"};
  private static final String[] OFFICIALS = {"the governor", "the interior ministry", "the fire service", "police",
    "the regional health office", "the civil defence agency", "the mayor's office", "rescue teams"};
  private static final String[] SYLLABLES = {"ka", "ro", "vel", "mar", "dun", "esh", "tor", "lin", "bra", "sol",
    "quen", "da", "vik", "har", "mo", "zel", "pra", "ust", "fen", "gor", "ila", "nor", "bel", "tam"};

  /** Writes {@code n} synthetic articles to {@code file} and returns each row's id with its story. */
  static Map<String, Integer> write(int n, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Random random = new Random(n);
    Map<String, Integer> truth = new HashMap<>();
    LocalDate day0 = LocalDate.of(2024, 1, 1);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      int stories = (n + ARTICLES_PER_STORY - 1) / ARTICLES_PER_STORY;
      int written = 0;
      for (int s = 0; s < stories && written < n; s++) {
        String kind = KINDS[random.nextInt(KINDS.length)];
        String place = name(random, 3);
        String region = name(random, 3);
        String person = name(random, 2) + " " + name(random, 4);
        int toll = 5 + random.nextInt(300);
        LocalDate day = day0.plusDays(s / STORIES_PER_DAY);
        String previous = null;
        for (int k = 0; k < ARTICLES_PER_STORY && written < n; k++) {
          int outlet = random.nextInt(40);
          String text;
          String title;
          if (previous != null && random.nextInt(10) == 0) {
            title = previous.substring(0, previous.indexOf('\n'));
            text = previous.substring(previous.indexOf('\n') + 1) + " Reporting by staff.";
          } else {
            int told = toll + (random.nextInt(3) == 0 ? random.nextInt(20) : 0);
            title = switch (random.nextInt(4)) {
              case 0 -> capital(kind) + " in " + place + " " + VERBS[random.nextInt(VERBS.length)] + " " + told;
              case 1 -> place + " " + kind + ": death toll rises to " + told;
              case 2 -> told + " dead after " + kind + " hits " + place;
              default -> person + " visits " + place + " after deadly " + kind;
            };
            text = body(random, kind, place, region, person, told, day.plusDays(random.nextInt(2)));
            previous = title + "\n" + text;
          }
          ObjectNode row = json.createObjectNode();
          String id = String.format(Locale.ROOT, "s%d-%d", s, k);
          row.put("id", id);
          row.put("outlet", "Outlet " + outlet);
          row.put("published", day.plusDays(random.nextInt(3)).toString());
          row.put("title", title);
          row.put("text", text);
          w.write(row.toString());
          w.write('\n');
          truth.put(id, s);
          written++;
        }
      }
    }
    return truth;
  }

  private static String body(Random r, String kind, String place, String region, String person, int toll, LocalDate day) {
    String when = day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    String official = OFFICIALS[r.nextInt(OFFICIALS.length)];
    int injured = 10 + r.nextInt(500);
    int families = 100 + r.nextInt(9000);
    String[][] facts = {
      {"The " + kind + " struck " + place + " in the " + region + " region on " + when + ", " + official + " said.",
       "A " + kind + " hit " + place + ", a town in " + region + ", on " + when + ".",
       "On " + when + " a " + kind + " tore through " + place + ", according to " + official + "."},
      {"At least " + toll + " people were killed and " + injured + " others were injured.",
       "The death toll stood at " + toll + ", with " + injured + " hurt.",
       toll + " bodies have been recovered so far and " + injured + " people are in hospital."},
      {person + ", who leads the " + region + " council, said rescue work would go on through the night.",
       "Council leader " + person + " promised that crews would keep searching.",
       "\"We will not stop until everyone is found,\" " + person + " told reporters in " + place + "."},
      {"Residents of " + place + " described scenes of chaos as emergency crews arrived.",
       "Witnesses in " + place + " spoke of panic in the streets.",
       "People in " + place + " said they had never seen anything like it."},
      {"The cause of the " + kind + " is under investigation.",
       "Investigators from " + region + " have been sent to find out what happened.",
       "What caused the " + kind + " is not yet known, " + official + " said."},
      {"Hospitals in " + region + " asked for blood donations.",
       "Clinics across " + region + " were struggling with the number of wounded.",
       "Doctors in " + place + " worked through the night."},
      {"It is the worst disaster in " + place + " since " + (1950 + r.nextInt(70)) + ".",
       "Older residents compared it with the disaster of " + (1950 + r.nextInt(70)) + ".",
       "Nothing on this scale has happened in " + region + " for decades."},
      {"Aid groups said " + families + " families had lost their homes.",
       "About " + families + " households were left without shelter.",
       "Charities were setting up tents for " + families + " families."}};
    List<String> sentences = new ArrayList<>();
    for (String[] fact : facts) {
      sentences.add(fact[r.nextInt(fact.length)]);
    }
    java.util.Collections.shuffle(sentences.subList(1, sentences.size()), r);
    return String.join(" ", sentences.subList(0, 5 + r.nextInt(4)));
  }

  private static String name(Random r, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return capital(b.toString());
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static double adjustedRand(List<String> truth, List<String> found) {
    Map<String, Map<String, Integer>> table = new HashMap<>();
    Map<String, Integer> rows = new HashMap<>();
    Map<String, Integer> cols = new HashMap<>();
    for (int i = 0; i < truth.size(); i++) {
      table.computeIfAbsent(truth.get(i), k -> new HashMap<>()).merge(found.get(i), 1, Integer::sum);
      rows.merge(truth.get(i), 1, Integer::sum);
      cols.merge(found.get(i), 1, Integer::sum);
    }
    double index = 0;
    for (Map<String, Integer> r : table.values()) {
      for (int c : r.values()) {
        index += c * (c - 1) / 2.0;
      }
    }
    double a = rows.values().stream().mapToDouble(c -> c * (c - 1) / 2.0).sum();
    double b = cols.values().stream().mapToDouble(c -> c * (c - 1) / 2.0).sum();
    double expected = a * b / (truth.size() * (truth.size() - 1) / 2.0);
    double max = (a + b) / 2;
    return max == expected ? 1.0 : (index - expected) / (max - expected);
  }
}
