package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files: expected outputs kept under {@code src/test/resources/golden/}, compared byte for
 * byte. Run the tests with {@code -Dparallax.updateGoldens=true} to write the current output as the
 * new golden instead (then review the diff before committing it):
 *
 * <pre>mvn -B -pl cli -am test -Dtest='ReportGoldenTest,SeedsVerdictsTest' -Dsurefire.failIfNoSpecifiedTests=false -Dparallax.updateGoldens=true</pre>
 */
public final class Goldens {
  private Goldens() {}

  /** The system property that switches the tests from checking goldens to writing them. */
  public static final String UPDATE = "parallax.updateGoldens";

  /** The folder of the golden files, relative to the cli module (the tests' working directory). */
  public static final Path DIR = Path.of("src", "test", "resources", "golden");

  /** True when the run was asked to rewrite the goldens. */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE);
  }

  /**
   * Checks that {@code actual} equals the golden file {@code name} (a path under {@link #DIR}), or
   * writes it there when {@link #updating}. On a difference, the message names the first line that
   * differs and how to accept the change.
   */
  public static void check(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (updating()) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      fail("no golden file " + file + "; run the tests with -D" + UPDATE + "=true to create it");
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (expected.equals(actual)) {
      return;
    }
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int line = 0;
    while (line < Math.min(e.size(), a.size()) && e.get(line).equals(a.get(line))) {
      line++;
    }
    fail(file + " differs at line " + (line + 1) + ":\n  expected: "
        + (line < e.size() ? e.get(line) : "(end of file)") + "\n  actual:   "
        + (line < a.size() ? a.get(line) : "(end of file)")
        + (e.size() == a.size() && line == e.size() ? "\n  (the files differ in line endings or the final newline)" : "")
        + "\nIf the change is intended, run the tests with -D" + UPDATE + "=true and review the diff.");
  }
}
