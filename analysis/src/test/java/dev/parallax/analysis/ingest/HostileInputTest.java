package dev.parallax.analysis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.analysis.ingest.InputCollector.Collected;
import dev.parallax.analysis.ingest.InputCollector.Problem;
import dev.parallax.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to break the reading of articles (issue 16): characters no encoding can write, special
 * files, links that lead nowhere, a report's own files, folders deeper than any limit, JSON nested
 * past the parser's limit, a side file that is half wrong, and a token of many thousand letters.
 */
class HostileInputTest {
  private static final ArticleFileReader READER = new ArticleFileReader();
  private static final String BODY = "The council said ten people died in the fire on Monday. Officials later said twelve.";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, text, StandardCharsets.UTF_8);
  }

  private Document accept(Path f) {
    ReadOutcome o = READER.read(f, f.getFileName().toString());
    return assertInstanceOf(ReadOutcome.Accepted.class, o, o::toString).document();
  }

  private ReadOutcome.Rejected reject(Path f) {
    ReadOutcome o = READER.read(f, f.getFileName().toString());
    return assertInstanceOf(ReadOutcome.Rejected.class, o, o::toString);
  }

  private static boolean writable(String s) {
    return StandardCharsets.UTF_8.newEncoder().canEncode(s);
  }

  private static boolean warned(Document d, String code) {
    return d.diagnostics().stream().map(Diagnostic::code).anyMatch(code::equals);
  }

  @Test
  void aLoneSurrogateInAnHtmlEntityIsReplacedWithAWarning() throws IOException {
    Document d = accept(write("page.html", "<html><head><title>Fire &#xD800;toll</title></head><body><article><p>"
        + BODY.replace("ten", "ten &#xD800;") + "</p></article></body></html>"));
    assertTrue(writable(d.text()) && writable(d.title()), d.text() + " / " + d.title());
    assertTrue(d.text().contains("\uFFFD"), d.text());
    assertTrue(warned(d, "bad-characters"), d.diagnostics().toString());
  }

  @Test
  void aLoneSurrogateInJsonAndInTheSideFileIsReplacedWithAWarning() throws IOException {
    Path article = write("a.json", "{\"title\": \"Fire\", \"text\": \"" + BODY.replace("ten", "ten \\ud800") + "\"}");
    write("a.meta.json", "{\"outlet\": \"Daily \\udc00Ledger\"}");
    Document d = accept(article);
    assertTrue(writable(d.text()), d.text());
    assertTrue(writable(d.outlet()), d.outlet());
    assertEquals(d.text().length(), Characters.replaceLoneSurrogates(d.text()).length());
    assertTrue(warned(d, "bad-characters"), d.diagnostics().toString());
  }

  @Test
  void aPairedSurrogateIsKept() {
    String emoji = "fire \uD83D\uDD25 here";
    assertFalse(Characters.hasLoneSurrogate(emoji));
    assertEquals(emoji, Characters.replaceLoneSurrogates(emoji));
    assertEquals("a\uFFFDb\uFFFD", Characters.replaceLoneSurrogates("a\uDC00b\uD800"));
  }

  @Test
  void aFifoIsRefusedWithoutBeingOpened() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is not available");
    ReadOutcome.Rejected r = reject(fifo);
    assertEquals("not-a-file", r.code());
    assertTrue(r.message().contains("FIFO"), r.message());

    Collected c = InputCollector.collect(List.of(fifo.toString()));
    assertTrue(c.inputs().isEmpty());
    assertTrue(c.problems().get(0).message().contains("is a FIFO (named pipe), not a regular file"), c.problems().toString());
  }

  @Test
  void aLinkToADeviceIsRefusedAndTheGoodFileOfTheFolderIsRead() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
    Path good = write("story/good.txt", BODY);
    Path zero = Files.createSymbolicLink(dir.resolve("story/zero.txt"), Path.of("/dev/zero"));
    Files.createSymbolicLink(dir.resolve("story/gone.txt"), dir.resolve("story/nothing-here.txt"));
    assertEquals("not-a-file", reject(zero).code());

    Collected c = InputCollector.collect(List.of(dir.resolve("story").toString()));
    assertEquals(List.of(good), c.inputs().stream().map(InputCollector.Input::path).toList());
    List<String> messages = c.problems().stream().map(Problem::message).toList();
    assertTrue(messages.stream().anyMatch(m -> m.endsWith("zero.txt is a character device, not a regular file; "
        + "it was left out")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.endsWith("gone.txt is a link to a file that does not exist; "
        + "it was left out")), messages.toString());
    assertTrue(c.problems().stream().noneMatch(Problem::fatal));

    Collected given = InputCollector.collect(List.of(zero.toString(), dir.resolve("story/gone.txt").toString()));
    assertEquals(List.of("not-a-file", "missing"), given.problems().stream().map(Problem::code).toList());
    Files.delete(zero);
  }

  @Test
  void readingStopsAtTheLimitWhateverSizeTheFileStates() throws IOException {
    Path f = write("big.txt", "x".repeat(5_000));
    assertNull(ArticleFileReader.readAtMost(f, 4_999));
    assertEquals(5_000, ArticleFileReader.readAtMost(f, 5_000).length);
  }

  @Test
  void foldersAreWalkedAtAnyDepth() throws IOException {
    Path deep = write("story/" + "level/".repeat(14) + "deep.txt", BODY);
    Collected c = InputCollector.collect(List.of(dir.resolve("story").toString()));
    assertEquals(List.of(deep), c.inputs().stream().map(InputCollector.Input::path).toList());
  }

  @Test
  void aReportFolderInsideIsNotReadAndNeitherAreTheReportsOwnFiles() throws IOException {
    Path article = write("story/a.txt", BODY);
    write("story/parallax-report/report.json", "{\n  \"schemaVersion\" : 1,\n  \"provenance\" : {}\n}");
    write("story/parallax-report/report.md", "# Parallax report\n\nHow two outlets report one story.\n");
    write("story/old/report.html", "<!DOCTYPE html><html><head><meta name=\"generator\" content=\"parallax 0.1\">");
    Collected c = InputCollector.collect(List.of(dir.resolve("story").toString()));
    assertEquals(List.of(article), c.inputs().stream().map(InputCollector.Input::path).toList());
    Problem p = c.problems().stream().filter(x -> x.code().equals("report-files")).findFirst().orElseThrow();
    assertTrue(p.message().contains("old, parallax-report"), p.message());

    // compare . -o . : the folder holds its own report beside the articles
    write("story/report.md", "# Parallax report\n\nHow two outlets report one story.\n");
    write("story/charts/coverage.md", "not an article");
    Files.writeString(dir.resolve("story/" + InputCollector.LOCK_FILE), "");
    Collected again = InputCollector.collect(List.of(dir.resolve("story").toString()));
    assertEquals(List.of(article), again.inputs().stream().map(InputCollector.Input::path).toList());
  }

  @Test
  void jsonNestedPastTheParsersLimitIsRejectedWithAMessage() throws IOException {
    ReadOutcome.Rejected r = reject(write("deep.json", "[".repeat(100_000) + "]".repeat(100_000)));
    assertEquals("not-an-article", r.code(), r.message());
    assertTrue(r.message().contains("is not valid JSON"), r.message());
    assertFalse(r.message().contains("NullPointerException"), r.message());
  }

  @Test
  void aSideFileWithOneBadValueIsIgnoredWhole() throws IOException {
    Path article = write("s.txt", "Fire Toll Rises\n\n" + BODY + "\n");
    write("s.meta.json", "{\"outlet\": \"Daily Ledger\", \"title\": \"Side Title\", \"date\": \"last week\"}");
    Document d = accept(article);
    assertEquals("Fire Toll Rises", d.title(), "nothing of an ignored side file is applied");
    assertNull(d.outlet());
    Diagnostic bad = d.diagnostics().stream().filter(x -> x.code().equals("bad-metadata-file")).findFirst().orElseThrow();
    assertTrue(bad.message().contains("was ignored: its date 'last week' is not a date"), bad.message());

    write("s.meta.json", "{\"outlet\": \"Daily Ledger\", \"date\": 20240101}");
    Document typed = accept(article);
    assertNull(typed.outlet());
    assertTrue(typed.diagnostics().toString().contains("its 'date' is a number, not text"), typed.diagnostics().toString());
  }

  @Test
  void aTokenOfManyThousandLettersStaysOneWord() throws IOException {
    // split into one-letter "words", a token of 200,000 letters became 200,000 words and stalled the run
    Document d = accept(write("token.txt", BODY + " " + "a".repeat(200_000) + " It ended."));
    assertEquals(Document.words(BODY) + 1 + 2, d.wordCount());
    GluedWordRepairer glue = new GluedWordRepairer(dev.parallax.analysis.lexicon.WordNetLexicon.shared());
    String mixed = "theCouncil".repeat(20_000);
    assertEquals(List.of(mixed), glue.repair(List.of(mixed)), "a run over the limit is left whole");
  }
}
