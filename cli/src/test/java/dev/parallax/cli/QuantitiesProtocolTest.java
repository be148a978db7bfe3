package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.analysis.quantity.PatternQuantityExtractor;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesProtocolTest {
  private final ObjectMapper json = new ObjectMapper();
  private final QuantitiesProtocol protocol = new QuantitiesProtocol(new PatternQuantityExtractor());

  private List<String> run(String input, StringWriter err) throws Exception {
    StringWriter out = new StringWriter();
    protocol.run(new BufferedReader(new StringReader(input)), new PrintWriter(out), new PrintWriter(err));
    return out.toString().lines().toList();
  }

  @Test
  void answersEachLineInOrderWithItsId() throws Exception {
    String in = "{\"id\":\"a\",\"text\":\"It rose 56% in 2021.\"}\n"
        + "{\"id\":7,\"text\":\"nothing here\"}\n"
        + "{\"id\":\"c\",\"text\":\"last week\",\"referenceDate\":\"2016-11-07T16:12:00\"}\n";
    StringWriter err = new StringWriter();
    List<String> lines = run(in, err);
    assertEquals(3, lines.size());
    JsonNode a = json.readTree(lines.get(0));
    assertEquals("a", a.get("id").asText());
    assertEquals(2, a.get("mentions").size());
    JsonNode pct = a.get("mentions").get(0);
    assertEquals("PERCENT", pct.get("kind").asText());
    assertEquals(56.0, pct.get("value").asDouble());
    assertEquals("INCREASE", pct.get("change").asText());
    assertEquals(8, pct.get("start").asInt());
    assertEquals(11, pct.get("end").asInt());
    JsonNode b = json.readTree(lines.get(1));
    assertTrue(b.get("id").isInt());
    assertEquals(0, b.get("mentions").size());
    JsonNode c = json.readTree(lines.get(2));
    assertEquals("2016-10-31", c.get("mentions").get(0).get("date").asText());
    assertEquals("", err.toString());
  }

  @Test
  void countsOffsetsInCodePoints() throws Exception {
    String text = "\ud83d\ude00\ud83d\ude00 costs $5";
    List<String> lines = run("{\"id\":\"e\",\"text\":\"" + text + "\"}\n", new StringWriter());
    JsonNode m = json.readTree(lines.get(0)).get("mentions").get(0);
    assertEquals("$5", m.get("text").asText());
    int cp = text.codePointCount(0, text.indexOf('$'));
    assertEquals(cp, m.get("start").asInt());
    assertEquals(cp + 2, m.get("end").asInt());
  }

  @Test
  void answersMalformedLinesWithNoMentions() throws Exception {
    String in = "not json\n{\"id\":\"x\"}\n{\"id\":\"y\",\"text\":\"5 km\",\"referenceDate\":\"soon\"}\n[1]\n"
        + "{\"id\":\"z\",\"text\":\"5 km\"}\n";
    StringWriter err = new StringWriter();
    List<String> lines = run(in, err);
    assertEquals(5, lines.size());
    for (int k = 0; k < 4; k++) {
      assertEquals(0, json.readTree(lines.get(k)).get("mentions").size(), lines.get(k));
    }
    assertEquals("x", json.readTree(lines.get(1)).get("id").asText());
    assertEquals(1, json.readTree(lines.get(4)).get("mentions").size());
    assertEquals(4, err.toString().lines().count());
  }

  @Test
  void commandReadsFilesAsATable() throws Exception {
    java.nio.file.Path f = java.nio.file.Files.createTempFile("quantities", ".txt");
    try {
      java.nio.file.Files.writeString(f, "About 3.7 million refugees arrived in August 2021.");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Parallax.run(new String[] {"quantities", "--reference-date", "2022-08-15", f.toString()},
          new PrintWriter(out), new PrintWriter(err));
      assertEquals(0, code, err.toString());
      List<String> rows = out.toString().lines().toList();
      assertTrue(rows.get(0).startsWith("start"), rows.get(0));
      assertTrue(rows.get(1).contains("About 3.7 million") && rows.get(1).contains("APPROXIMATE"), rows.get(1));
      assertTrue(rows.get(2).contains("2021-08"), rows.get(2));
    } finally {
      java.nio.file.Files.deleteIfExists(f);
    }
  }

  @Test
  void commandRejectsBadInputWithOneLine() {
    StringWriter err = new StringWriter();
    int code = Parallax.run(new String[] {"quantities", "/no/such/file.txt"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(ExitCode.INPUT, code);
    assertEquals(1, err.toString().lines().count(), err.toString());
    err = new StringWriter();
    code = Parallax.run(new String[] {"quantities", "--reference-date", "tomorrow", "x.txt"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(ExitCode.USAGE, code);
  }
}
