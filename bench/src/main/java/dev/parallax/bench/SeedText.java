package dev.parallax.bench;

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

  /** The text of every seed file, in name order. */
  static List<String> texts() {
    try (Stream<Path> files = Files.list(seeds())) {
      List<String> out = new ArrayList<>();
      for (Path f : files.sorted().toList()) {
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
