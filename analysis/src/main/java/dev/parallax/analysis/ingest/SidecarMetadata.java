package dev.parallax.analysis.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.analysis.ingest.Metadata.Field;
import dev.parallax.analysis.ingest.Metadata.Priority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Metadata the user supplies in a JSON file beside the article: for {@code story.txt}, either
 * {@code story.meta.json} or {@code story.txt.meta.json}, with any of {@code title}, {@code outlet},
 * {@code author}, {@code date} (ISO {@code YYYY-MM-DD}) and {@code url}. Its values override
 * everything found in the article.
 */
final class SidecarMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SidecarMetadata() {}

  /** The sidecar file for {@code article}, if one exists. */
  static Path find(Path article) {
    String name = article.getFileName().toString();
    int dot = name.lastIndexOf('.');
    Path dir = article.toAbsolutePath().getParent();
    if (dir == null) {
      return null;
    }
    Path plain = dir.resolve((dot > 0 ? name.substring(0, dot) : name) + ".meta.json");
    Path full = dir.resolve(name + ".meta.json");
    return Files.isRegularFile(plain) ? plain : Files.isRegularFile(full) ? full : null;
  }

  /** How large a sidecar may be: a handful of fields never needs more. */
  static final long MAX_BYTES = 1024 * 1024;

  /**
   * Reads the sidecar of {@code article}, if it has one, into {@code meta}: all of it or, when any
   * part is wrong, none of it, so a file said to be ignored is ignored.
   *
   * @throws IllegalArgumentException when the file is not valid JSON, not an object, or a value has
   *     the wrong type or form; the message names the field
   */
  static void read(Path article, Metadata meta, OutletRegistry outlets) throws IOException {
    Path file = find(article);
    if (file == null) {
      return;
    }
    byte[] bytes = ArticleFileReader.readAtMost(file, MAX_BYTES);
    if (bytes == null) {
      throw new IllegalArgumentException(file.getFileName() + " is larger than 1 MB");
    }
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file.getFileName() + " is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file.getFileName() + " must hold a JSON object");
    }
    String title = text(root, "title");
    String outlet = text(root, root.has("outlet") ? "outlet" : "source");
    String author = text(root, "author");
    String url = text(root, "url");
    String dateField = root.has("date") ? "date" : "published";
    String dateText = text(root, dateField);
    LocalDate date = dateText == null ? null : DateText.parse(dateText).orElseThrow(
        () -> new IllegalArgumentException("its " + dateField + " '" + dateText + "' is not a date such as 2024-12-29"));
    String origin = file.getFileName().toString();
    meta.offer(Field.TITLE, title, origin, Priority.USER);
    if (outlet != null) {
      meta.offer(Field.OUTLET, outlets.canonical(outlet), origin, Priority.USER);
    }
    meta.offer(Field.AUTHOR, author, origin, Priority.USER);
    meta.offer(Field.URL, url, origin, Priority.USER);
    meta.offer(Field.PUBLISHED, date, origin, Priority.USER);
  }

  /** The text of field {@code name}, or null when absent or null. */
  private static String text(JsonNode root, String name) {
    JsonNode value = root.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      String type = value.isNumber() ? "a number" : value.isBoolean() ? "true or false" : value.isArray() ? "a list"
          : value.isObject() ? "an object" : value.getNodeType().name().toLowerCase(Locale.ROOT);
      throw new IllegalArgumentException("its '" + name + "' is " + type + ", not text");
    }
    return value.asText();
  }
}
