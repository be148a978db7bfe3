package dev.parallax.cli;

import dev.parallax.analysis.ingest.ArticleFileReader;
import dev.parallax.analysis.ingest.InputCollector;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The stories {@code compare --each DIR} compares: each folder directly inside {@code DIR} is one
 * story, taken in order of name; hidden folders and the files directly inside {@code DIR} are left
 * out. A story's articles are found as {@code compare} finds them in a folder (supported types, at
 * any depth, hidden files, {@code *.meta.json} sidecars and folders holding a Parallax report left
 * out, sorted by path), except that files whose names match one of the notes patterns (a story's
 * README, its reference findings) are never articles.
 *
 * <p>Articles are named as the user would name them on the command line, {@code DIR/story/file.txt}
 * with {@code DIR} as given, so a report made with {@code --each} equals one made with {@code
 * compare DIR/story/*.txt}.
 */
final class StoryFolders {
  /** Names of files that are notes about a story, not articles, unless {@code --exclude} says otherwise. */
  static final String DEFAULT_NOTES = InputCollector.NOTES;

  /**
   * One story folder.
   *
   * @param name the folder's name, which is also the name of its report folder
   * @param folder the folder, named with {@code DIR} as given
   * @param path the folder
   */
  record Story(String name, String folder, Path path) {
    Story {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(folder, "folder");
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * What a story folder holds.
   *
   * @param articles the article files to compare, in order, named with {@code DIR} as given
   * @param notes the files left out as notes, by name relative to the story folder
   * @param unreadable the parts of the folder that could not be read, one sentence each
   */
  record Contents(List<String> articles, List<String> notes, List<String> unreadable) {
    Contents {
      articles = List.copyOf(articles);
      notes = List.copyOf(notes);
      unreadable = List.copyOf(unreadable);
    }
  }

  private StoryFolders() {}

  /**
   * Case-insensitive matchers for the file-name patterns {@code globs} ({@code README.*}).
   *
   * @throws UserError with {@link ExitCode#USAGE} when a pattern is not a valid glob
   */
  static List<PathMatcher> notes(List<String> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs) {
      if (glob.isBlank() || glob.contains("/")) {
        throw new UserError(ExitCode.USAGE, "--exclude takes file-name patterns such as 'README.*', got '" + glob + "'");
      }
      try {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.toLowerCase(Locale.ROOT)));
      } catch (PatternSyntaxException e) {
        throw new UserError(ExitCode.USAGE, "--exclude: '" + glob + "' is not a valid pattern: " + e.getDescription());
      }
    }
    return List.copyOf(matchers);
  }

  /**
   * The stories in {@code dir}, a path as the user gave it.
   *
   * @throws UserError with {@link ExitCode#INPUT} when {@code dir} is missing, not a folder, cannot be
   *     listed or has no folders in it
   */
  static List<Story> list(String dir) {
    Path root = Path.of(dir);
    if (!Files.exists(root)) {
      throw new UserError(ExitCode.INPUT, dir + " does not exist");
    }
    if (!Files.isDirectory(root)) {
      throw new UserError(ExitCode.INPUT, dir + " is a file; --each takes a folder whose folders are stories");
    }
    List<Path> folders;
    try (Stream<Path> entries = Files.list(root)) {
      folders = entries.filter(p -> Files.isDirectory(p) && !hidden(p))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UserError(ExitCode.INPUT, dir + " cannot be listed: " + OutputFolder.describe(e), e);
    }
    if (folders.isEmpty()) {
      throw new UserError(ExitCode.INPUT, dir + " has no folders in it; --each compares the articles of each folder "
          + "inside it (one folder per story)");
    }
    String prefix = dir.endsWith("/") && dir.length() > 1 ? dir.substring(0, dir.length() - 1) : dir;
    return folders.stream().map(f -> {
      String name = f.getFileName().toString();
      return new Story(name, prefix + "/" + name, f);
    }).toList();
  }

  /**
   * Whether {@code folder} is the folder {@code output} (links followed where the paths exist), so that
   * a report folder placed among the stories ({@code --each stories -o stories/reports}) is never read
   * as one. An output folder that holds the stories ({@code -o stories}) puts each report in its story's
   * folder, where the next run leaves the report's files out.
   */
  static boolean isOutput(Path folder, Path output) {
    return real(folder).equals(real(output));
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  /**
   * The articles and notes of {@code story}; a part of it that cannot be read is named in {@link
   * Contents#unreadable()} and left out.
   *
   * @throws UserError with {@link ExitCode#INPUT} when the folder cannot be listed at all
   */
  static Contents read(Story story, List<PathMatcher> notes) {
    Path dir = story.path();
    List<String> articles = new ArrayList<>();
    List<String> left = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), InputCollector.DEPTH, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && (hidden(d) || InputCollector.holdsReport(d)) ? FileVisitResult.SKIP_SUBTREE
              : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (!attrs.isRegularFile() && !attrs.isDirectory() && !hidden(f)) {
            unreadable.add(story.folder() + "/" + relative(dir, f) + (attrs.isSymbolicLink()
                ? " is a link to a file that does not exist" : " is not a regular file (a device, FIFO or socket)")
                + "; it was left out");
          } else if (attrs.isRegularFile() && !hidden(f) && ArticleFileReader.supported(f)) {
            Path name = Path.of(f.getFileName().toString().toLowerCase(Locale.ROOT));
            (notes.stream().anyMatch(m -> m.matches(name)) ? left : articles).add(relative(dir, f));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          unreadable.add(story.folder() + "/" + relative(dir, f) + " cannot be read (" + OutputFolder.describe(e)
              + "); it was left out");
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UserError(ExitCode.INPUT, story.folder() + " cannot be listed: " + OutputFolder.describe(e), e);
    }
    articles.sort(null);
    left.sort(null);
    return new Contents(articles.stream().map(a -> story.folder() + "/" + a).toList(), left, unreadable);
  }

  private static String relative(Path dir, Path f) {
    return dir.relativize(f).toString().replace('\\', '/');
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
