package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.analysis.bias.EvidenceFramingAnalyzer;
import dev.parallax.model.Article;
import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallax framing} and {@code parallax compare} on the same files: a seed whose outlet only
 * its opening line names, and an HTML page whose outlet only its JSON-LD names. Both commands read
 * and analyse them the same way, so they show the same values, sentence counts and outlets.
 */
class FramingCommandTest {
  private static final String PAGE = """
      <!doctype html><html><head><title>Pakistan and the Taliban | Site</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Pakistan Presses the Taliban",
        "datePublished":"2024-12-30T10:00:00Z","publisher":{"@type":"Organization","name":"Reuters"}}</script></head>
      <body><article><h1>Pakistan Presses the Taliban</h1>
      <p>Pakistan said on Monday that attacks by the TTP had risen by 50% since the Taliban took power in Kabul.</p>
      <p>The Taliban government denied that militants operate from Afghan soil, a spokesman said.</p>
      <p>Relations between the two neighbours have soured badly since 2021.</p>
      <p>The Torkham crossing, the main route for trade, closed twice this year.</p>
      </article></body></html>
      """;

  @TempDir static Path dir;
  static Path seed;
  static Path page;
  static Report compared;
  static CliRun framing;

  @BeforeAll
  static void runBoth() throws IOException {
    seed = Path.of("..", "seeds", "001_b7d87bed5a03d5e4.txt");
    page = Files.writeString(dir.resolve("page.html"), PAGE, StandardCharsets.UTF_8);
    Path out = dir.resolve("report");
    CliRun compare = CliRun.of("compare", seed.toString(), page.toString(), "-o", out.toString(), "--format", "json");
    assertEquals(ExitCode.OK, compare.exitCode(), compare.err());
    compared = new ReportCodec().read(out.resolve("report.json"));
    framing = CliRun.of("framing", seed.toString(), page.toString());
  }

  @Test
  void printsTheFramingOfTheReportCompareWrites() {
    assertEquals(ExitCode.OK, framing.exitCode(), framing.err());
    StringWriter expected = new StringWriter();
    FramingTable.print(compared, new PrintWriter(expected));
    assertEquals(expected.toString(), framing.out());
  }

  @Test
  void namesTheOutletsCompareReads() {
    assertEquals(List.of("Mehr News Agency", "Reuters"),
        compared.articles().stream().map(Article::outletOrUnknown).toList());
    for (Article a : compared.articles()) {
      assertTrue(framing.out().contains(a.id() + "  " + a.source() + "  [" + a.outlet() + "]"), framing.out());
    }
  }

  @Test
  void showsTheSameValuesAndSentenceCounts() {
    for (BiasProfile p : compared.bias()) {
      String block = block(p.articleId());
      BiasIndicator loaded = p.indicators().stream()
          .filter(i -> i.name().equals(EvidenceFramingAnalyzer.LOADED)).findFirst().orElseThrow();
      String line = block.lines().filter(l -> l.strip().startsWith(loaded.name() + " ")).findFirst().orElseThrow();
      assertTrue(line.contains(" " + FramingTable.value(loaded) + "  "), line);
      long sentences = Math.round(loaded.breakdown().get("own sentences"));
      assertTrue(sentences > 0 && line.contains("own sentences " + sentences), line);
    }
  }

  /** The lines framing prints for one article. */
  private static String block(String articleId) {
    String out = framing.out();
    int start = out.indexOf(articleId + "  ");
    int end = out.indexOf("\n\n", start);
    return out.substring(start, end);
  }
}
