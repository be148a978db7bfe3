package dev.parallax.analysis.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.analysis.text.MorphyLemmatizer;
import dev.parallax.analysis.text.OpenNlpTextAnalyzer;
import dev.parallax.analysis.text.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quote finder against a reference of the seeds' quotes and speakers ({@code seed-quotes.tsv},
 * written by reading the articles). A found quote is right when a reference entry of its article
 * has words its span overlaps and a speaker its resolved referent matches; each entry is claimed
 * once, so a quote found twice counts once right and once wrong.
 */
class SeedQuotesTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  record Reference(String article, boolean required, List<String> speakers, String words) {}

  private static TextAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = new OpenNlpTextAnalyzer(new MorphyLemmatizer());
  }

  @Test
  void quotePrecisionOnTheSeedsIsAtLeast085() throws IOException {
    List<Reference> reference = reference();
    PatternQuoteFinder finder = new PatternQuoteFinder();
    int found = 0;
    int right = 0;
    int required = 0;
    int requiredFound = 0;
    List<String> wrong = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (Map.Entry<String, String> seed : seeds().entrySet()) {
      String text = seed.getValue();
      List<Reference> entries = reference.stream().filter(r -> seed.getKey().startsWith(r.article())).toList();
      boolean[] claimed = new boolean[entries.size()];
      for (Quote q : finder.find(text, analyzer.analyze(text))) {
        found++;
        int match = -1;
        for (int k = 0; k < entries.size() && match < 0; k++) {
          if (!claimed[k] && matches(text, q, entries.get(k))) {
            match = k;
          }
        }
        if (match >= 0) {
          claimed[match] = true;
          right++;
        } else {
          wrong.add(seed.getKey().substring(0, 3) + " [" + q.referent() + "] " + text.substring(q.start(), q.end()));
        }
      }
      for (int k = 0; k < entries.size(); k++) {
        if (entries.get(k).required()) {
          required++;
          if (claimed[k]) {
            requiredFound++;
          } else {
            missed.add(entries.get(k).article() + " [" + entries.get(k).speakers() + "] " + entries.get(k).words());
          }
        }
      }
    }
    double precision = right / (double) found;
    double recall = requiredFound / (double) required;
    System.out.printf(Locale.ROOT, "seed quotes: %d found, %d right, precision %.3f; %d of %d required, recall %.3f%n",
        found, right, precision, requiredFound, required, recall);
    wrong.forEach(w -> System.out.println("  wrong:  " + w));
    missed.forEach(m -> System.out.println("  missed: " + m));
    assertTrue(precision >= 0.85, "quote precision " + precision + " below 0.85; wrong: " + wrong);
    assertTrue(recall >= 0.80, "quote recall " + recall + " below 0.80; missed: " + missed);
  }

  private static boolean matches(String text, Quote q, Reference r) {
    int at = text.indexOf(r.words());
    if (at < 0) {
      throw new IllegalStateException("reference words not in the seed: " + r.words());
    }
    if (!(q.start() < at + r.words().length() && at < q.end())) {
      return false;
    }
    String referent = normal(q.referent());
    for (String s : r.speakers()) {
      String speaker = normal(s);
      if (!referent.isEmpty() && (referent.contains(speaker) || speaker.contains(referent))) {
        return true;
      }
    }
    return false;
  }

  private static String normal(String s) {
    String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^a-z0-9' ]", " ").strip();
    n = n.replaceAll("\\s+", " ");
    return n.startsWith("the ") ? n.substring(4) : n;
  }

  private static Map<String, String> seeds() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  static List<Reference> reference() throws IOException {
    List<Reference> out = new ArrayList<>();
    try (InputStream in = SeedQuotesTest.class.getResourceAsStream("seed-quotes.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new Reference(f[0], f[1].equals("required"), List.of(f[2].split("\\|")), f[3]));
      }
    }
    return out;
  }
}
