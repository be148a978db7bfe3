package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a report page in headless Chromium and reads, for every finding, the word difference a
 * reader sees: for numeric discrepancies, contradictions and disputes it is on the card at once,
 * with a size on screen, its shared words dimmed (drawn with less opacity than the text around
 * them) and the words only one sentence has marked; for agreements it is in a closed
 * {@code <details>}, filled when opened. Skipped without a browser, as {@link PageCheck} is.
 */
final class WordDifferenceInBrowser {
  private WordDifferenceInBrowser() {}

  private static final String PROBE = String.join("\n",
      "<script>",
      "(function () {",
      "  var r = {};",
      "  var cards = Array.prototype.slice.call(document.querySelectorAll('article.finding'));",
      "  function texts(list) { return Array.prototype.map.call(list, function (e) { return e.textContent; }); }",
      "  function read(card) {",
      "    var holder = card.querySelector('.word-diffs');",
      "    var box = holder ? holder.getBoundingClientRect() : null;",
      "    var same = card.querySelector('.word-diff .diff .same');",
      "    var text = card.querySelector('.word-diff .diff');",
      "    return {kind: card.getAttribute('data-kind'), holder: holder ? holder.tagName.toLowerCase() : null,",
      "      open: holder && holder.tagName === 'DETAILS' ? holder.open : null,",
      "      height: box ? Math.round(box.height) : 0,",
      "      diffs: card.querySelectorAll('.word-diff').length,",
      "      del: texts(card.querySelectorAll('.word-diff .diff del')), ins: texts(card.querySelectorAll('.word-diff .diff ins')),",
      "      same: texts(card.querySelectorAll('.word-diff .diff .same')),",
      "      sameOpacity: same ? Number(getComputedStyle(same).opacity) : null,",
      "      textOpacity: text ? Number(getComputedStyle(text).opacity) : null};",
      "  }",
      "  r.before = {};",
      "  cards.forEach(function (c) { r.before[c.id] = read(c); });",
      "  cards.forEach(function (c) { var d = c.querySelector('details.word-diffs'); if (d) { d.open = true; } });",
      "  window.setTimeout(function () {",
      "    r.after = {};",
      "    cards.forEach(function (c) { r.after[c.id] = read(c); });",
      "    var pre = document.createElement('pre');",
      "    pre.id = 'word-diff-result';",
      "    pre.textContent = JSON.stringify(r);",
      "    document.body.appendChild(pre);",
      "  }, 50);",
      "})();",
      "</script>");

  private static final Pattern RESULT = Pattern.compile("<pre id=\"word-diff-result\">(.*?)</pre>", Pattern.DOTALL);

  /** The probe's reading of {@code page}: {"before": {finding id: ...}, "after": {...}} (after opening every agreement's). */
  static JsonNode read(Path page, Path work) throws Exception {
    Chromium chromium = PageCheck.browser();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    Path probed = page.resolveSibling("word-diff-" + page.getFileName());
    Files.writeString(probed, html.replace("</body>", PROBE + "\n</body>"), StandardCharsets.UTF_8);
    Chromium.Run run = chromium.dumpDom(probed, PageCheck.WIDTH, 900, 10_000, work);
    assertEquals(0, run.exitCode(), run.stderr());
    Matcher m = RESULT.matcher(run.stdout());
    assertTrue(m.find(), "the probe ran: " + run.stderr());
    return new ObjectMapper().readTree(m.group(1).replace("&lt;", "<").replace("&gt;", ">")
        .replace("&nbsp;", "\u00a0").replace("&amp;", "&"));
  }

  /** Every finding of {@code report} shows its word difference as its kind asks. */
  static JsonNode check(Report report, Path page, Path work) throws Exception {
    JsonNode r = read(page, work);
    for (Finding f : report.findings()) {
      JsonNode before = r.get("before").get(f.id());
      JsonNode after = r.get("after").get(f.id());
      if (f.kind() == FindingKind.AGREEMENT) {
        assertEquals("details", before.get("holder").asText(), f.id() + " keeps its difference for on request");
        assertFalse(before.get("open").asBoolean(), f.id() + " starts closed");
        assertEquals(0, before.get("diffs").asInt(), f.id() + " is filled only when opened");
        assertEquals(1, after.get("diffs").asInt(), f.id() + " compares its first two sentences when opened");
      } else {
        assertEquals("div", before.get("holder").asText(), f.id() + " shows its difference at once");
        assertTrue(before.get("height").asInt() > 20, f.id() + " has a size on screen: " + before);
        assertEquals(Math.min(f.claimIds().size(), 5) - 1, before.get("diffs").asInt(), f.id());
        assertTrue(before.get("del").size() + before.get("ins").size() > 0, f.id() + " marks words only one side has");
        if (before.get("same").size() > 0) {
          assertTrue(before.get("sameOpacity").asDouble() < before.get("textOpacity").asDouble(),
              f.id() + " dims the shared words: " + before);
        }
      }
    }
    return r;
  }
}
