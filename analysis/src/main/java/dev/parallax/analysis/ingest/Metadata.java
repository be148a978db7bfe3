package dev.parallax.analysis.ingest;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Metadata gathered while reading one file, from several places of different trust: a value
 * offered with a higher priority replaces one with a lower priority. Single-use and not shared
 * between threads.
 */
final class Metadata {
  /** The metadata fields. */
  enum Field {
    TITLE("title"),
    OUTLET("outlet"),
    AUTHOR("author"),
    PUBLISHED("published"),
    URL("url");

    final String key;

    Field(String key) {
      this.key = key;
    }
  }

  /** How much a source of metadata is trusted; later constants win. */
  enum Priority {
    /** Guessed from the text's own conventions: a first line, a "Source:" line. */
    CONVENTION,
    /** Stated by the page's markup: JSON-LD, OpenGraph, meta tags, JSON fields. */
    MARKUP,
    /** Given by the user: a front-matter block or a NAME.meta.json file. */
    USER
  }

  private record Entry(Object value, String origin, Priority priority) {}

  private final Map<Field, Entry> entries = new EnumMap<>(Field.class);
  private boolean replacedCharacters;

  /** Offers a value; blank values are ignored. Returns true when the value was taken. */
  boolean offer(Field field, Object value, String origin, Priority priority) {
    if (value == null || value instanceof String s && s.isBlank()) {
      return false;
    }
    Entry current = entries.get(field);
    if (current != null && current.priority().compareTo(priority) > 0) {
      return false;
    }
    if (current != null && current.priority() == priority) {
      return false; // the first value at a level wins
    }
    Object clean = value;
    if (value instanceof String s) {
      replacedCharacters |= Characters.hasLoneSurrogate(s);
      clean = Characters.replaceLoneSurrogates(s).strip().replaceAll("\\s+", " ");
    }
    entries.put(field, new Entry(clean, origin, priority));
    return true;
  }

  /** True when a value offered had a lone surrogate, which was replaced by U+FFFD. */
  boolean replacedCharacters() {
    return replacedCharacters;
  }

  /** Records that the text this metadata comes with had a lone surrogate replaced. */
  void noteReplacedCharacters() {
    replacedCharacters = true;
  }

  boolean has(Field field) {
    return entries.containsKey(field);
  }

  String text(Field field) {
    Entry e = entries.get(field);
    return e == null ? null : (String) e.value();
  }

  LocalDate date() {
    Entry e = entries.get(Field.PUBLISHED);
    return e == null ? null : (LocalDate) e.value();
  }

  /** For each field found, how it was found; keys sorted. */
  Map<String, String> origins() {
    Map<String, String> out = new TreeMap<>();
    entries.forEach((f, e) -> out.put(f.key, e.origin()));
    return out;
  }
}
