package dev.parallax.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A synthetic story for benchmarks: articles made of sentences drawn from a pool (the seed
 * articles'), shuffled, with their numbers changed, so that every article differs from the others
 * and all of them are about one story, as in real use.
 *
 * <p>Article {@code i} has {@value #MIN_SENTENCES} to {@value #MAX_SENTENCES} sentences (about as
 * long as the seeds), in paragraphs of one to four, under a front-matter block naming one of
 * {@value #OUTLETS} outlets and a date. Numbers other than years move up or down by up to a quarter, and by
 * at least one unit of their last digit, so that no number stays as it was.
 * The same pool and seed give the same files, byte for byte.
 */
final class BenchCorpus {
  static final int MIN_SENTENCES = 35;
  static final int MAX_SENTENCES = 75;
  static final int OUTLETS = 12;

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");

  private final List<String> pool;
  private final long seed;

  /**
   * @param pool the sentences to draw from, at least {@value #MAX_SENTENCES}
   * @param seed the random seed
   */
  BenchCorpus(List<String> pool, long seed) {
    this.pool = List.copyOf(pool);
    if (this.pool.size() < MAX_SENTENCES) {
      throw new IllegalArgumentException("the pool needs at least " + MAX_SENTENCES + " sentences, got " + pool.size());
    }
    this.seed = seed;
  }

  /** Writes {@code n} articles into {@code dir} as {@code article-0001.md} and so on; returns the files. */
  List<Path> write(int n, Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<Path> files = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      Path f = dir.resolve(String.format(Locale.ROOT, "article-%04d.md", i));
      Files.writeString(f, article(i, random), StandardCharsets.UTF_8);
      files.add(f);
    }
    return files;
  }

  /** The text of article {@code i}. */
  String article(int i, Random random) {
    int count = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
    List<String> chosen = new ArrayList<>(pool);
    java.util.Collections.shuffle(chosen, random);
    StringBuilder b = new StringBuilder();
    b.append("---\n")
        .append("title: Synthetic report ").append(i).append(" on the story\n")
        .append("outlet: Bench Outlet ").append(1 + random.nextInt(OUTLETS)).append('\n')
        .append(String.format(Locale.ROOT, "date: 2024-12-%02d%n", 1 + random.nextInt(28)))
        .append("---\n\n");
    int inParagraph = 0;
    int paragraph = 1 + random.nextInt(4);
    for (String sentence : chosen.subList(0, count)) {
      if (inParagraph == paragraph) {
        b.append("\n\n");
        inParagraph = 0;
        paragraph = 1 + random.nextInt(4);
      } else if (inParagraph > 0) {
        b.append(' ');
      }
      b.append(perturb(sentence, random));
      inParagraph++;
    }
    return b.append('\n').toString();
  }

  /** The sentence with each number other than a year moved by up to a quarter, in the same style. */
  static String perturb(String sentence, Random random) {
    Matcher m = NUMBER.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(perturbNumber(m.group(), random)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String perturbNumber(String number, Random random) {
    boolean commas = number.contains(",");
    String plain = number.replace(",", "");
    int dot = plain.indexOf('.');
    int decimals = dot < 0 ? 0 : plain.length() - dot - 1;
    double value = Double.parseDouble(plain);
    if (decimals == 0 && plain.length() == 4 && value >= 1900 && value <= 2100) {
      return number; // a year
    }
    double unit = Math.pow(10, -decimals);
    double step = Math.max(unit, Math.abs(value) * 0.25 * random.nextDouble());
    double moved = value + (random.nextBoolean() ? step : -step);
    if (moved < unit) {
      moved = value + step;
    }
    return String.format(Locale.ROOT, (commas ? "%,." : "%.") + decimals + "f", moved);
  }
}
