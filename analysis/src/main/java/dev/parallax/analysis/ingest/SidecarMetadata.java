package dev.parallax.analysis.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.analysis.ingest.Metadata.Field;
import dev.parallax.analysis.ingest.Metadata.Priority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

  static void read(Path article, Metadata meta, OutletRegistry outlets) throws IOException {
    Path file = find(article);
    if (file == null) {
      return;
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file.getFileName() + " is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file.getFileName() + " must hold a JSON object");
    }
    String origin = file.getFileName().toString();
    offer(meta, Field.TITLE, root.get("title"), origin);
    JsonNode outlet = root.has("outlet") ? root.get("outlet") : root.get("source");
    if (outlet != null && outlet.isTextual()) {
      meta.offer(Field.OUTLET, outlets.canonical(outlet.asText()), origin, Priority.USER);
    }
    offer(meta, Field.AUTHOR, root.get("author"), origin);
    offer(meta, Field.URL, root.get("url"), origin);
    JsonNode date = root.has("date") ? root.get("date") : root.get("published");
    if (date != null && date.isTextual()) {
      meta.offer(Field.PUBLISHED,
          DateText.parse(date.asText()).orElseThrow(
              () -> new IllegalArgumentException("its date '" + date.asText() + "' is not a date such as 2024-12-29")),
          origin, Priority.USER);
    }
  }

  private static void offer(Metadata meta, Field field, JsonNode value, String origin) {
    if (value != null && value.isTextual()) {
      meta.offer(field, value.asText(), origin, Priority.USER);
    }
  }
}
