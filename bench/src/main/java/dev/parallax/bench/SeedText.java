package dev.parallax.bench;

import dev.parallax.analysis.ingest.ArticleFileReader;
import dev.parallax.analysis.ingest.Document;
import dev.parallax.analysis.ingest.ReadOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The seed articles as benchmark input, found from the working directory or its parent. */
final class SeedText {
  private SeedText() {}

  static Path seeds() {
    for (Path p : List.of(Path.of("seeds"), Path.of("../seeds"))) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new IllegalStateException("run the benchmarks from the repository's top folder: seeds/ not found");
  }

  /** The seed files, in name order. */
  static List<Path> files() {
    try (Stream<Path> files = Files.list(seeds())) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of every seed file, in name order. */
  static List<String> texts() {
    List<String> out = new ArrayList<>();
    try {
      for (Path f : files()) {
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The cleaned text of every seed, as ingest reads it, in name order. */
  static List<String> cleaned() {
    ArticleFileReader reader = new ArticleFileReader();
    List<String> out = new ArrayList<>();
    for (Path f : files()) {
      if (reader.read(f, f.toString()) instanceof ReadOutcome.Accepted a) {
        out.add(a.document().text());
      }
    }
    return out;
  }

  /** The words of all {@code texts}, counted as the report counts them. */
  static long words(List<String> texts) {
    long n = 0;
    for (String t : texts) {
      n += Document.words(t);
    }
    return n;
  }
}
