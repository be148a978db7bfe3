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

  /** The canonical name for {@code name}, or {@code name} itself, trimmed, when it is not registered. */
  public String canonical(String name) {
    return find(name).map(OutletProfile::name).orElse(name.strip());
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
