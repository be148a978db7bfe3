package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.charts.OutletPalette;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens a report page in headless Chromium and checks what a reader would see: every finding
 * renders with a size, the page logs no errors and loads nothing it lacks, and the kind and
 * outlet filters show exactly the findings they should. Then saves a screenshot.
 *
 * <p>The checks run in the page: a copy of it gets a probe script at the top of {@code head} that
 * records errors, failed loads and console warnings, and one at the end of {@code body} that
 * measures the findings, works the filters and writes the results into the DOM, which Chromium
 * prints with {@code --dump-dom}. Chromium's own log is searched for console messages too.
 *
 * <p>Without a browser the check is skipped, unless {@code PARALLAX_REQUIRE_CHROMIUM} is set (as
 * {@code .ci/run} does), in which case it fails.
 */
final class PageCheck {
  private PageCheck() {}

  private static final String HEAD_PROBE = "<script>window.__errors=[];"
      + "window.addEventListener('error',function(e){var t=e.target;window.__errors.push(t&&t!==window&&(t.src||t.href)"
      + "?'failed to load '+(t.src||t.href):String(e.message));},true);"
      + "window.addEventListener('unhandledrejection',function(e){window.__errors.push('unhandled rejection '+e.reason);});"
      + "document.addEventListener('securitypolicyviolation',function(e){window.__errors.push('blocked '+e.blockedURI);});"
      + "['error','warn'].forEach(function(level){var o=console[level];console[level]=function(){"
      + "window.__errors.push('console.'+level+': '+Array.prototype.join.call(arguments,' '));o.apply(console,arguments);};});"
      + "</script>";

  private static final String BODY_PROBE = String.join("\n",
      "<script>",
      "(function () {",
      "  var r = {errors: window.__errors};",
      "  var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));",
      "  function shown() { return findings.filter(function (f) { var b = f.getBoundingClientRect(); return !f.hidden && b.height > 0; }); }",
      "  r.ids = findings.map(function (f) { return f.id; });",
      "  r.rendered = findings.filter(function (f) { var b = f.getBoundingClientRect(); return b.height > 40 && b.width > 300; }).length;",
      "  var form = document.getElementById('filters');",
      "  r.filtersShown = !!form && !form.hidden;",
      "  r.statusBefore = document.getElementById('filter-status').textContent;",
      "  var kinds = form.querySelectorAll('input[name=kind]');",
      "  var outlets = form.querySelectorAll('input[name=outlet]');",
      "  Array.prototype.forEach.call(kinds, function (b) { b.checked = b.value === 'DISPUTE'; });",
      "  form.dispatchEvent(new Event('change', {bubbles: true}));",
      "  r.disputesOnly = shown().map(function (f) { return f.getAttribute('data-kind'); });",
      "  r.statusAfter = document.getElementById('filter-status').textContent;",
      "  Array.prototype.forEach.call(kinds, function (b) { b.checked = true; });",
      "  Array.prototype.forEach.call(outlets, function (b, i) { b.checked = i === 0; });",
      "  form.dispatchEvent(new Event('change', {bubbles: true}));",
      "  r.firstOutletOnly = shown().map(function (f) { return f.id; });",
      "  Array.prototype.forEach.call(outlets, function (b) { b.checked = true; });",
      "  form.dispatchEvent(new Event('change', {bubbles: true}));",
      "  r.allAgain = shown().length;",
      "  var pre = document.createElement('pre');",
      "  pre.id = 'probe-result';",
      "  pre.textContent = JSON.stringify(r);",
      "  document.body.appendChild(pre);",
      "}());",
      "</script>");

  private static final Pattern RESULT = Pattern.compile("<pre id=\"probe-result\">(.*?)</pre>", Pattern.DOTALL);

  /** The browser, or a skipped test (a failed one when the environment requires the browser). */
  static Chromium browser() {
    java.util.Optional<Chromium> c = Chromium.find();
    if (c.isEmpty()) {
      if (Chromium.required()) {
        fail("PARALLAX_REQUIRE_CHROMIUM is set but no Chromium was found (install Debian's chromium package)");
      }
      Assumptions.assumeTrue(false, "no Chromium on this machine; .ci/run installs it (apt-get install chromium)");
    }
    return c.get();
  }

  /**
   * Checks {@code page}, the HTML report of {@code report}, in the browser and saves a
   * 1366 × 900 screenshot to {@code screenshot}.
   */
  static void check(Report report, Path page, Path screenshot, Path work) throws Exception {
    Chromium chromium = browser();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.contains("<head>") && html.contains("</body>"), "a complete page");
    Path probed = page.resolveSibling("probed-" + page.getFileName());
    Files.writeString(probed, html.replaceFirst("<head>", "<head>\n" + Matcher.quoteReplacement(HEAD_PROBE))
        .replace("</body>", BODY_PROBE + "\n</body>"), StandardCharsets.UTF_8);

    Chromium.Run run = chromium.dumpDom(probed, work);
    assertEquals(0, run.exitCode(), run.stderr());
    List<String> console = run.stderr().lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList();
    assertEquals(List.of(), console, "the page logs nothing to the console");
    Matcher m = RESULT.matcher(run.stdout());
    assertTrue(m.find(), "the probe ran (so did the page's script before it): " + run.stderr());
    JsonNode r = new ObjectMapper().readTree(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));

    assertEquals(List.of(), strings(r.get("errors")), "no script errors, failed loads or console warnings");
    List<String> ids = report.findings().stream().map(Finding::id).toList();
    assertEquals(new LinkedHashSet<>(ids), new LinkedHashSet<>(strings(r.get("ids"))), "every finding is on the page");
    assertEquals(ids.size(), r.get("rendered").asInt(), "every finding renders with a size");
    assertTrue(r.get("filtersShown").asBoolean(), "the script shows the filters");
    assertEquals("Showing " + ids.size() + " of " + ids.size() + " findings.", r.get("statusBefore").asText());
    long disputes = report.findings().stream().filter(f -> f.kind() == FindingKind.DISPUTE).count();
    List<String> disputesOnly = strings(r.get("disputesOnly"));
    assertEquals(disputes, disputesOnly.size(), "the kind filter shows the disputes");
    assertTrue(disputesOnly.stream().allMatch("DISPUTE"::equals), "and nothing else: " + disputesOnly);
    assertEquals("Showing " + disputes + " of " + ids.size() + " findings.", r.get("statusAfter").asText());
    assertEquals(new java.util.HashSet<>(firstOutletFindings(report)), new java.util.HashSet<>(strings(r.get("firstOutletOnly"))),
        "the outlet filter");
    assertEquals(ids.size(), r.get("allAgain").asInt());

    Files.createDirectories(screenshot.getParent());
    Files.deleteIfExists(screenshot);
    Chromium.Run shot = chromium.screenshot(page, screenshot, 1366, 900, work);
    assertEquals(0, shot.exitCode(), shot.stderr());
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertEquals(1366, image.getWidth());
    assertEquals(900, image.getHeight());
  }

  private static List<String> firstOutletFindings(Report report) {
    OutletPalette palette = new OutletPalette(report);
    String first = palette.outlets().get(0);
    List<String> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      Set<String> outlets = new LinkedHashSet<>();
      for (String id : f.claimIds()) {
        outlets.add(palette.outletOfArticle(report.claim(id).orElseThrow().articleId()));
      }
      if (outlets.contains(first)) {
        out.add(f.id());
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

}
