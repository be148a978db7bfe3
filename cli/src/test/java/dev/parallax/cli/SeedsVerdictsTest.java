package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.analysis.pipeline.ComparisonPipeline;
import dev.parallax.analysis.pipeline.Components;
import dev.parallax.analysis.pipeline.ProgressListener;
import dev.parallax.analysis.pipeline.Settings;
import dev.parallax.model.Claim;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingValue;
import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What the analysis finds in the seeds, against {@code src/test/resources/golden/seeds/verdicts.txt}:
 * one line per finding with its kind, its claims (each as its id and first words) and, for numbers,
 * its values. Lines are sorted, so findings that are numbered otherwise but say the same compare
 * equal. Explanations, confidences and similarity figures are left out: they are written from
 * similarities that differ in their last bits between CPUs, while every decision is taken on
 * similarities rounded to two decimals ({@code Thresholds}), so the verdicts themselves hold on any
 * machine.
 *
 * <p>This golden changes whenever the analysis does. After an intended change, regenerate it with
 * {@code -Dparallax.updateGoldens=true} (see {@link Goldens}) and review the diff.
 *
 * <p>The same run also shows that a report is deterministic on one machine: it is written, read back
 * and written again, and a second run gives the same JSON bytes.
 */
class SeedsVerdictsTest {
  static final Instant FIXED = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void seedsVerdicts() throws Exception {
    Report report = compare(2);
    Goldens.check("seeds/verdicts.txt", verdicts(report));
    ReportCodec codec = new ReportCodec();
    String json = codec.write(report);
    assertEquals(json, codec.write(codec.read(json)), "the JSON reads back as the same report");
    assertEquals(json, codec.write(compare(1)), "one thread or two, the same bytes");
  }

  private static Report compare(int threads) {
    Settings settings = new Settings(20L * 1024 * 1024, threads, true);
    ComparisonPipeline pipeline = new ComparisonPipeline(
        Components.standard(OutletRegistry.builtIn(), settings.maxFileBytes()), settings,
        Clock.fixed(FIXED, ZoneOffset.UTC), "test");
    return pipeline.compare(List.of("../seeds"), ProgressListener.NONE);
  }

  /** One sorted line per finding: kind, claims, values. */
  static String verdicts(Report report) {
    Map<String, Claim> claims = new TreeMap<>();
    for (Claim c : report.claims()) {
      claims.put(c.id(), c);
    }
    List<String> lines = new ArrayList<>();
    for (Finding f : report.findings()) {
      StringBuilder b = new StringBuilder(f.kind().name());
      for (String id : f.claimIds()) {
        b.append("\n  ").append(id).append("  ").append(firstWords(claims.get(id).text()));
      }
      for (FindingValue v : f.values()) {
        b.append("\n  value ").append(v.value()).append(": ").append(v.quantity().text()).append(" (").append(v.claimId())
            .append(')');
      }
      lines.add(b.toString());
    }
    lines.sort(null);
    return String.join("\n", lines) + "\n";
  }

  private static String firstWords(String text) {
    String[] words = text.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(8, words.length)));
  }
}
