package dev.parallax.analysis.pipeline;

import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Runs the pipeline on the test stories under {@code src/test/resources/stories} and queries the findings. */
final class Stories {
  private static ComparisonPipeline pipeline;
  private static final Map<String, Report> REPORTS = new HashMap<>();

  private Stories() {}

  static synchronized Report report(String story) {
    if (pipeline == null) {
      Settings settings = new Settings(Settings.defaults().maxFileBytes(), 2, false);
      pipeline = new ComparisonPipeline(Components.standard(OutletRegistry.builtIn(), settings.maxFileBytes()), settings,
          Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), "test");
    }
    return REPORTS.computeIfAbsent(story, s -> pipeline.compare(
        List.of(Path.of("src/test/resources/stories", s).toString()), ProgressListener.NONE));
  }

  /** The finding of {@code kind} with a claim from each side: (file name start, words in the claim). */
  static Optional<Finding> finding(Report report, FindingKind kind, String fileA, String quoteA, String fileB, String quoteB) {
    for (Finding f : report.findings()) {
      if (f.kind() == kind && has(report, f, fileA, quoteA) && has(report, f, fileB, quoteB)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Any finding, of any kind, joining the two claims. */
  static Optional<Finding> anyFinding(Report report, String fileA, String quoteA, String fileB, String quoteB) {
    for (Finding f : report.findings()) {
      if (has(report, f, fileA, quoteA) && has(report, f, fileB, quoteB)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static boolean has(Report report, Finding f, String file, String quote) {
    for (String id : f.claimIds()) {
      Claim c = report.claim(id).orElseThrow();
      Article a = report.article(c.articleId()).orElseThrow();
      if (Path.of(a.source()).getFileName().toString().startsWith(file)
          && squash(c.text()).contains(squash(quote))) {
        return true;
      }
    }
    return false;
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  static String describe(Report report) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : report.findings()) {
      sb.append(f.kind()).append(' ').append(f.explanation()).append('\n');
    }
    return sb.toString();
  }
}
