package dev.parallax.analysis.ingest;

import dev.parallax.analysis.ingest.Metadata.Field;
import dev.parallax.analysis.ingest.Metadata.Priority;
import java.util.Locale;

/**
 * A metadata block at the top of a text or Markdown file, between two {@code ---} lines, with one
 * {@code key: value} per line. Keys: {@code title}, {@code outlet} (or {@code source},
 * {@code publisher}, {@code site}), {@code author} (or {@code byline}), {@code date} (or
 * {@code published}), {@code url} (or {@code link}). Unknown keys are ignored.
 */
final class FrontMatter {
  private FrontMatter() {}

  /** The text after the block, with the block's values recorded in {@code meta}; the text itself when there is none. */
  static String read(String text, Metadata meta, OutletRegistry outlets) {
    if (!text.startsWith("---\n")) {
      return text;
    }
    int close = text.indexOf("\n---", 4);
    if (close < 0) {
      return text;
    }
    int after = text.indexOf('\n', close + 4);
    String block = text.substring(4, close);
    for (String line : block.split("\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = unquote(line.substring(colon + 1).strip());
      String origin = "the front matter";
      switch (key) {
        case "title", "headline" -> meta.offer(Field.TITLE, value, origin, Priority.USER);
        case "outlet", "source", "publisher", "site", "site_name" ->
            meta.offer(Field.OUTLET, outlets.canonical(value), origin, Priority.USER);
        case "author", "byline", "authors" -> meta.offer(Field.AUTHOR, value, origin, Priority.USER);
        case "date", "published", "published_at", "publication_date" ->
            DateText.parse(value).ifPresent(d -> meta.offer(Field.PUBLISHED, d, origin, Priority.USER));
        case "url", "link" -> meta.offer(Field.URL, value, origin, Priority.USER);
        default -> {
          // other keys are the user's business
        }
      }
    }
    return after < 0 ? "" : text.substring(after + 1);
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
