package dev.parallax.analysis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.EntityMention;
import dev.parallax.model.QuantityMention;
import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline on the five seed articles. */
class SeedsPipelineTest {
  static final String SEEDS = "../seeds";
  static ComparisonPipeline pipeline;
  static Report report;

  @BeforeAll
  static void run() {
    Settings settings = new Settings(Settings.defaults().maxFileBytes(), 2, false);
    pipeline = new ComparisonPipeline(Components.standard(OutletRegistry.builtIn(), settings.maxFileBytes()), settings,
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), "test");
    report = pipeline.compare(List.of(SEEDS), ProgressListener.NONE);
  }

  @Test
  void everySpanCoversItsText() {
    assertTrue(report.claims().size() > 150, "claims: " + report.claims().size());
    Map<String, Article> articles = report.articles().stream().collect(Collectors.toMap(Article::id, a -> a));
    for (Claim c : report.claims()) {
      String text = articles.get(c.articleId()).text();
      assertEquals(c.text(), text.substring(c.start(), c.end()), c.id());
      for (QuantityMention q : c.quantities()) {
        assertEquals(q.text(), text.substring(q.start(), q.end()), c.id());
      }
      for (EntityMention e : c.entities()) {
        assertEquals(e.text(), text.substring(e.start(), e.end()), c.id());
      }
    }
  }

  @Test
  void findsEachSeedsOutletAndDate() {
    Map<String, Article> bySource =
        report.articles().stream().collect(Collectors.toMap(a -> a.source().substring(SEEDS.length() + 1, SEEDS.length() + 4), a -> a));
    assertEquals("Al Jazeera", bySource.get("000").outlet());
    assertEquals(LocalDate.of(2024, 12, 29), bySource.get("000").published());
    assertEquals("Mehr News Agency", bySource.get("001").outlet());
    assertEquals("East Asia Forum", bySource.get("002").outlet());
    assertEquals("Al Jazeera", bySource.get("003").outlet());
    assertNull(bySource.get("004").outlet(), "the fifth seed names no outlet; the report must not guess");
    assertTrue(report.diagnostics().stream().anyMatch(d -> d.code().equals("no-outlet") && d.subject().equals(bySource.get("004").id())));
  }

  @Test
  void repairsGluedWordsAndDropsFurniture() {
    String eaf = report.articles().stream().filter(a -> a.source().contains("002_")).findFirst().orElseThrow().text();
    assertTrue(eaf.contains("has increased by a record 56%"));
    assertTrue(eaf.contains("In an address to the United Nations General Assembly"));
    assertFalse(eaf.contains("hasincreasedby"));
    String aj = report.articles().stream().filter(a -> a.source().contains("003_")).findFirst().orElseThrow().text();
    assertFalse(aj.contains("See also"));
    assertFalse(aj.contains("cookies"));
    assertFalse(aj.contains("Leave a Comment"));
  }

  @Test
  void resolvesTtpAliasesToOneEntity() {
    List<String> ttpNames = report.claims().stream().flatMap(c -> c.entities().stream())
        .filter(e -> e.entityId().equals("ttp")).map(EntityMention::text).distinct().sorted().toList();
    assertTrue(ttpNames.containsAll(List.of("TTP", "Tehreek-e-Taliban Pakistan", "Tehrik-e Taliban Pakistan", "Pakistani Taliban")),
        ttpNames.toString());
  }

  @Test
  void provenanceNamesEveryModelWithItsHash() {
    List<String> names = report.provenance().models().stream().map(m -> m.name()).toList();
    assertTrue(names.contains("langdetect-183.bin"), names.toString());
    assertTrue(names.contains("all-minilm-l6-v2-q.onnx"), names.toString());
    assertEquals("100000", report.provenance().settings().get("maxWords"));
  }

  @Test
  void oneThreadGivesTheSameBytesAsTwo() {
    Settings one = new Settings(Settings.defaults().maxFileBytes(), 1, false);
    ComparisonPipeline single = new ComparisonPipeline(Components.standard(OutletRegistry.builtIn(), one), one,
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), "test");
    ReportCodec codec = new ReportCodec();
    assertEquals(codec.write(report), codec.write(single.compare(List.of(SEEDS), ProgressListener.NONE)));
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    ReportCodec codec = new ReportCodec();
    Report again = pipeline.compare(List.of(SEEDS), ProgressListener.NONE);
    assertEquals(codec.write(report), codec.write(again));
    assertNull(report.provenance().generatedAt(), "no timestamp unless asked for");
  }
}
