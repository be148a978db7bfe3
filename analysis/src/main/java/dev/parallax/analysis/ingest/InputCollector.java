package dev.parallax.analysis.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Expands the paths a user gives into the files to read: files as given (whatever their type: the
 * reader says what is wrong with a PDF), folders searched for supported files at any depth, sorted
 * by path, with hidden files and {@code *.meta.json} sidecars left out, and a Parallax report never
 * read as an article: a folder inside that holds one is left out, and in a folder that holds one
 * itself ({@code compare . -o .}), the report's own files are.
 *
 * <p>Never throws for a bad path: a path that does not exist, a folder with no supported file, a
 * folder that cannot be listed, a link that loops or leads nowhere, and a device, FIFO or socket
 * become a {@link Problem}; files of other types in a folder become a {@link Problem} too, so that
 * nothing is left out without a word. Files come once each, in the order the paths were given.
 */
public final class InputCollector {
  /** How deep folders are searched: without limit (a link that loops is detected and named). */
  public static final int DEPTH = Integer.MAX_VALUE;

  /** The files of a Parallax report folder that are never read as articles, and its charts folder. */
  private static final Set<String> REPORT_FILES = Set.of("report.json", "report.md", "report.html", "charts");

  private InputCollector() {}

  /** One file to read, and how to name it in the report. */
  public record Input(Path path, String source) {
    public Input {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * Something wrong with a path the user gave, or with part of a folder.
   *
   * @param source the path as given, or the file or folder inside it, named as in the report
   * @param code {@code missing}, {@code unreadable}, {@code empty-folder} or {@code other-files}
   * @param message one sentence that names the path
   * @param fatal true when the path gives nothing at all to read; false for a note about a folder
   *     that did give files
   */
  public record Problem(String source, String code, String message, boolean fatal) {
    public Problem {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }

  /** The files found, and the problems with the paths given, in the order given. */
  public record Collected(List<Input> inputs, List<Problem> problems) {
    public Collected {
      inputs = List.copyOf(inputs);
      problems = List.copyOf(problems);
    }
  }

  public static Collected collect(List<String> paths) {
    Set<Input> inputs = new LinkedHashSet<>();
    List<Problem> problems = new ArrayList<>();
    for (String given : paths) {
      Path p = Path.of(given);
      if (!Files.exists(p)) {
        problems.add(new Problem(given, "missing", given + (Files.isSymbolicLink(p)
            ? " is a link to a file that does not exist" : " does not exist"), true));
      } else if (Files.isDirectory(p)) {
        folder(p, given, inputs, problems);
      } else if (!Files.isRegularFile(p)) {
        problems.add(new Problem(given, "not-a-file", given + " is " + kind(p)
            + ", not a regular file; only regular files are read as articles", true));
      } else if (!Files.isReadable(p)) {
        problems.add(new Problem(given, "unreadable", given + " cannot be read (permission denied)", true));
      } else {
        inputs.add(new Input(p, given));
      }
    }
    return new Collected(List.copyOf(inputs), problems);
  }

  private static void folder(Path dir, String given, Set<Input> inputs, List<Problem> problems) {
    String prefix = given.endsWith("/") && given.length() > 1 ? given.substring(0, given.length() - 1) : given;
    List<Path> found = new ArrayList<>();
    List<Path> other = new ArrayList<>();
    List<Path> left = new ArrayList<>();
    List<Problem> trouble = new ArrayList<>();
    List<Path> reports = new ArrayList<>();
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), DEPTH, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (d.equals(dir)) {
            return FileVisitResult.CONTINUE;
          }
          if (hidden(d)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (holdsReport(d) || reportFile(dir, d)) {
            reports.add(d);
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (hidden(f)) {
            return FileVisitResult.CONTINUE;
          }
          if (!attrs.isRegularFile() && !attrs.isDirectory()) {
            String name = name(dir, f, prefix);
            String what = attrs.isSymbolicLink() ? "is a link to a file that does not exist"
                : "is " + kind(f) + ", not a regular file";
            trouble.add(new Problem(name, attrs.isSymbolicLink() ? "missing" : "not-a-file",
                name + " " + what + "; it was left out", false));
          } else if (reportFile(dir, f)) {
            reports.add(f);
          } else if (attrs.isRegularFile()) {
            if (ArticleFileReader.supported(f) && notes(f)) {
              left.add(f);
            } else if (ArticleFileReader.supported(f)) {
              found.add(f);
            } else if (!f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".meta.json")) {
              other.add(f);
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          String name = name(dir, f, prefix);
          String why = e instanceof FileSystemLoopException ? "is a link that loops back into its own folder"
              : "cannot be read (" + ArticleFileReader.reason(e) + ")";
          trouble.add(new Problem(name, "unreadable", name + " " + why + "; it was left out", false));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(new Problem(given, "unreadable", given + " cannot be listed: " + ArticleFileReader.reason(e), true));
      return;
    }
    Comparator<Path> byName = Comparator.comparing(f -> dir.relativize(f).toString());
    found.sort(byName);
    other.sort(byName);
    for (Path f : found) {
      inputs.add(new Input(f, name(dir, f, prefix)));
    }
    problems.addAll(trouble);
    reports.sort(byName);
    if (!reports.isEmpty()) {
      problems.add(new Problem(given, "report-files", given + " holds a Parallax report, which was not read as "
          + "articles: " + names(dir, reports), false));
    }
    left.sort(byName);
    if (!left.isEmpty()) {
      problems.add(new Problem(given, "notes", given + " has " + count(left.size(), "file") + " named as notes about "
          + "the story, not articles (README, NOTES, GOLD, LICENSE), which " + (left.size() == 1 ? "was" : "were")
          + " not read: " + names(dir, left) + "; name a file on the command line to read it as an article", false));
    }
    if (found.isEmpty()) {
      problems.add(new Problem(given, "empty-folder", given + " has no .txt, .md, .html or .json files"
          + (other.isEmpty() ? "" : " (it has " + count(other.size(), "file") + " of other types: " + names(dir, other) + ")"),
          true));
    } else if (!other.isEmpty()) {
      problems.add(new Problem(given, "other-files", given + " has " + count(other.size(), "file")
          + " that " + (other.size() == 1 ? "is" : "are") + " not .txt, .md, .html or .json, which "
          + (other.size() == 1 ? "was" : "were") + " not read: " + names(dir, other), false));
    }
  }

  /**
   * True for a file or folder that is part of a Parallax report written into {@code dir} itself
   * ({@code compare . -o .}): {@code report.json}, {@code report.md}, {@code report.html} and
   * {@code charts} when {@code dir} holds a report.
   */
  private static boolean reportFile(Path dir, Path f) {
    Path parent = f.getParent();
    return parent != null && parent.equals(dir) && REPORT_FILES.contains(f.getFileName().toString())
        && holdsReport(dir);
  }

  /**
   * True when {@code d} holds a report Parallax wrote: the lock file every run leaves, or a
   * {@code report.json}, {@code report.md} or {@code report.html} that begins as Parallax writes it.
   */
  public static boolean holdsReport(Path d) {
    if (Files.isRegularFile(d.resolve(LOCK_FILE))) {
      return true;
    }
    return begins(d.resolve("report.json"), "\"schemaVersion\"")
        || begins(d.resolve("report.md"), "# Parallax report")
        || begins(d.resolve("report.html"), "name=\"generator\" content=\"parallax");
  }

  /** The file a run locks while it writes a report into a folder, left there as the folder's mark. */
  public static final String LOCK_FILE = ".parallax.lock";

  private static boolean begins(Path file, String marker) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(2048), java.nio.charset.StandardCharsets.UTF_8).contains(marker);
    } catch (IOException e) {
      return false;
    }
  }

  private static String kind(Path p) {
    try {
      return ArticleFileReader.kind(p, Files.readAttributes(p, BasicFileAttributes.class));
    } catch (IOException e) {
      return "a device, FIFO or socket";
    }
  }

  private static String name(Path dir, Path f, String prefix) {
    return prefix + (prefix.endsWith("/") ? "" : "/") + dir.relativize(f).toString().replace('\\', '/');
  }

  /** Up to three names relative to the folder, and how many more. */
  private static String names(Path dir, List<Path> files) {
    List<String> shown = new ArrayList<>();
    for (Path f : files.subList(0, Math.min(3, files.size()))) {
      shown.add(dir.relativize(f).toString().replace('\\', '/'));
    }
    return String.join(", ", shown) + (files.size() > 3 ? " and " + (files.size() - 3) + " more" : "");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * The files in a folder that are notes about its story, not articles, as file-name patterns matched
   * in any case: a README, notes, a reference of findings (GOLD), a licence. A file named on the command
   * line is read whatever its name. The same list is {@code compare --each}'s default {@code --exclude}.
   */
  public static final String NOTES = "README.*,GOLD.*,NOTES.*,LICENSE.*,LICENSES.*";

  /** The base names of {@link #NOTES}, lower case: "readme", "gold", ... */
  private static final Set<String> NOTE_NAMES = noteNames();

  private static Set<String> noteNames() {
    Set<String> out = new java.util.HashSet<>();
    for (String glob : NOTES.split(",")) {
      out.add(glob.substring(0, glob.indexOf('.')).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  private static boolean notes(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.indexOf('.');
    return NOTE_NAMES.contains(dot < 0 ? name : name.substring(0, dot));
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
