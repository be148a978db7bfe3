package dev.parallax.analysis.ingest;

import dev.parallax.model.OutletProfile;
import dev.parallax.model.Ownership;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Known outlets: canonical names, aliases, country and ownership. Ingest uses it to name an
 * article's outlet the same way whichever spelling the text uses ("Al-Jazeera", "Al Jazeera"); the
 * framing section shows the country and ownership for context, never to score.
 *
 * <p>The built-in registry ships as {@code outlets.tsv}; a user's file in the same format is read
 * on top of it, its entries replacing built-in ones of the same name. Immutable and thread-safe.
 */
public final class OutletRegistry {
  private static final String BUILT_IN = "/dev/parallax/analysis/ingest/outlets.tsv";

  private final Map<String, OutletProfile> byKey;
  private final List<OutletProfile> entries;

  private OutletRegistry(List<OutletProfile> entries, Map<String, OutletProfile> byKey) {
    this.entries = List.copyOf(entries);
    this.byKey = Map.copyOf(byKey);
  }

  /** The registry shipped with Parallax. */
  public static OutletRegistry builtIn() {
    try (InputStream in = OutletRegistry.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("the outlet registry is missing from the jar: " + BUILT_IN);
      }
      return new Loader().read(new InputStreamReader(in, StandardCharsets.UTF_8), "built-in").build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The built-in registry extended by a user's file.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a line is malformed; the message names the line
   */
  public static OutletRegistry builtInWith(Path userFile) throws IOException {
    Loader loader = new Loader();
    try (InputStream in = OutletRegistry.class.getResourceAsStream(BUILT_IN)) {
      loader.read(new InputStreamReader(in, StandardCharsets.UTF_8), "built-in");
    }
    try (Reader r = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
      loader.read(r, userFile.toString());
    }
    return loader.build();
  }

  /** The entry whose name or alias matches {@code name} (case, spacing and hyphens ignored). */
  public Optional<OutletProfile> find(String name) {
    return Optional.ofNullable(byKey.get(key(name)));
  }

  /**
   * The entry {@code name} names, for a name already known to be an outlet's (a byline, a
   * metadata field): a name or alias as {@link #find} matches it; else a web address's site name
   * ("www.aljazeera.net" is "aljazeera"); else the one entry whose name or an alias is a few
   * letters away from it (Levenshtein distance, Commons Text), so "Al Jazeerah" and "Al Jazera"
   * are Al Jazeera. The distance allowed grows with the name: none under 8 letters (short names
   * are a letter from other outlets' names: "KBS News" and "CBC News" are not CBS News), 1 up to
   * 11 letters, 2 from 12; the first three letters must be the same (outlets named by initials
   * differ at the start); the digits too ("France 2" is not France 24); and a name as near to
   * two outlets as the nearest is not matched. Names of different outlets that look alike, such as "The
   * Washington Times" and "The Washington Post", stay apart: they differ by more than that.
   *
   * <p>Not for scanning text for outlet names: a loose match there would find outlets in ordinary
   * words. Use {@link #find} for that.
   */
  public Optional<OutletProfile> resolve(String name) {
    Optional<OutletProfile> exact = find(name);
    if (exact.isPresent()) {
      return exact;
    }
    String site = siteName(name);
    if (site != null) {
      Optional<OutletProfile> bySite = find(host(name)).or(() -> find(site));
      if (bySite.isPresent()) {
        return bySite;
      }
    }
    String key = key(site != null ? site : name);
    int allowed = key.length() < 8 ? 0 : key.length() < 12 ? 1 : 2;
    if (allowed == 0) {
      return Optional.empty();
    }
    LevenshteinDistance distance = new LevenshteinDistance(allowed);
    OutletProfile best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tied = false;
    for (Map.Entry<String, OutletProfile> e : byKey.entrySet()) {
      int d = distance.apply(key, e.getKey());
      if (d < 0 || d > bestDistance || !digits(key).equals(digits(e.getKey()))
          || !e.getKey().regionMatches(0, key, 0, 3)) {
        continue;
      }
      if (d < bestDistance) {
        best = e.getValue();
        bestDistance = d;
        tied = false;
      } else if (!e.getValue().name().equals(best.name())) {
        tied = true;
      }
    }
    return tied ? Optional.empty() : Optional.ofNullable(best);
  }

  private static String digits(String key) {
    return key.replaceAll("[^0-9]", "");
  }

  /** The canonical name for {@code name} as {@link #resolve} finds it, or {@code name} itself, trimmed, when it names no entry. */
  public String canonical(String name) {
    return resolve(name).map(OutletProfile::name).orElse(name.strip());
  }

  /** Second-level labels under a country code: the "co" of bbc.co.uk, the "com" of tribune.com.pk. */
  private static final java.util.Set<String> SECOND_LEVEL = java.util.Set.of("co", "com", "org", "net", "gov", "ac", "edu");

  private static final java.util.regex.Pattern HOST =
      java.util.regex.Pattern.compile("(?:https?://)?([a-z0-9-]+(?:\\.[a-z0-9-]+)+)/?");

  /** The host of a web address without "www." ("aljazeera.net" for "https://www.aljazeera.net/"); call only when {@link #siteName} is not null. */
  private static String host(String name) {
    java.util.regex.Matcher m = HOST.matcher(name.strip().toLowerCase(Locale.ROOT));
    m.matches();
    String host = m.group(1);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /** The site's own label of a web address ("aljazeera" for "https://www.aljazeera.net/"), or null when {@code name} is not one. */
  static String siteName(String name) {
    java.util.regex.Matcher m = HOST.matcher(name.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return null;
    }
    List<String> labels = new ArrayList<>(List.of(m.group(1).split("\\.")));
    labels.remove(labels.size() - 1);
    if (labels.size() > 1 && SECOND_LEVEL.contains(labels.get(labels.size() - 1))) {
      labels.remove(labels.size() - 1);
    }
    return labels.get(labels.size() - 1);
  }

  /** All entries, in file order. */
  public List<OutletProfile> entries() {
    return entries;
  }

  static String key(String name) {
    String lower = name.toLowerCase(Locale.ROOT).strip();
    if (lower.startsWith("the ")) {
      lower = lower.substring(4);
    }
    return lower.replaceAll("[\\s\\-_.']+", "");
  }

  private static final class Loader {
    private final Map<String, OutletProfile> byName = new java.util.LinkedHashMap<>();
    private final Map<String, List<String>> aliases = new HashMap<>();

    Loader read(Reader reader, String origin) throws IOException {
      BufferedReader in = new BufferedReader(reader);
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
          throw new IllegalArgumentException(
              origin + " line " + number + ": expected name, aliases, country, ownership[, note] separated by tabs");
        }
        Ownership ownership;
        try {
          ownership = Ownership.valueOf(f[3].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              origin + " line " + number + ": ownership must be STATE, PUBLIC, PRIVATE or UNKNOWN, got '" + f[3] + "'");
        }
        String name = f[0].strip();
        String country = f[2].isBlank() ? null : f[2].strip();
        String note = f.length > 4 && !f[4].isBlank() ? f[4].strip() : null;
        byName.put(name, new OutletProfile(name, country, ownership, note, origin));
        List<String> names = new ArrayList<>();
        names.add(name);
        for (String a : f[1].split("\\|")) {
          if (!a.isBlank()) {
            names.add(a.strip());
          }
        }
        aliases.put(name, names);
      }
      return this;
    }

    OutletRegistry build() {
      Map<String, OutletProfile> byKey = new HashMap<>();
      for (Map.Entry<String, OutletProfile> e : byName.entrySet()) {
        for (String a : aliases.get(e.getKey())) {
          byKey.put(key(a), e.getValue());
        }
      }
      return new OutletRegistry(new ArrayList<>(byName.values()), byKey);
    }
  }
}
