package dev.parallax.analysis.claim;

import dev.parallax.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known entities and their aliases ({@code entities.tsv}), matched in text by the longest alias
 * that starts at each word. Aliases match with their own case, so "US" is not "us" and "WHO" is not
 * "who"; a lower-case first letter is also accepted for aliases that start with a lower-case
 * particle ("al-Qaeda"). Immutable and thread-safe.
 */
public final class EntityGazetteer {
  private static final String RESOURCE = "/dev/parallax/analysis/claim/entities.tsv";
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  /** A known entity. */
  public record Entry(String id, EntityType type, String name) {}

  /** An alias found in text: characters {@code [start, end)} name {@code entry}. */
  public record Match(int start, int end, Entry entry) {}

  private record Alias(List<String> words, Entry entry) {}

  private final Map<String, List<Alias>> byFirstWord;
  private final Map<String, Entry> byId;

  private EntityGazetteer(Map<String, List<Alias>> byFirstWord, Map<String, Entry> byId) {
    this.byFirstWord = byFirstWord;
    this.byId = byId;
  }

  /** The gazetteer shipped with Parallax. */
  public static EntityGazetteer builtIn() {
    try (InputStream in = EntityGazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the entity gazetteer is missing from the jar: " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, List<Alias>> byFirst = new HashMap<>();
      Map<String, Entry> byId = new HashMap<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        Entry entry = new Entry(f[0], EntityType.valueOf(f[1]), f[2]);
        byId.put(entry.id(), entry);
        List<String> names = new ArrayList<>();
        names.add(f[2]);
        if (f.length > 3) {
          for (String a : f[3].split("\\|")) {
            if (!a.isBlank()) {
              names.add(a.strip());
            }
          }
        }
        for (String name : names) {
          List<String> words = words(name);
          byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Alias(words, entry));
          String first = words.get(0);
          if (Character.isLowerCase(first.charAt(0))) {
            List<String> capitalized = new ArrayList<>(words);
            capitalized.set(0, Character.toUpperCase(first.charAt(0)) + first.substring(1));
            byFirst.computeIfAbsent(capitalized.get(0), k -> new ArrayList<>()).add(new Alias(capitalized, entry));
          }
        }
      }
      for (List<Alias> list : byFirst.values()) {
        list.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
      }
      return new EntityGazetteer(Map.copyOf(byFirst), Map.copyOf(byId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entry with this id. */
  public Optional<Entry> entry(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every alias occurrence in {@code text}, longest first at each position, none overlapping, in text order. */
  public List<Match> find(String text) {
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      words.add(m.group());
    }
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      List<Alias> candidates = byFirstWord.get(words.get(i));
      int taken = 0;
      if (candidates != null) {
        for (Alias a : candidates) {
          int n = a.words().size();
          if (i + n <= words.size() && words.subList(i, i + n).equals(a.words()) && contiguous(text, spans, i, n)) {
            out.add(new Match(spans.get(i)[0], spans.get(i + n - 1)[1], a.entry()));
            taken = n;
            break;
          }
        }
      }
      i += Math.max(1, taken);
    }
    return out;
  }

  /** The alias's words are separated only by single spaces or stand together, as in the alias. */
  private static boolean contiguous(String text, List<int[]> spans, int i, int n) {
    for (int k = i + 1; k < i + n; k++) {
      int gap = spans.get(k)[0] - spans.get(k - 1)[1];
      if (gap > 1 || gap == 1 && text.charAt(spans.get(k - 1)[1]) != ' ') {
        return false;
      }
    }
    return true;
  }

  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(name);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The normalized key of a name that is not in the gazetteer: lower case, single spaces. */
  static String keyOf(String name) {
    return String.join(" ", words(name)).toLowerCase(Locale.ROOT);
  }
}
