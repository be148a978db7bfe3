package dev.parallax.analysis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.analysis.claim.ClaimExtractor;
import dev.parallax.analysis.ingest.DocumentReader;
import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.analysis.text.Sentence;
import dev.parallax.analysis.text.TextAnalyzer;
import dev.parallax.model.Article;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.InputFile;
import dev.parallax.model.InputStatus;
import dev.parallax.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad file, or one article a stage cannot handle, never costs the others. */
class PipelineRobustnessTest {
  static final Settings SETTINGS = new Settings(Settings.defaults().maxFileBytes(), 2, false);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  static Components standard;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    standard = Components.standard(OutletRegistry.builtIn(), SETTINGS);
  }

  private static Report compare(Components stages, Path... paths) {
    List<String> given = java.util.Arrays.stream(paths).map(Path::toString).toList();
    return new ComparisonPipeline(stages, SETTINGS, CLOCK, "test").compare(given, ProgressListener.NONE);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Map<String, InputFile> inputs(Report r) {
    return r.provenance().inputs().stream().collect(Collectors.toMap(InputFile::source, f -> f));
  }

  private static Diagnostic diagnostic(Report r, String code) {
    return r.diagnostics().stream().filter(d -> d.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " diagnostic in " + r.diagnostics()));
  }

  private void threeArticles() throws IOException {
    write("a.txt", "Border Talks\n\nPakistani and Afghan officials met at the Torkham crossing on Monday. "
        + "They agreed to reopen the border for trade.\n");
    write("b.txt", "Crossing Reopens\n\nThe Torkham crossing reopened on Tuesday after talks between the two "
        + "countries. Trucks lined up for miles. KABOOM\n");
    write("c.txt", "Trade Resumes\n\nTrade resumed at the Torkham crossing on Tuesday, officials said. "
        + "Hundreds of trucks crossed the border.\n");
  }

  @Test
  void anArticleTheTextStageFailsOnIsSkippedAndTheOthersKeepTheirIds() throws IOException {
    threeArticles();
    TextAnalyzer fragile = new TextAnalyzer() {
      @Override
      public List<Sentence> analyze(String text) {
        if (text.contains("KABOOM")) {
          throw new IllegalStateException("cannot cope");
        }
        return standard.text().analyze(text);
      }

      @Override
      public List<Sentence> sentences(String text) {
        return standard.text().sentences(text);
      }
    };
    Report r = compare(standard.withText(fragile), dir);
    assertEquals(List.of("a", "c"), r.articles().stream().map(Article::id).toList());
    assertEquals(List.of(dir + "/a.txt", dir + "/c.txt"), r.articles().stream().map(Article::source).toList());
    assertTrue(r.claims().stream().allMatch(c -> c.articleId().equals("a") || c.articleId().equals("c")));
    Diagnostic d = diagnostic(r, "analysis-failed");
    assertEquals(dir + "/b.txt could not be analysed (IllegalStateException: cannot cope; please report it); skipped",
        d.message());
    assertEquals(InputStatus.SKIPPED, inputs(r).get(dir + "/b.txt").status());
    assertEquals(InputStatus.ANALYSED, inputs(r).get(dir + "/c.txt").status());
  }

  @Test
  void anArticleTheClaimStageFailsOnKeepsItsTextAndLosesOnlyItsClaims() throws IOException {
    threeArticles();
    ClaimExtractor fragile = t -> {
      if (t.article().text().contains("KABOOM")) {
        throw new IllegalArgumentException("odd sentence");
      }
      return standard.claims().extract(t);
    };
    Report r = compare(standard.withClaims(fragile), dir);
    assertEquals(3, r.articles().size());
    assertTrue(r.claims().stream().noneMatch(c -> c.articleId().equals("b")));
    assertTrue(r.claims().stream().anyMatch(c -> c.articleId().equals("c")));
    assertEquals("b", diagnostic(r, "claims-failed").subject());
  }

  @Test
  void aReaderThatThrowsCostsOnlyItsFile() throws IOException {
    threeArticles();
    DocumentReader fragile = (file, source) -> {
      if (source.endsWith("b.txt")) {
        throw new StackOverflowError();
      }
      return standard.reader().read(file, source);
    };
    Report r = compare(standard.withReader(fragile), dir);
    assertEquals(2, r.articles().size());
    assertEquals("read-failed", diagnostic(r, "read-failed").code());
  }

  @Test
  void articlesNotInEnglishAreSkippedAndNamed() throws IOException {
    threeArticles();
    Path german = write("d.txt", "Neue Maßnahmen\n\nDie Regierung hat am Montag neue Maßnahmen gegen die Inflation "
        + "beschlossen, wie ein Sprecher mitteilte. Die Opposition kritisierte das Paket als zu klein.\n");
    Report r = compare(standard, dir);
    assertEquals(3, r.articles().size());
    assertTrue(r.articles().stream().allMatch(a -> a.language().equals("en")));
    assertEquals(german + " is in German, not English; Parallax analyses English articles only; skipped",
        diagnostic(r, "not-english").message());
    NoUsableInputException e = assertThrows(NoUsableInputException.class, () -> compare(standard, german));
    assertEquals(german + " is in German, not English; Parallax analyses English articles only", e.getMessage());
  }

  @Test
  void badPathsAreListedAmongTheInputs() throws IOException {
    threeArticles();
    Path missing = dir.resolve("gone.txt");
    Report r = compare(standard, dir.resolve("a.txt"), missing, dir.resolve("c.txt"));
    assertEquals(2, r.articles().size());
    InputFile gone = inputs(r).get(missing.toString());
    assertEquals(InputStatus.SKIPPED, gone.status());
    assertEquals(missing + " does not exist", gone.reason());
  }

  @Test
  void namesTheFirstFewProblemsWhenNothingIsUsable() throws IOException {
    for (int i = 0; i < 5; i++) {
      write("e" + i + ".txt", " ");
    }
    NoUsableInputException e = assertThrows(NoUsableInputException.class, () -> compare(standard, dir));
    assertEquals("none of the 5 inputs could be used: " + dir + "/e0.txt has only white space; " + dir
        + "/e1.txt has only white space; " + dir + "/e2.txt has only white space; and 2 more", e.getMessage());
    assertEquals(5, e.problems().size());
  }
}
