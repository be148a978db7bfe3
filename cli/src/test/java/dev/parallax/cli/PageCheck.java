package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.charts.OutletPalette;
import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.Evidence;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens a report page in headless Chromium, 1,400 px wide, and checks what a reader would see:
 * every finding renders with a size and at least two of its sentences, the page logs no errors and
 * loads nothing it lacks, the kind and outlet filters show exactly the findings they should, and
 * neither the framing table nor the page scrolls sideways. Then it opens everything a reader can
 * open (as printing does) and checks the content the script made against the report: each
 * finding's sentences, reasons and caveats, every article's text with each claim anchored, every
 * piece of framing evidence, every figure drawn and every link landing. Then saves a screenshot.
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
      "  var each = function (list, f) { Array.prototype.forEach.call(list, f); };",
      "  var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));",
      "  function shown() { return findings.filter(function (f) { var b = f.getBoundingClientRect(); return !f.hidden && b.height > 0; }); }",
      "  r.ids = findings.map(function (f) { return f.id; });",
      "  r.rendered = findings.filter(function (f) { var b = f.getBoundingClientRect(); return b.height > 40 && b.width > 300; }).length;",
      "  r.sidesAtOnce = findings.filter(function (f) { return f.querySelectorAll('figure.side').length >= 2; }).length;",
      "  var form = document.getElementById('filters');",
      "  r.filtersShown = !!form && !form.hidden;",
      "  r.statusBefore = document.getElementById('filter-status').textContent;",
      "  var kinds = form.querySelectorAll('input[name=kind]');",
      "  var outlets = form.querySelectorAll('input[name=outlet]');",
      "  each(kinds, function (b) { b.checked = b.value === 'DISPUTE'; });",
      "  form.dispatchEvent(new Event('change', {bubbles: true}));",
      "  r.disputesOnly = shown().map(function (f) { return f.getAttribute('data-kind'); });",
      "  r.statusAfter = document.getElementById('filter-status').textContent;",
      "  each(kinds, function (b) { b.checked = true; });",
      "  each(outlets, function (b, i) { b.checked = i === 0; });",
      "  form.dispatchEvent(new Event('change', {bubbles: true}));",
      "  r.firstOutletOnly = shown().map(function (f) { return f.id; });",
      "  each(outlets, function (b) { b.checked = true; });",
      "  form.dispatchEvent(new Event('change', {bubbles: true}));",
      "  r.allAgain = shown().length;",
      // Layout, in the window the check opens (1,400 px wide).
      "  r.width = window.innerWidth;",
      "  var table = document.querySelector('table.framing');",
      "  r.framingOverflow = table ? table.parentElement.scrollWidth - table.parentElement.clientWidth : 0;",
      "  r.framingRight = table ? Math.round(table.getBoundingClientRect().right) : 0;",
      "  r.pageOverflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;",
      // Then open everything a reader can open, as printing does and then by hand, and wait for the figures.
      "  window.dispatchEvent(new Event('beforeprint'));",
      "  function openAll(round) {",
      "    var closed = document.querySelectorAll('details:not([open])');",
      "    each(closed, function (d) { d.open = true; });",
      "    if (closed.length > 0 && round < 20) { window.setTimeout(function () { openAll(round + 1); }, 20); return; }",
      "    waitForFigures(0);",
      "  }",
      "  function waitForFigures(tries) {",
      "    var pending = document.querySelectorAll('figure.chart .svg:not(.ready):not(.failed)').length;",
      "    if (pending > 0 && tries < 400) { window.setTimeout(function () { waitForFigures(tries + 1); }, 25); return; }",
      "    finish();",
      "  }",
      "  function texts(list) { return Array.prototype.map.call(list, function (e) { return e.textContent; }); }",
      "  function finish() {",
      "    r.figures = document.querySelectorAll('figure.chart').length;",
      "    r.figuresDrawn = document.querySelectorAll('figure.chart .svg.ready > svg[role=img]').length;",
      "    r.sides = {}; r.reasons = {}; r.caveats = {}; r.values = {};",
      "    findings.forEach(function (f) {",
      "      r.sides[f.id] = Array.prototype.map.call(f.querySelectorAll('figure.side figcaption a[href^=\"#claim-\"]'),",
      "        function (a) { return a.getAttribute('href').slice(7); });",
      "      r.reasons[f.id] = texts(f.querySelectorAll('ul.reasons li'));",
      "      r.caveats[f.id] = texts(f.querySelectorAll('ul.caveats li'));",
      "      r.values[f.id] = texts(f.querySelectorAll('table.values tbody td:nth-child(2)'));",
      "    });",
      "    r.unlanded = [];",
      "    each(document.querySelectorAll('a[href^=\"#\"]'), function (a) {",
      "      var id = decodeURIComponent(a.getAttribute('href').slice(1));",
      "      if (!document.getElementById(id) && r.unlanded.indexOf(id) < 0) { r.unlanded.push(id); }",
      "    });",
      "    r.claims = {};",
      "    each(document.querySelectorAll('[id^=\"claim-\"]'), function (c) { r.claims[c.id.slice(6)] = [c.className, c.textContent]; });",
      "    r.texts = {};",
      "    each(document.querySelectorAll('article.source'), function (a) {",
      "      var copy = a.querySelector('.source-text').cloneNode(true);",
      "      each(copy.querySelectorAll('.backref'), function (b) { b.remove(); });",
      "      r.texts[a.id.slice(8)] = copy.textContent;",
      "    });",
      "    r.evidence = {};",
      "    each(document.querySelectorAll('details[id^=\"ev-\"]'), function (d) { r.evidence[d.id] = texts(d.querySelectorAll('ol.evidence mark')); });",
      "    var pre = document.createElement('pre');",
      "    pre.id = 'probe-result';",
      "    pre.textContent = JSON.stringify(r);",
      "    document.body.appendChild(pre);",
      "  }",
      "  window.setTimeout(function () { openAll(0); }, 0);",
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

    Chromium.Run run = chromium.dumpDom(probed, WIDTH, 900, 60_000, work);
    assertEquals(0, run.exitCode(), run.stderr());
    List<String> console = run.stderr().lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList();
    assertEquals(List.of(), console, "the page logs nothing to the console");
    Matcher m = RESULT.matcher(run.stdout());
    assertTrue(m.find(), "the probe ran (so did the page's script before it): " + run.stderr());
    JsonNode r = new ObjectMapper().readTree(m.group(1).replace("&lt;", "<").replace("&gt;", ">")
        .replace("&nbsp;", "\u00a0").replace("&amp;", "&"));

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
    assertEquals(new HashSet<>(firstOutletFindings(report)), new HashSet<>(strings(r.get("firstOutletOnly"))),
        "the outlet filter");
    assertEquals(ids.size(), r.get("allAgain").asInt());
    assertEquals(ids.size(), r.get("sidesAtOnce").asInt(), "every finding shows two sentences or more at once");

    assertEquals(WIDTH, r.get("width").asInt(), "the window the layout is checked in");
    assertTrue(r.get("framingOverflow").asInt() <= 0, "the framing table fits at " + WIDTH + " px: " + r);
    assertTrue(r.get("framingRight").asInt() <= WIDTH, "and ends inside the window: " + r.get("framingRight"));
    assertTrue(r.get("pageOverflow").asInt() <= 0, "the page does not scroll sideways at " + WIDTH + " px");

    assertEquals(r.get("figures").asInt(), r.get("figuresDrawn").asInt(), "every figure unpacks and is drawn");
    assertEquals(List.of(), strings(r.get("unlanded")), "every link lands once the page is open");
    for (Finding f : report.findings()) {
      assertEquals(f.claimIds().stream().sorted().toList(), strings(r.get("sides").get(f.id())).stream().sorted().toList(),
          f.id() + " shows each of its sentences once opened");
      assertEquals(f.reasons(), strings(r.get("reasons").get(f.id())), f.id() + ": why it was flagged");
      assertEquals(f.caveats(), strings(r.get("caveats").get(f.id())), f.id() + ": caveats");
      assertEquals(f.values().stream().map(v -> v.quantity().text()).sorted().toList(),
          strings(r.get("values").get(f.id())).stream().sorted().toList(), f.id() + ": figures compared");
    }
    JsonNode claims = r.get("claims");
    for (Claim c : report.claims()) {
      JsonNode shown = claims.get(c.id());
      assertTrue(shown != null, c.id() + " is anchored in its article's text");
      if (shown.get(0).asText().startsWith("claim")) {
        assertEquals(c.text(), shown.get(1).asText(), c.id());
      }
    }
    for (Article a : report.articles()) {
      assertEquals(a.text(), r.get("texts").get(a.id()).asText(), "the text of " + a.id());
    }
    Map<String, List<String>> evidence = new HashMap<>();
    report.bias().forEach(p -> p.indicators().forEach(i -> evidence.put(
        "ev-" + slug(p.articleId()) + "-" + slug(i.name()), i.evidence().stream().map(Evidence::text).toList())));
    assertEquals(evidence.keySet(), iterable(r.get("evidence").fieldNames()), "an evidence list per value");
    evidence.forEach((id, words) -> assertEquals(words, strings(r.get("evidence").get(id)), id));

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

  /** The width of the window the page is checked in, as the layout requirement states it. */
  static final int WIDTH = 1400;

  private static Set<String> iterable(Iterator<String> names) {
    Set<String> out = new HashSet<>();
    names.forEachRemaining(out::add);
    return out;
  }

  /** As the page makes anchors: lower case, letters and digits, other runs as one dash. */
  private static String slug(String s) {
    String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return out.isEmpty() ? "x" : out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

}
