package dev.parallax.analysis.pipeline;

import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
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

  /** Any finding, of any kind, with a claim from {@code file} that contains {@code quote}. */
  static Optional<Finding> anyFinding(Report report, String file, String quote) {
    return report.findings().stream().filter(f -> has(report, f, file, quote)).findFirst();
  }

  /**
   * Whether two claims of a numeric finding state one of its distinct values (the same {@link
   * FindingValue#value()}), rather than two values that disagree.
   */
  static boolean sameValue(Report report, Finding f, String fileA, String quoteA, String fileB, String quoteB) {
    int a = valueOf(report, f, fileA, quoteA);
    int b = valueOf(report, f, fileB, quoteB);
    return a > 0 && a == b;
  }

  /** How many distinct values a numeric finding lists. */
  static long distinctValues(Finding f) {
    return f.values().stream().mapToInt(FindingValue::value).distinct().count();
  }

  private static int valueOf(Report report, Finding f, String file, String quote) {
    for (FindingValue v : f.values()) {
      Claim c = report.claim(v.claimId()).orElseThrow();
      Article a = report.article(c.articleId()).orElseThrow();
      if (Path.of(a.source()).getFileName().toString().startsWith(file)
          && squash(c.text()).contains(squash(quote))) {
        return v.value();
      }
    }
    return -1;
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
