package dev.parallax.analysis.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.analysis.ingest.Metadata.Field;
import dev.parallax.analysis.ingest.Metadata.Priority;
import java.util.List;
import java.util.Optional;

/**
 * Reads an article stored as a JSON object. The body comes from the first of {@code text},
 * {@code body}, {@code content}, {@code articleBody}, {@code article}, {@code fullText}; it may be
 * plain text or HTML. Metadata comes from the usual field names ({@code title}/{@code headline},
 * {@code outlet}/{@code source}/{@code publisher}/{@code site_name}, {@code author}/{@code byline},
 * {@code published}/{@code date}/{@code datePublished}/{@code publishedAt}, {@code url}/{@code link}).
 */
final class JsonArticleParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> BODY = List.of("text", "body", "content", "articleBody", "article", "fullText", "full_text");
  private static final List<String> TITLE = List.of("title", "headline");
  private static final List<String> OUTLET = List.of("outlet", "source", "publisher", "site_name", "siteName", "site", "source_name");
  private static final List<String> AUTHOR = List.of("author", "byline", "authors");
  private static final List<String> DATE = List.of("published", "date", "datePublished", "publishedAt", "published_at", "pubDate", "publication_date");
  private static final List<String> URL = List.of("url", "link", "href");

  private JsonArticleParser() {}

  /**
   * The body blocks, or empty when the JSON is not an article (not an object, or no body text);
   * metadata is recorded in {@code meta}.
   *
   * @throws IllegalArgumentException when the text is not JSON; the message says where
   */
  static Optional<List<String>> parse(String json, Metadata meta) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("it is not valid JSON ("
          + (e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ") + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      return Optional.empty();
    }
    String body = first(root, BODY);
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    meta.offer(Field.TITLE, first(root, TITLE), "the JSON field 'title'", Priority.MARKUP);
    meta.offer(Field.OUTLET, first(root, OUTLET), "a JSON outlet field", Priority.MARKUP);
    meta.offer(Field.AUTHOR, first(root, AUTHOR), "a JSON author field", Priority.MARKUP);
    meta.offer(Field.URL, first(root, URL), "a JSON url field", Priority.MARKUP);
    DateText.parse(first(root, DATE)).ifPresent(d -> meta.offer(Field.PUBLISHED, d, "a JSON date field", Priority.MARKUP));
    if (body.contains("</p>") || body.contains("<br")) {
      return Optional.of(HtmlArticleParser.parse("<html><body><article>" + body + "</article></body></html>", meta));
    }
    if (Characters.hasLoneSurrogate(body)) {
      meta.noteReplacedCharacters();
    }
    return Optional.of(Blocks.ofPlainText(Characters.normalize(body), false));
  }

  private static String first(JsonNode root, List<String> names) {
    for (String n : names) {
      JsonNode v = root.get(n);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isValueNode()) {
        return v.asText();
      }
      if (v.isObject() && v.has("name")) {
        return v.get("name").asText();
      }
      if (v.isArray() && v.size() > 0) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode x : v) {
          String s = x.isValueNode() ? x.asText() : x.path("name").asText("");
          if (!s.isBlank()) {
            sb.append(sb.length() > 0 ? ", " : "").append(s);
          }
        }
        if (sb.length() > 0) {
          return sb.toString();
        }
      }
    }
    return null;
  }
}
