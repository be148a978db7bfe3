package dev.parallax.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Report;
import dev.parallax.model.SamplesAccess;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportCodecTest {
  private final ReportCodec codec = new ReportCodec();

  @Test
  void roundTripGivesAnEqualReport() {
    Report r = SamplesAccess.report();
    assertEquals(r, codec.read(codec.write(r)));
  }

  @Test
  void outputIsByteIdenticalAndUsesUnixNewlines() {
    String once = codec.write(SamplesAccess.report());
    String twice = new ReportCodec().write(codec.read(once));
    assertEquals(once, twice);
    assertFalse(once.contains("\r"));
    assertTrue(once.endsWith("}\n"));
  }

  @Test
  void writesTheContractFieldsIncludingNulls() throws Exception {
    JsonNode tree = new ObjectMapper().readTree(codec.write(SamplesAccess.report()));
    assertEquals(1, tree.get("schemaVersion").intValue());
    for (String f : List.of("tool", "version", "generatedAt", "models", "settings")) {
      assertTrue(tree.get("provenance").has(f), f);
    }
    JsonNode article = tree.get("articles").get(1);
    for (String f : List.of("id", "source", "title", "outlet", "author", "published", "language", "wordCount",
        "sha256", "text")) {
      assertTrue(article.has(f), f);
    }
    assertTrue(article.get("outlet").isNull());
    JsonNode claim = tree.get("claims").get(1);
    for (String f : List.of("id", "articleId", "text", "start", "end", "polarity", "modality", "attribution",
        "quantities", "entities")) {
      assertTrue(claim.has(f), f);
    }
    assertTrue(claim.get("attribution").isNull());
    assertEquals("2024-12-29", tree.get("articles").get(0).get("published").textValue());
    assertEquals("2026-01-01T00:00:00Z", tree.get("provenance").get("generatedAt").textValue());
    List<String> keys = new ArrayList<>();
    tree.get("provenance").get("settings").fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("a", "z"), keys);
    JsonNode mention = tree.get("claims").get(0).get("quantities").get(1);
    for (String f : List.of("text", "start", "end", "kind", "value", "low", "high", "unit", "qualifier", "date",
        "dateEnd")) {
      assertTrue(mention.has(f), f);
    }
  }

  @Test
  void refusesAnotherSchemaVersion() {
    String json = codec.write(SamplesAccess.report()).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.read(json));
    assertTrue(e.getMessage().contains("schemaVersion 2"), e.getMessage());
  }

  @Test
  void refusesAReportWhoseClaimDoesNotMatchItsText() {
    String json = codec.write(SamplesAccess.report()).replace("\"start\" : 0,", "\"start\" : 1,");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.read(json));
    assertTrue(e.getMessage().startsWith("not a valid report"), e.getMessage());
  }

  @Test
  void ignoresFieldsItDoesNotKnow() {
    String json = codec.write(SamplesAccess.report()).replaceFirst("\\{", "{\"futureField\": [1, 2],");
    assertEquals(SamplesAccess.report(), codec.read(json));
  }

  @Test
  void refusesTextThatIsNotJson() {
    assertThrows(IllegalArgumentException.class, () -> codec.read("not json"));
    assertThrows(IllegalArgumentException.class, () -> codec.read("[1, 2]"));
  }

  /** Every component of every record in the report appears in the shipped schema. */
  @Test
  void schemaDescribesEveryRecordComponent() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(ReportCodec.schema());
    JsonNode defs = schema.get("$defs");
    Map<Class<?>, JsonNode> described =
        Map.ofEntries(
            Map.entry(Report.class, schema),
            Map.entry(dev.parallax.model.Provenance.class, defs.get("provenance")),
            Map.entry(dev.parallax.model.Article.class, defs.get("article")),
            Map.entry(dev.parallax.model.Claim.class, defs.get("claim")),
            Map.entry(dev.parallax.model.QuantityMention.class, defs.get("mention")),
            Map.entry(dev.parallax.model.EntityMention.class, defs.get("entity")),
            Map.entry(dev.parallax.model.Attribution.class, defs.get("attribution")),
            Map.entry(dev.parallax.model.Proposition.class, defs.get("claim").get("properties").get("proposition")),
            Map.entry(dev.parallax.model.Finding.class, defs.get("finding")),
            Map.entry(dev.parallax.model.FindingValue.class,
                defs.get("finding").get("properties").get("values").get("items")),
            Map.entry(dev.parallax.model.Evidence.class, defs.get("evidence")),
            Map.entry(dev.parallax.model.BiasProfile.class, defs.get("biasProfile")),
            Map.entry(dev.parallax.model.BiasIndicator.class,
                defs.get("biasProfile").get("properties").get("indicators").get("items")),
            Map.entry(dev.parallax.model.OutletProfile.class, defs.get("outletProfile")),
            Map.entry(dev.parallax.model.Reprint.class, defs.get("reprint")),
            Map.entry(dev.parallax.model.Diagnostic.class, defs.get("diagnostic")));
    for (Map.Entry<Class<?>, JsonNode> e : described.entrySet()) {
      for (RecordComponent rc : e.getKey().getRecordComponents()) {
        assertTrue(e.getValue().get("properties").has(rc.getName()),
            e.getKey().getSimpleName() + "." + rc.getName() + " is missing from the schema");
      }
    }
  }
}
