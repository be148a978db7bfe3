package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.analysis.pipeline.ComparisonPipeline;
import dev.parallax.analysis.pipeline.Components;
import dev.parallax.analysis.pipeline.ProgressListener;
import dev.parallax.analysis.pipeline.Settings;
import dev.parallax.cli.output.ChartSet;
import dev.parallax.cli.output.JsonReportWriter;
import dev.parallax.cli.output.MarkdownReportWriter;
import dev.parallax.model.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds' {@code report.json} and {@code report.md}, byte for byte against the goldens in
 * {@code src/test/resources/golden/seeds/}. The run records its time from a fixed clock, so the
 * timestamp path is covered and still gives the same bytes; the tests run in a fixed locale and
 * time zone (see the parent POM).
 *
 * <p>These goldens change whenever the analysis changes. After an intended change, regenerate them
 * with {@code -Dparallax.updateGoldens=true} (see {@link Goldens}) and review the diff:
 *
 * <pre>mvn -B -pl cli -am test -Dtest=SeedsGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dparallax.updateGoldens=true</pre>
 */
class SeedsGoldenTest {
  static final Instant FIXED = Instant.parse("2025-01-01T00:00:00Z");

  @TempDir Path dir;

  @Test
  void seedsReportJsonAndMarkdown() throws Exception {
    Settings settings = new Settings(20L * 1024 * 1024, 2, true);
    ComparisonPipeline pipeline = new ComparisonPipeline(
        Components.standard(OutletRegistry.builtIn(), settings.maxFileBytes()), settings,
        Clock.fixed(FIXED, ZoneOffset.UTC), "test");
    Report report = pipeline.compare(List.of("../seeds"), ProgressListener.NONE);
    assertEquals(FIXED, report.provenance().generatedAt());
    Path json = new JsonReportWriter().write(report, dir);
    Path md = new MarkdownReportWriter().write(report, ChartSet.draw(report), dir);
    Goldens.check("seeds/report.json", Files.readString(json, StandardCharsets.UTF_8));
    Goldens.check("seeds/report.md", Files.readString(md, StandardCharsets.UTF_8));
  }
}
