package dev.parallax.analysis.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What news stories count, and the words around a number that say what it is: the measures
 * ("deaths" from "were killed", "deaths", "dead"), the nouns that stand in for the counted thing
 * ("the number", "a total of"), the verbs that give a level ("rose to", "stood at"), the words that
 * mark a part of a total, a running total, a projection or an estimate, the nouns of people in
 * general, of events and of places. Read from {@code measures.tsv} (written for Parallax). Immutable
 * and thread-safe.
 */
public final class MeasureLexicon {
  private static final String RESOURCE = "/dev/parallax/analysis/lexicon/measures.tsv";
  private static volatile MeasureLexicon shared;

  private final Map<String, String> measures;
  private final Map<String, Set<String>> roles;

  private MeasureLexicon(Map<String, String> measures, Map<String, Set<String>> roles) {
    this.measures = Map.copyOf(measures);
    Map<String, Set<String>> r = new HashMap<>();
    roles.forEach((k, v) -> r.put(k, Set.copyOf(v)));
    this.roles = Map.copyOf(r);
  }

  /** The lexicon of {@code measures.tsv}, read once. */
  public static MeasureLexicon shared() {
    MeasureLexicon s = shared;
    if (s == null) {
      synchronized (MeasureLexicon.class) {
        s = shared;
        if (s == null) {
          s = load();
          shared = s;
        }
      }
    }
    return s;
  }

  private static MeasureLexicon load() {
    Map<String, String> measures = new HashMap<>();
    Map<String, Set<String>> roles = new HashMap<>();
    try (InputStream in = MeasureLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4) {
          throw new IllegalStateException(RESOURCE + ": expected 4 columns, got " + f.length + ": " + line);
        }
        for (String w : f[3].trim().split(" +")) {
          String word = w.replace('_', ' ');
          if (f[0].equals("measure")) {
            measures.put(f[2] + ":" + word, f[1]);
          } else {
            roles.computeIfAbsent(f[1], k -> new HashSet<>()).add(word);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new MeasureLexicon(measures, roles);
  }

  /**
   * The measure a word names in its class ("kill" as a verb: "deaths"), or null.
   *
   * @param lemma the word's lemma, lower case
   * @param wc its class; adjectives and nouns are also tried as each other ("the injured")
   */
  public String measure(String lemma, WordClass wc) {
    String key = lemma.toLowerCase(Locale.ROOT);
    String m = measures.get(tag(wc) + ":" + key);
    if (m == null && wc == WordClass.ADJECTIVE) {
      m = measures.get("noun:" + key);
    }
    if (m == null && wc == WordClass.NOUN) {
      m = measures.get("adj:" + key);
    }
    return m;
  }

  /** True when {@code word} (lower case, a lemma or a fixed phrase such as "so far") has {@code role}. */
  public boolean is(String role, String word) {
    Set<String> words = roles.get(role);
    if (words == null) {
      throw new IllegalArgumentException("no role '" + role + "' in " + RESOURCE);
    }
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The words of a role, lower case. */
  public Set<String> words(String role) {
    Set<String> words = roles.get(role);
    if (words == null) {
      throw new IllegalArgumentException("no role '" + role + "' in " + RESOURCE);
    }
    return words;
  }

  private static String tag(WordClass wc) {
    return switch (wc) {
      case NOUN -> "noun";
      case VERB -> "verb";
      case ADJECTIVE -> "adj";
      case ADVERB -> "adv";
    };
  }
}
