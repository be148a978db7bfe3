package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.model.Article;
import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs of {@code compare} a hostile user would try (issue 16): special files among good ones, a
 * second run over a folder that holds the first one's report, file names made to break Markdown and
 * the terminal, a character no encoding can write, and runs that meet a locked or unusable output
 * folder. The good articles always reach the report; a report that cannot be written leaves the one
 * before it whole.
 */
class HostileRunTest {
  private static final String FIRST = """
      Fire Kills Ten in Market

      A fire in the central market killed ten people on Monday, the city's fire chief said. Forty shops \
      burned before the fire was put out in the evening.
      """;
  private static final String SECOND = """
      Market Fire Toll Rises

      Twelve people died when a fire swept through the central market on Monday, police said. The fire \
      chief said forty shops burned.
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, text, StandardCharsets.UTF_8);
  }

  private Path story() throws IOException {
    write("story/first.txt", FIRST);
    write("story/second.txt", SECOND);
    return dir.resolve("story");
  }

  private static Report report(Path folder) throws IOException {
    return new ReportCodec().read(folder.resolve("report.json"));
  }

  private static List<String> sources(Report r) {
    return r.articles().stream().map(Article::source).toList();
  }

  private static boolean mkfifo(Path p) throws Exception {
    try {
      Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
      return mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void aFifoAndALinkToADeviceAreNamedAndTheGoodArticlesReported() throws Exception {
    Path story = story();
    Path fifo = dir.resolve("pipe.txt");
    assumeTrue(mkfifo(fifo), "mkfifo is not available");
    assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
    Path zero = Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));
    Files.createSymbolicLink(story.resolve("urandom.txt"), Path.of("/dev/zero"));
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("compare", story.toString(), fifo.toString(), zero.toString(), "-o", out.toString(),
        "--format", "json");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.noStackTrace(), run.err());
    assertTrue(run.err().contains(fifo + " is a FIFO (named pipe), not a regular file"), run.err());
    assertTrue(run.err().contains(zero + " is a character device, not a regular file"), run.err());
    assertTrue(run.err().contains("urandom.txt is a character device, not a regular file; it was left out"), run.err());
    assertEquals(2, report(out).articles().size());
    Files.delete(zero);
    Files.delete(story.resolve("urandom.txt"));
  }

  @Test
  void aSecondRunOverTheSameFolderDoesNotReadTheFirstReport() throws IOException {
    Path story = story();
    Path out = story.resolve("parallax-report");
    assertEquals(ExitCode.OK, CliRun.of("compare", story.toString(), "-o", out.toString()).exitCode());
    CliRun again = CliRun.of("compare", story.toString(), "-o", out.toString());
    assertEquals(ExitCode.OK, again.exitCode(), again.err());
    assertEquals(List.of(story + "/first.txt", story + "/second.txt"), sources(report(out)));
    assertTrue(again.err().contains("holds a Parallax report, which was not read as articles: parallax-report"), again.err());

    // -o . : the report's files lie beside the articles
    CliRun here = CliRun.of("compare", story.toString(), "-o", story.toString());
    assertEquals(ExitCode.OK, here.exitCode(), here.err());
    CliRun hereAgain = CliRun.of("compare", story.toString(), "-o", story.toString());
    assertEquals(ExitCode.OK, hereAgain.exitCode(), hereAgain.err());
    assertEquals(List.of(story + "/first.txt", story + "/second.txt"), sources(report(story)));
  }

  @Test
  void aLoneSurrogateCostsAWarningNotTheReport() throws IOException {
    Path story = story();
    write("story/third.json", "{\"title\": \"Fire \\ud800\", \"text\": \"Eleven people died in the market fire on "
        + "Monday \\udc00, officials said.\"}");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("compare", story.toString(), "-o", out.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("third.json has characters that are not valid Unicode"), run.err());
    assertEquals(3, report(out).articles().size());
    assertTrue(Files.readString(out.resolve("report.md")).contains("\uFFFD"));
    assertTrue(Files.exists(out.resolve("report.html")));
  }

  @Test
  void fileNamesCannotBreakTheMarkdownTableOrForgeTerminalLines() throws IOException {
    Path story = story();
    String name = "a|b\n<script>alert(1)</script>\u001b[31m.txt";
    write("story/" + name, SECOND.replace("Twelve", "Eleven"));
    write("story/empty\nparallax: forged line.txt", " ");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("compare", story.toString(), "-o", out.toString(), "--format", "json,md");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertFalse(run.err().contains("\nparallax: forged line"), run.err());
    assertTrue(run.err().contains("empty\\nparallax: forged line.txt"), run.err());
    assertFalse(run.err().contains("\u001b"), run.err());
    String md = Files.readString(out.resolve("report.md"));
    assertFalse(md.contains("\n<script>"), "a line break in a name starts no line of HTML");
    String row = md.lines().filter(l -> l.contains("alert(1)") && l.contains(" | not printed | ")).findFirst()
        .orElseThrow(() -> new AssertionError(run.err() + "\n" + md));
    assertTrue(row.contains("`" + story + "/a\\|b\\n<script>alert(1)</script>\\u001b[31m.txt`"), row);
    assertEquals(8, row.replace("\\|", "").chars().filter(c -> c == '|').count(), "seven cells: " + row);
    assertFalse(md.contains("\u001b"), "no terminal escape reaches report.md");
  }

  @Test
  void aFailureWhileWritingLeavesThePreviousReportWhole() throws IOException {
    Path story = story();
    Path out = dir.resolve("out");
    assertEquals(ExitCode.OK, CliRun.of("compare", story.toString(), "-o", out.toString()).exitCode());
    byte[] json = Files.readAllBytes(out.resolve("report.json"));
    byte[] md = Files.readAllBytes(out.resolve("report.md"));
    byte[] html = Files.readAllBytes(out.resolve("report.html"));
    List<String> before = listing(out);

    // a writer that dies halfway through its third file, as a run killed while writing
    int[] files = {0};
    ReportFolder.Sink dying = (file, bytes) -> {
      if (++files[0] == 3) {
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        throw new IOException("killed while writing");
      }
      ReportFolder.FILES.write(file, bytes);
    };
    try (ReportFolder folder = ReportFolder.open(out, dying)) {
      folder.stage("report.json", "{\"truncated\": ".getBytes(StandardCharsets.UTF_8));
      folder.stage("charts/new-figure.png", new byte[] {1, 2, 3});
      IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
          () -> folder.stage("report.md", "# half".getBytes(StandardCharsets.UTF_8)));
      assertEquals("killed while writing", e.getMessage());
    }
    assertArrayEquals(json, Files.readAllBytes(out.resolve("report.json")));
    assertArrayEquals(md, Files.readAllBytes(out.resolve("report.md")));
    assertArrayEquals(html, Files.readAllBytes(out.resolve("report.html")));
    assertEquals(before, listing(out), "no temporary file is left, no new chart appears");

    // a process killed outright leaves its temporary files; the next run removes them
    write("out/.parallax-writing-7-numeric-f3.svg", "<svg");
    assertEquals(ExitCode.OK, CliRun.of("compare", story.toString(), "-o", out.toString()).exitCode());
    assertEquals(before, listing(out));
  }

  @Test
  void chartsTheNewReportDoesNotLinkAreRemoved() throws IOException {
    Path story = story();
    Path out = dir.resolve("out");
    write("out/charts/numeric-f99.png", "old");
    write("out/charts/notes.txt", "the user's own file");
    assertEquals(ExitCode.OK, CliRun.of("compare", story.toString(), "-o", out.toString()).exitCode());
    assertFalse(Files.exists(out.resolve("charts/numeric-f99.png")));
    assertTrue(Files.exists(out.resolve("charts/notes.txt")), "only charts are removed");
    String md = Files.readString(out.resolve("report.md"));
    try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
      for (Path c : charts.filter(p -> p.toString().endsWith(".png")).toList()) {
        assertTrue(md.contains("charts/" + c.getFileName()), c + " is linked from report.md");
      }
    }
  }

  @Test
  void aFolderAnotherRunWritesIntoIsRefused() throws IOException {
    Path story = story();
    Path out = Files.createDirectories(dir.resolve("out"));
    try (FileChannel channel = FileChannel.open(out.resolve(".parallax.lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
      CliRun run = CliRun.of("compare", story.toString(), "-o", out.toString());
      assertEquals(ExitCode.OUTPUT, run.exitCode(), run.err());
      assertTrue(run.err().contains("another Parallax run is writing a report into " + out), run.err());
      assertTrue(run.noStackTrace(), run.err());
    }
    assertFalse(Files.exists(out.resolve("report.json")));
  }

  @Test
  void anEmptyOutputFolderIsRefusedBeforeAnything() throws IOException {
    CliRun run = CliRun.of("compare", story().toString(), "-o", "");
    assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
    assertTrue(run.err().contains("-o is empty; give it a folder (. for the current folder)"), run.err());
  }

  @Test
  void aBadOutputFolderIsRefusedBeforeTheAnalysisAndAFailedRunLeavesNoFolder() throws IOException {
    Path file = write("plain.txt", "a file");
    CliRun run = CliRun.of("compare", dir.resolve("missing").toString(), "-o", file.resolve("out").toString());
    assertEquals(ExitCode.OUTPUT, run.exitCode(), "the output is checked before the input is read: " + run.err());
    assertTrue(run.err().contains("plain.txt is a file, not a folder"), run.err());

    Path out = dir.resolve("new-out");
    CliRun none = CliRun.of("compare", dir.resolve("missing").toString(), "-o", out.toString());
    assertEquals(ExitCode.INPUT, none.exitCode(), none.err());
    assertFalse(Files.exists(out), "a run that wrote nothing leaves no folder");
  }

  @Test
  void aBinaryOutletFileIsNamedAsNotText() throws IOException {
    Path outlets = dir.resolve("outlets.tsv");
    Files.write(outlets, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3, 0x28, 10});
    CliRun run = CliRun.of("compare", story().toString(), "--outlets", outlets.toString(), "-o",
        dir.resolve("out").toString());
    assertEquals(ExitCode.INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains("cannot read the outlet file " + outlets + ": it is not UTF-8 text"), run.err());
    assertFalse(run.err().contains("Input length"), run.err());
  }

  @Test
  void inspectRefusesAFifoAndNamesAWrongTypedSchemaVersion() throws Exception {
    Path fifo = dir.resolve("report.json");
    assumeTrue(mkfifo(fifo), "mkfifo is not available");
    CliRun run = CliRun.of("inspect", fifo.toString());
    assertEquals(ExitCode.INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains("is not a regular file"), run.err());

    Path typed = write("typed/report.json", "{\"schemaVersion\": \"1\"}");
    CliRun wrong = CliRun.of("inspect", typed.toString());
    assertEquals(ExitCode.INPUT, wrong.exitCode(), wrong.err());
    assertTrue(wrong.err().contains("schemaVersion is \"1\", not a whole number such as 1"), wrong.err());
  }

  private static List<String> listing(Path folder) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> all = Files.walk(folder)) {
      all.map(p -> folder.relativize(p).toString()).sorted().forEach(names::add);
    }
    return names;
  }
}
