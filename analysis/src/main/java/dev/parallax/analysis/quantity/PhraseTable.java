package dev.parallax.analysis.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Phrases of one or more tokens ("km", "square metres", "US$", "Hong Kong dollars") mapped to a
 * value, matched against a {@link Tokens} stream; the longest phrase wins.
 *
 * <p>A phrase marked case-sensitive ("MB", "Mb", "m") matches the token text exactly; any other
 * phrase matches the lower-cased text. Spacing between the tokens of a phrase is not compared, so
 * "km/h" also matches "km / h". Tables are built once and are immutable, so they are safe to share
 * between threads.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {
  /** A phrase and its value. */
  private static final class Entry<V> {
    final String[] parts;
    final boolean exact;
    final V value;

    Entry(String[] parts, boolean exact, V value) {
      this.parts = parts;
      this.exact = exact;
      this.value = value;
    }
  }

  /** A match: the phrase covers tokens [from, to). */
  static final class Match<V> {
    final int from;
    final int to;
    final V value;

    Match(int from, int to, V value) {
      this.from = from;
      this.to = to;
      this.value = value;
    }
  }

  private final Map<String, List<Entry<V>>> byFirst;

  private PhraseTable(Map<String, List<Entry<V>>> byFirst) {
    this.byFirst = byFirst;
  }

  /**
   * Reads a table from a UTF-8 classpath resource of tab-separated lines; '#' starts a comment
   * line. The first column is the phrase, prefixed by '=' when it is case-sensitive; {@code value}
   * makes the value from all columns.
   */
  static <V> PhraseTable<V> load(String resource, Function<String[], V> value) {
    Map<String, List<Entry<V>>> map = new HashMap<>();
    try (InputStream in = PhraseTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        String phrase = cols[0];
        boolean exact = phrase.startsWith("=");
        if (exact) {
          phrase = phrase.substring(1);
        }
        Tokens toks = Tokens.of(phrase);
        if (toks.size() == 0) {
          throw new IllegalStateException(resource + ":" + n + ": empty phrase");
        }
        String[] parts = new String[toks.size()];
        for (int k = 0; k < parts.length; k++) {
          parts[k] = exact ? toks.get(k).text : toks.get(k).norm;
        }
        V v;
        try {
          v = value.apply(cols);
        } catch (RuntimeException e) {
          throw new IllegalStateException(resource + ":" + n + ": " + e.getMessage(), e);
        }
        map.computeIfAbsent(parts[0].toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
            .add(new Entry<>(parts, exact, v));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (List<Entry<V>> l : map.values()) {
      l.sort(Comparator.comparingInt((Entry<V> e) -> -e.parts.length).thenComparing(e -> e.exact ? 0 : 1));
    }
    return new PhraseTable<>(Map.copyOf(map));
  }

  /** The longest phrase starting at token {@code i}, or null. */
  Match<V> match(Tokens t, int i) {
    if (!t.exists(i)) {
      return null;
    }
    List<Entry<V>> cands = byFirst.get(t.get(i).norm.toLowerCase(java.util.Locale.ROOT));
    if (cands == null) {
      return null;
    }
    for (Entry<V> e : cands) {
      if (matches(t, i, e)) {
        return new Match<>(i, i + e.parts.length, e.value);
      }
    }
    return null;
  }

  /** The longest phrase that ends right before token {@code end} (exclusive), or null. */
  Match<V> matchEndingAt(Tokens t, int end, int maxParts) {
    Match<V> best = null;
    for (int from = Math.max(0, end - maxParts); from < end; from++) {
      List<Entry<V>> cands = byFirst.get(t.get(from).norm.toLowerCase(java.util.Locale.ROOT));
      if (cands == null) {
        continue;
      }
      for (Entry<V> e : cands) {
        if (from + e.parts.length == end && matches(t, from, e)) {
          return new Match<>(from, end, e.value);
        }
      }
    }
    return best;
  }

  private static <V> boolean matches(Tokens t, int i, Entry<V> e) {
    for (int k = 0; k < e.parts.length; k++) {
      if (!t.exists(i + k)) {
        return false;
      }
      Token tok = t.get(i + k);
      if (e.exact ? !tok.text.equals(e.parts[k]) : !tok.norm.equals(e.parts[k])) {
        return false;
      }
      // "m2" never matches "12 m 2 dm": digits in a phrase are glued to what comes before them
      if (k > 0 && tok.space && (e.exact || t.get(i + k - 1).isSymbol() && tok.isSymbol() || tok.isDigits())) {
        return false;
      }
    }
    return true;
  }
}
