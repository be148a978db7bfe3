package dev.parallax.analysis.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Role nouns that say who a speaker is ("minister", "analyst", "resident", "sources"), each with the
 * {@link SpeakerKind} it suggests. Read once from {@code speaker-roles.tsv}, our own list.
 *
 * <p>The quote finder uses the list to recognise titles before names and descriptions after them,
 * and to accept a common noun as a speaker; the framing stage uses the kinds. Immutable and
 * thread-safe.
 */
public final class SpeakerRoles {
  private static final String FILE = "/dev/parallax/analysis/quote/speaker-roles.tsv";
  private static final SpeakerRoles BUILT_IN = load();

  private final Map<String, SpeakerKind> kinds;

  private SpeakerRoles(Map<String, SpeakerKind> kinds) {
    this.kinds = kinds;
  }

  /** The list shipped with Parallax. */
  public static SpeakerRoles builtIn() {
    return BUILT_IN;
  }

  /**
   * The kind a role noun suggests. {@code word} may be inflected ("ministers", "MPs"); it is
   * lower-cased with {@link Locale#ROOT} and a plural ending is tried off.
   */
  public Optional<SpeakerKind> kindOf(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    SpeakerKind k = kinds.get(w);
    if (k == null && w.endsWith("ies") && w.length() > 4) {
      k = kinds.get(w.substring(0, w.length() - 3) + "y");
    }
    if (k == null && w.endsWith("s") && w.length() > 3) {
      k = kinds.get(w.substring(0, w.length() - 1));
    }
    if (k == null && w.endsWith("es") && w.length() > 4) {
      k = kinds.get(w.substring(0, w.length() - 2));
    }
    return Optional.ofNullable(k);
  }

  /** True when {@code word} is a role noun of any kind. */
  public boolean isRole(String word) {
    return kindOf(word).isPresent();
  }

  private static SpeakerRoles load() {
    Map<String, SpeakerKind> kinds = new TreeMap<>();
    try (InputStream in = SpeakerRoles.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("speaker roles are missing from the classpath: " + FILE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2) {
          throw new IllegalStateException(FILE + " line " + number + ": expected 'lemma<TAB>kind', got '" + line + "'");
        }
        kinds.put(f[0].strip().toLowerCase(Locale.ROOT), SpeakerKind.valueOf(f[1].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    return new SpeakerRoles(Map.copyOf(kinds));
  }
}
