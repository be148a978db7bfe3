package dev.parallax.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the data block of a report page back the way the page's script does (see
 * {@link HtmlPageData}), so tests can check what the page would render without a browser.
 */
public final class PageData {
  /** One rendered side: the claim and the highlighted words. */
  record Side(String claimId, String text, List<String> marks, List<String> markKinds) {}

  /** One piece of framing evidence as the page would show it. */
  record Piece(String articleId, int start, int end, String text, String label, String source) {}

  final JsonNode root;
  final List<String> strings = new ArrayList<>();
  final List<String> articleIds = new ArrayList<>();
  final List<String> claimIds = new ArrayList<>();
  private final Map<String, Integer> claimNumber = new HashMap<>();

  /** The data of {@code page}, a report page. */
  public PageData(Document page) {
    Element block = page.getElementById("parallax-data");
    if (block == null) {
      throw new IllegalArgumentException("the page has no data block");
    }
    try {
      root = new ObjectMapper().readTree(block.data());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    root.get("strings").forEach(s -> strings.add(s.asText()));
    root.get("articles").forEach(a -> articleIds.add(a.get(0).asText()));
    Map<Integer, Integer> count = new HashMap<>();
    for (JsonNode c : root.get("claims")) {
      int a = c.get(0).asInt();
      int n = count.merge(a, 1, Integer::sum);
      String id = c.size() > 4 ? c.get(4).asText() : articleIds.get(a) + ".c" + n;
      claimNumber.put(id, claimIds.size());
      claimIds.add(id);
    }
  }

  /** The text of article {@code a} (its place in the report), joined from its pieces. */
  String articleText(int a) {
    StringBuilder out = new StringBuilder();
    root.get("articles").get(a).get(4).forEach(p -> out.append(strings.get(p.asInt())));
    return out.toString();
  }

  /** The number of pieces article {@code a} is cut into. */
  int pieces(int a) {
    return root.get("articles").get(a).get(4).size();
  }

  int start(int claim) {
    JsonNode c = root.get("claims").get(claim);
    JsonNode pieces = root.get("articles").get(c.get(0).asInt()).get(4);
    int at = 0;
    for (int i = 0; i < c.get(1).asInt(); i++) {
      at += strings.get(pieces.get(i).asInt()).length();
    }
    return at;
  }

  /** The text of claim {@code id} as the page's sentence table gives it. */
  public String claimText(String id) {
    int claim = claimNumber.get(id);
    JsonNode c = root.get("claims").get(claim);
    StringBuilder out = new StringBuilder();
    JsonNode pieces = root.get("articles").get(c.get(0).asInt()).get(4);
    for (int i = c.get(1).asInt(); i < c.get(2).asInt(); i++) {
      out.append(strings.get(pieces.get(i).asInt()));
    }
    return out.toString();
  }

  String stance(String id) {
    int s = root.get("claims").get(claimNumber.get(id)).get(3).asInt();
    return s < 0 ? "" : strings.get(s);
  }

  JsonNode finding(String id) {
    for (JsonNode f : root.get("findings")) {
      if (f.get("id").asText().equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no finding " + id + " in the data");
  }

  List<Side> sides(String findingId) {
    List<Side> out = new ArrayList<>();
    for (JsonNode s : finding(findingId).get("sides")) {
      String id = claimIds.get(s.get(0).asInt());
      String text = claimText(id);
      List<String> marks = new ArrayList<>();
      List<String> kinds = new ArrayList<>();
      for (int i = 1; i + 2 < s.size(); i += 3) {
        marks.add(text.substring(s.get(i).asInt(), s.get(i + 1).asInt()));
        kinds.add(root.get("marks").get(s.get(i + 2).asInt()).get(0).asText());
      }
      out.add(new Side(id, text, marks, kinds));
    }
    return out;
  }

  List<String> texts(JsonNode refs) {
    List<String> out = new ArrayList<>();
    refs.forEach(r -> out.add(strings.get(r.asInt())));
    return out;
  }

  /** The evidence lists the page makes, by their ids ({@code ev-a1-loaded-language}), in page order. */
  Map<String, List<Piece>> evidence() {
    Map<String, List<Piece>> out = new LinkedHashMap<>();
    for (JsonNode col : root.get("framing")) {
      for (JsonNode row : col.get("rows")) {
        int a = row.get(0).asInt();
        String slug = root.get("articles").get(a).get(3).asText();
        List<Piece> pieces = new ArrayList<>();
        JsonNode ev = row.get(3);
        int start = 0;
        for (int i = 0; i + 4 < ev.size(); i += 5) {
          int in = ev.get(i).asInt() == 0 ? a : ev.get(i).asInt() - 1;
          start += ev.get(i + 1).asInt();
          int end = start + ev.get(i + 2).asInt();
          int label = ev.get(i + 3).asInt();
          int source = ev.get(i + 4).asInt();
          pieces.add(new Piece(articleIds.get(in), start, end, articleText(in).substring(start, end),
              label < 0 ? null : strings.get(col.get("labels").get(label).asInt()),
              source < 0 ? null : strings.get(col.get("sources").get(source).asInt())));
        }
        out.put("ev-" + slug + "-" + col.get("slug").asText(), pieces);
      }
    }
    return out;
  }
}
