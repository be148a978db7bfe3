package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets one clear line on standard error, a non-zero exit code, and no stack trace. */
class CompareBadInputTest {
  @TempDir Path dir;

  private CliRun compare(String... paths) {
    String[] args = new String[paths.length + 3];
    args[0] = "compare";
    System.arraycopy(paths, 0, args, 1, paths.length);
    args[paths.length + 1] = "-o";
    args[paths.length + 2] = dir.resolve("out").toString();
    return CliRun.of(args);
  }

  private static void assertOneLine(CliRun run, int code, String expected) {
    assertEquals(code, run.exitCode(), run.err());
    assertTrue(run.noStackTrace(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains(expected), run.err());
  }

  @Test
  void missingPath() {
    String missing = dir.resolve("nope").toString();
    assertOneLine(compare(missing), ExitCode.INPUT, missing + " does not exist");
  }

  @Test
  void emptyFolder() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertOneLine(compare(empty.toString()), ExitCode.INPUT, "has no .txt, .md, .html or .json files");
  }

  @Test
  void emptyFile() throws IOException {
    Path f = Files.writeString(dir.resolve("empty.txt"), "");
    assertOneLine(compare(f.toString()), ExitCode.INPUT, "is empty");
  }

  @Test
  void binaryFile() throws IOException {
    Path f = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    assertOneLine(compare(f.toString()), ExitCode.INPUT, "is a PNG image, not text");
  }

  @Test
  void unknownOption() {
    CliRun run = CliRun.of("compare", "--no-such-option", "x");
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertTrue(run.noStackTrace(), run.err());
  }

  @Test
  void helpListsTheExitCodes() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Exit codes:"), run.out());
    assertTrue(run.out().contains("no usable input"), run.out());
  }

  @Test
  void writesNothingWhenNothingIsUsable() throws IOException {
    Path f = Files.writeString(dir.resolve("blank.md"), "  \n", StandardCharsets.UTF_8);
    compare(f.toString());
    assertTrue(Files.notExists(dir.resolve("out").resolve("report.json")));
  }
}
