package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Article;
import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conventions every subcommand keeps: {@code -} for standard input, option values in any case,
 * a web address named as such, an output path that is a file refused with the reason, and the hint
 * to {@code inspect} only when there is a report.json to inspect.
 */
class CommandLineConventionsTest {
  private static final String ARTICLE = """
      Border Crossing Reopens After Talks

      The Torkham border crossing between Pakistan and Afghanistan reopened on Tuesday after two days of talks, \
      officials said. Hundreds of trucks carrying fruit and coal crossed in the first hours. Traders said they \
      had lost about $2 million while the crossing was closed.
      """;

  private static final String PAGE = """
      <!doctype html><html><head><title>Crossing reopens | Site</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Torkham Crossing Reopens",
        "datePublished":"2024-05-07T10:00:00Z","publisher":{"@type":"Organization","name":"Reuters"}}</script></head>
      <body><article><h1>Torkham Crossing Reopens</h1>
      <p>The Torkham border crossing reopened on Tuesday after two days of talks, officials said.</p>
      <p>Traders said they had lost about $2 million while the crossing was closed.</p>
      <p>Share this article on Facebook</p>
      </article></body></html>
      """;

  @TempDir Path dir;

  private static void assertOneLine(CliRun run, int code, String... expected) {
    assertEquals(code, run.exitCode(), run.err());
    assertTrue(run.noStackTrace(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().startsWith("parallax: "), run.err());
    for (String e : expected) {
      assertTrue(run.err().contains(e), "missing '" + e + "' in: " + run.err());
    }
  }

  private Path article() throws IOException {
    return Files.writeString(dir.resolve("crossing.txt"), ARTICLE, StandardCharsets.UTF_8);
  }

  @Test
  void formatsAreAcceptedInAnyCaseAndInspectReadsWhatCompareWrote() throws IOException {
    Path out = dir.resolve("report");
    CliRun run = CliRun.of("compare", article().toString(), "-o", out.toString(), "--format", "JSON,Md");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(Files.isRegularFile(out.resolve("report.json")) && Files.isRegularFile(out.resolve("report.md")));
    assertFalse(Files.exists(out.resolve("report.html")));
    assertTrue(run.out().contains("See every finding with: parallax inspect " + out), run.out());
    CliRun inspect = CliRun.of("inspect", out.toString());
    assertEquals(ExitCode.OK, inspect.exitCode(), inspect.err());
  }

  @Test
  void aMarkdownOnlyReportDoesNotPointAtInspect() throws IOException {
    Path out = dir.resolve("md-only");
    CliRun run = CliRun.of("compare", article().toString(), "-o", out.toString(), "--format", "md");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("Wrote " + out.resolve("report.md")), run.out());
    assertFalse(run.out().contains("parallax inspect"), run.out());
  }

  @Test
  void compareReadsOneArticleFromStandardInput() throws IOException {
    Path out = dir.resolve("stdin");
    CliRun run = CliRun.withInput(PAGE, "compare", "-", "-o", out.toString(), "--format", "json");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Report report = new ReportCodec().read(out.resolve("report.json"));
    assertEquals(1, report.articles().size());
    Article a = report.articles().get(0);
    assertEquals(StandardInput.SOURCE, a.source());
    assertEquals("Reuters", a.outlet(), "an HTML page on standard input is read as HTML, with its JSON-LD");
    assertTrue(a.text().startsWith("The Torkham border crossing reopened"), a.text());
    assertFalse(a.text().contains("Share this article"), "share prompts are page furniture: " + a.text());
    assertEquals(StandardInput.SOURCE, report.provenance().inputs().get(0).source());
  }

  @Test
  void anEmptyStandardInputIsNamedAsSuch() {
    CliRun run = CliRun.of("compare", "-", "-o", dir.resolve("out").toString());
    assertOneLine(run, ExitCode.INPUT, "standard input is empty");
  }

  @Test
  void standardInputCanBeGivenOnlyOnce() {
    assertOneLine(CliRun.withInput(ARTICLE, "compare", "-", "-"), ExitCode.USAGE, "only once");
  }

  @Test
  void quantitiesReadsATextOrJsonLinesFromStandardInput() {
    CliRun table = CliRun.withInput("Prices rose 56% last year.\n", "quantities", "--reference-date", "2024-11-20", "-");
    assertEquals(ExitCode.OK, table.exitCode(), table.err());
    assertTrue(table.out().contains("PERCENT") && table.out().contains("56%"), table.out());
    assertTrue(table.out().contains("2023"), table.out());

    CliRun jsonl = CliRun.withInput("{\"id\":\"q1\",\"text\":\"about 3.7 million\"}\n", "quantities", "--jsonl", "-");
    assertEquals(ExitCode.OK, jsonl.exitCode(), jsonl.err());
    assertTrue(jsonl.out().startsWith("{\"id\":\"q1\",\"mentions\":[{"), jsonl.out());
    assertEquals(1, jsonl.out().lines().count(), jsonl.out());
  }

  @Test
  void aWebAddressIsNotFetchedAndTheMessageSaysHowToSaveThePage() {
    String url = "https://example.org/news/story";
    for (List<String> args : List.of(
        List.of("compare", url), List.of("compare", "seeds", "http://example.org/a"), List.of("framing", url),
        List.of("quantities", url), List.of("inspect", url))) {
      CliRun run = CliRun.withInput(failingInput(), args.toArray(String[]::new));
      assertOneLine(run, ExitCode.USAGE, "is a web address", "does not fetch pages", "Save Page As", "curl",
          "parallax " + args.get(0) + " article.html");
    }
  }

  @Test
  void anOutputPathThatIsAFileIsRefusedWithTheReasonBeforeAnythingIsRead() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine\n");
    // The input does not exist: the output is checked first, so the answer comes at once.
    CliRun run = CliRun.of("compare", dir.resolve("missing.txt").toString(), "-o", file.toString());
    assertOneLine(run, ExitCode.OUTPUT, "cannot write the report into " + file + ": it is a file, not a folder");
    run = CliRun.of("compare", dir.resolve("missing.txt").toString(), "-o", file.resolve("report").toString());
    assertOneLine(run, ExitCode.OUTPUT, file + " is a file, not a folder");
    assertEquals("mine\n", Files.readString(file));
  }

  /** Standard input that fails the test when read: checks that come first must not read it. */
  private static InputStream failingInput() {
    return new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("standard input was read");
      }
    };
  }
}
