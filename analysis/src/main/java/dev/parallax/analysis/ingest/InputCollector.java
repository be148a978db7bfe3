package dev.parallax.analysis.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives into the files to read: files as given, folders searched
 * recursively for supported files (sorted by path, hidden files and {@code *.meta.json} sidecars
 * left out). A path that does not exist, or a folder with no supported file, is a problem the
 * caller reports.
 */
public final class InputCollector {
  private InputCollector() {}

  /** One file to read, and how to name it in the report. */
  public record Input(Path path, String source) {}

  /** The files found, and the problems with the paths given (one sentence each). */
  public record Collected(List<Input> inputs, List<String> problems) {}

  public static Collected collect(List<String> paths) {
    Set<Input> inputs = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (String given : paths) {
      Path p = Path.of(given);
      if (!Files.exists(p)) {
        problems.add(given + " does not exist");
      } else if (Files.isDirectory(p)) {
        List<Input> found = folder(p, given);
        if (found.isEmpty()) {
          problems.add(given + " has no .txt, .md, .html or .json files");
        }
        inputs.addAll(found);
      } else if (!Files.isReadable(p)) {
        problems.add(given + " cannot be read (permission denied)");
      } else {
        inputs.add(new Input(p, given));
      }
    }
    return new Collected(List.copyOf(inputs), List.copyOf(problems));
  }

  private static List<Input> folder(Path dir, String given) {
    try (Stream<Path> walk = Files.walk(dir, 8, FileVisitOption.FOLLOW_LINKS)) {
      String prefix = given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
      return walk.filter(Files::isRegularFile)
          .filter(f -> !hidden(dir.relativize(f)))
          .filter(ArticleFileReader::supported)
          .sorted(Comparator.comparing(f -> dir.relativize(f).toString()))
          .map(f -> new Input(f, prefix + "/" + dir.relativize(f).toString().replace('\\', '/')))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + given + ": " + e.getMessage(), e);
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
