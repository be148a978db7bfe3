package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.InputFile;
import dev.parallax.model.InputStatus;
import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input the README lists, through {@code parallax compare}: one clear line on
 * standard error per problem, the documented exit code, and never a stack trace. When some files
 * are usable the run succeeds and the report names the others and why they were skipped.
 */
class CompareBadInputTest {
  private static final String ARTICLE = """
      Border Crossing Reopens After Talks

      The Torkham border crossing between Pakistan and Afghanistan reopened on Tuesday after two days of talks, \
      officials said. Hundreds of trucks carrying fruit and coal crossed in the first hours. Traders said they \
      had lost about $2 million while the crossing was closed.
      """;

  @TempDir Path dir;

  private CliRun compare(String... args) {
    List<String> all = new ArrayList<>(List.of("compare"));
    all.addAll(List.of(args));
    all.addAll(List.of("-o", out().toString(), "--format", "json,md"));
    return CliRun.of(all.toArray(String[]::new));
  }

  private Path out() {
    return dir.resolve("out");
  }

  private Report report() throws IOException {
    return new ReportCodec().read(out().resolve("report.json"));
  }

  private Path write(String name, String text) throws IOException {
    Files.createDirectories(dir.resolve(name).getParent());
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static void assertOneLine(CliRun run, int code, String expected) {
    assertEquals(code, run.exitCode(), run.err());
    assertTrue(run.noStackTrace(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().startsWith("parallax: "), run.err());
    assertTrue(run.err().contains(expected), run.err());
  }

  private static Map<String, InputFile> inputs(Report r) {
    return r.provenance().inputs().stream().collect(Collectors.toMap(InputFile::source, f -> f));
  }

  private static Diagnostic diagnostic(Report r, String code) {
    return r.diagnostics().stream().filter(d -> d.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " diagnostic in " + r.diagnostics()));
  }

  @Test
  void missingPath() {
    String missing = dir.resolve("nope").toString();
    assertOneLine(compare(missing), ExitCode.INPUT, missing + " does not exist");
  }

  @Test
  void emptyFolder() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertOneLine(compare(empty.toString()), ExitCode.INPUT, empty + " has no .txt, .md, .html or .json files");
  }

  @Test
  void emptyFile() throws IOException {
    Path f = write("empty.txt", "");
    assertOneLine(compare(f.toString()), ExitCode.INPUT, f + " is empty");
  }

  @Test
  void whitespaceOnlyFile() throws IOException {
    Path f = write("blank.md", " \n\t\n\u00a0\n");
    assertOneLine(compare(f.toString()), ExitCode.INPUT, f + " has only white space");
  }

  @Test
  void binaryFile() throws IOException {
    Path f = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    assertOneLine(compare(f.toString()), ExitCode.INPUT, f + " is a PNG image, not text");
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithAWarning() throws IOException {
    Path f = Files.write(dir.resolve("latin.txt"),
        ARTICLE.replace("officials said", "caf\u00e9 owners said").getBytes(Charset.forName("windows-1252")));
    CliRun run = compare(f.toString());
    assertOneLine(run, ExitCode.OK, f + ": the file is not valid UTF-8; it was read as Windows-1252");
    Report r = report();
    assertTrue(r.articles().get(0).text().contains("caf\u00e9 owners said"), r.articles().get(0).text());
    assertEquals(f.toString(), diagnostic(r, "encoding").subject());
  }

  @Test
  void utf16WithAByteOrderMark() throws IOException {
    Path f = Files.write(dir.resolve("utf16.txt"),
        ("\uFEFF" + ARTICLE.replace("officials said", "caf\u00e9 owners said")).getBytes(StandardCharsets.UTF_16LE));
    CliRun run = compare(f.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.err().isEmpty(), run.err());
    assertTrue(report().articles().get(0).text().contains("caf\u00e9 owners said"));
  }

  @Test
  void fiftyMegabyteFileIsSkippedWithoutBeingRead() throws IOException {
    Path f = dir.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024);
    }
    assertOneLine(compare(f.toString()), ExitCode.INPUT,
        f + " is 50.0 MB; files over 20.0 MB are not read as articles (raise the limit with --max-file-size)");
  }

  @Test
  void aFileJustUnderTheSizeLimitIsRead() throws IOException {
    String page = "<html><head><script>" + "var x = 1;\n".repeat(94_000) + "</script></head><body><article>"
        + ARTICLE.replace("\n\n", "</p><p>") + "</article></body></html>";
    Path f = write("page.html", page);
    assertTrue(Files.size(f) > 1_000_000 && Files.size(f) < 1024 * 1024, "size " + Files.size(f));
    CliRun run = compare(f.toString(), "--max-file-size", "1");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(report().articles().get(0).text().contains("Hundreds of trucks"));
  }

  @Test
  void textOverTheWordLimitIsSkipped() throws IOException {
    Path f = write("long.txt", ARTICLE);
    assertOneLine(compare(f.toString(), "--max-words", "20"), ExitCode.INPUT,
        f + " has 43 words of text; texts over 20 words are not analysed as articles (raise the limit with --max-words)");
  }

  @Test
  void oneVeryLongLineWithoutPunctuation() throws IOException {
    String[] words = {"officials", "said", "the", "border", "talks", "would", "resume", "next", "week", "in",
        "Islamabad", "and", "trucks", "waited", "at", "Torkham"};
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < 2_500; i++) {
      line.append(words[(i * 5 + i / 16) % words.length]).append(' ');
    }
    Path f = write("run-on.txt", line.toString().strip() + "\n");
    CliRun run = compare(f.toString());
    assertOneLine(run, ExitCode.OK, f + " has a passage of 2,500 words without a full stop");
    Report r = report();
    assertTrue(r.claims().size() > 10, "claims: " + r.claims().size());
    for (Claim c : r.claims()) {
      assertTrue(c.text().split(" ").length <= 120, c.text());
    }
  }

  @Test
  void htmlThatIsAllScriptAndStyle() throws IOException {
    Path f = write("app.html", "<!doctype html><html><head><style>body{color:red}</style><script>var a = 1;"
        + "</script></head><body><script>render()</script><noscript>Enable JavaScript.</noscript></body></html>");
    assertOneLine(compare(f.toString()), ExitCode.INPUT,
        f + " has no article text once scripts, styles and page furniture are removed");
  }

  @Test
  void jsonThatIsNotAnArticle() throws IOException {
    Path f = write("data.json", "{\"rows\": [1, 2, 3], \"total\": 6}");
    assertOneLine(compare(f.toString()), ExitCode.INPUT, f + " is JSON but not an article");
  }

  @Test
  void oneArticleOnlyGivesItsClaimsAndFramingAndSaysThereIsNothingToCompare() throws IOException {
    Path f = write("only.txt", ARTICLE);
    CliRun run = compare(f.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.err().isEmpty(), run.err());
    assertTrue(run.out().contains("Only one article was read, so there is nothing to compare it with"), run.out());
    Report r = report();
    assertEquals(1, r.articles().size());
    assertTrue(r.claims().size() >= 2, "claims: " + r.claims().size());
    assertEquals(1, r.bias().size());
    assertTrue(r.findings().isEmpty());
    assertTrue(diagnostic(r, "single-article").message().contains("nothing to compare it with"));
    assertTrue(Files.readString(out().resolve("report.md")).contains("nothing to compare it with"));
  }

  @Test
  void theSameArticleTwiceIsCountedOnce() throws IOException {
    Path a = write("a.txt", ARTICLE);
    Path b = write("copy/a.md", ARTICLE.replace("\n\n", "\n\n\n"));
    CliRun run = compare(a.toString(), b.toString());
    assertOneLine(run, ExitCode.OK, b + " is the same article as " + a + "; counted once");
    Report r = report();
    assertEquals(1, r.articles().size());
    assertEquals(InputStatus.ANALYSED, inputs(r).get(a.toString()).status());
    assertEquals(InputStatus.DUPLICATE, inputs(r).get(b.toString()).status());
  }

  @Test
  void anArticleNotInEnglish() throws IOException {
    Path f = write("de.txt", "Grenze wieder offen\n\nDer Grenzübergang Torkham zwischen Pakistan und Afghanistan ist "
        + "am Dienstag nach zweitägigen Gesprächen wieder geöffnet worden, teilten Beamte mit. Hunderte Lastwagen mit "
        + "Obst und Kohle passierten in den ersten Stunden die Grenze.\n");
    assertOneLine(compare(f.toString()), ExitCode.INPUT, f + " is in German, not English");
  }

  @Test
  void aFolderOfAThousandFiles() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("many"));
    String[] places = {"Kabul", "Peshawar", "Quetta", "Kandahar", "Jalalabad", "Torkham", "Chaman", "Khost"};
    for (int i = 0; i < 1_000; i++) {
      Files.writeString(folder.resolve(String.format(java.util.Locale.ROOT, "%04d.txt", i)),
          "Report " + i + "\n\nOfficials in " + places[i % places.length] + " said " + (i + 3)
              + " trucks crossed the border on day " + (i % 29 + 1) + ".\n", StandardCharsets.UTF_8);
    }
    CliRun run = compare(folder.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Report r = report();
    assertEquals(1_000, r.provenance().inputs().size());
    assertEquals(1_000, r.articles().size());
    assertTrue(run.out().startsWith("Compared 1,000 articles"), run.out());
  }

  @Test
  void oneBadFileAmongManyNeverCostsTheOthers() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("story"));
    try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
      for (Path s : seeds.toList()) {
        Files.copy(s, folder.resolve(s.getFileName()));
      }
    }
    Files.write(folder.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    Files.writeString(folder.resolve("empty.md"), "");
    Files.writeString(folder.resolve("data.json"), "[1, 2, 3]");
    Files.writeString(folder.resolve("app.html"), "<html><script>x()</script></html>");
    Files.writeString(folder.resolve("de.txt"), "Der Grenzübergang Torkham zwischen Pakistan und Afghanistan ist am "
        + "Dienstag nach zweitägigen Gesprächen wieder geöffnet worden, teilten Beamte mit.");
    String missing = dir.resolve("missing.txt").toString();
    CliRun run = compare(folder.toString(), missing);
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.noStackTrace(), run.err());
    assertEquals(6, run.err().strip().lines().count(), run.err());
    Report r = report();
    assertEquals(5, r.articles().size());
    Map<String, InputFile> inputs = inputs(r);
    Map<String, String> expected = Map.of(
        "photo.txt", "binary", "empty.md", "empty-file", "data.json", "not-an-article", "app.html", "no-text",
        "de.txt", "not-english");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String source = folder + "/" + e.getKey();
      assertEquals(InputStatus.SKIPPED, inputs.get(source).status(), source);
      assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals(e.getValue()) && d.subject().equals(source)),
          source + " " + r.diagnostics());
      assertTrue(run.err().contains("parallax: " + source), run.err());
    }
    assertEquals(InputStatus.SKIPPED, inputs.get(missing).status());
    assertEquals(5, r.provenance().inputs().stream().filter(i -> i.status() == InputStatus.ANALYSED).count());
    for (Article a : r.articles()) {
      assertTrue(r.claims().stream().anyMatch(c -> c.articleId().equals(a.id())), a.source());
    }
  }

  @Test
  void badOptionValuesAreUsageErrors() throws IOException {
    Path f = write("a.txt", ARTICLE);
    assertOneLine(compare(f.toString(), "--max-words", "0"), ExitCode.USAGE, "--max-words must be a positive number");
    assertOneLine(compare(f.toString(), "--threads", "0"), ExitCode.USAGE, "--threads must be at least 1");
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
    for (int code : List.of(ExitCode.OK, ExitCode.USAGE, ExitCode.INPUT, ExitCode.OUTPUT, ExitCode.INTERNAL)) {
      assertTrue(run.out().lines().anyMatch(l -> l.startsWith(String.format(java.util.Locale.ROOT, "  %-3d ", code))),
          code + " in " + run.out());
    }
  }

  @Test
  void writesNothingWhenNothingIsUsable() throws IOException {
    Path f = write("blank.md", "  \n");
    compare(f.toString());
    assertTrue(Files.notExists(out().resolve("report.json")));
  }
}
