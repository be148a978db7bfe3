package dev.parallax.analysis.ingest;

import dev.parallax.analysis.ingest.Metadata.Field;
import dev.parallax.analysis.ingest.Metadata.Priority;
import java.util.Locale;
import java.util.Set;

/**
 * A metadata block at the top of a text or Markdown file, with one {@code key: value} per line:
 * either between two {@code ---} lines, or bare, as the file's first lines up to a blank line when
 * every one of them has a key below. Keys: {@code title}, {@code outlet} (or {@code source},
 * {@code publisher}, {@code site}), {@code author} (or {@code byline}), {@code date} (or
 * {@code published}), {@code url} (or {@code link}). In a delimited block, unknown keys are ignored.
 */
final class FrontMatter {
  private FrontMatter() {}

  private static final Set<String> KEYS =
      Set.of("title", "headline", "outlet", "source", "publisher", "site", "site_name", "author", "byline",
          "authors", "date", "published", "published_at", "publication_date", "url", "link");

  /** The text after the block, with the block's values recorded in {@code meta}; the text itself when there is none. */
  static String read(String text, Metadata meta, OutletRegistry outlets) {
    if (!text.startsWith("---\n")) {
      return bare(text, meta, outlets);
    }
    int close = text.indexOf("\n---", 4);
    if (close < 0) {
      return text;
    }
    int after = text.indexOf('\n', close + 4);
    record(text.substring(4, close), "the front matter", meta, outlets);
    return after < 0 ? "" : text.substring(after + 1);
  }

  /** A header without delimiters: the first lines, up to a blank line, each with a known key. */
  private static String bare(String text, Metadata meta, OutletRegistry outlets) {
    int start = 0;
    while (start < text.length() && text.charAt(start) == '\n') {
      start++;
    }
    int end = text.indexOf("\n\n", start);
    String block = end < 0 ? text.substring(start) : text.substring(start, end);
    if (block.isBlank() || end < 0) {
      return text; // a file that is all header has no article to read
    }
    for (String line : block.split("\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0 || !KEYS.contains(key(line, colon)) || line.substring(colon + 1).isBlank()) {
        return text;
      }
    }
    record(block, "the header lines", meta, outlets);
    return text.substring(end + 2);
  }

  private static String key(String line, int colon) {
    return line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
  }

  private static void record(String block, String origin, Metadata meta, OutletRegistry outlets) {
    for (String line : block.split("\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = key(line, colon);
      String value = unquote(line.substring(colon + 1).strip());
      switch (key) {
        case "title", "headline" -> meta.offer(Field.TITLE, value, origin, Priority.USER);
        case "outlet", "source", "publisher", "site", "site_name" ->
            meta.offer(Field.OUTLET, outlets.canonical(value), origin, Priority.USER);
        case "author", "byline", "authors" -> meta.offer(Field.AUTHOR, value, origin, Priority.USER);
        case "date", "published", "published_at", "publication_date" ->
            DateText.parse(value).or(() -> DateText.find(value))
                .ifPresent(d -> meta.offer(Field.PUBLISHED, d, origin, Priority.USER));
        case "url", "link" -> meta.offer(Field.URL, value, origin, Priority.USER);
        default -> {
          // other keys are the user's business
        }
      }
    }
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
