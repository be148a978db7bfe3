package dev.parallax.analysis.bias;

import dev.parallax.analysis.text.Sentence;
import dev.parallax.analysis.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Parallax's own framing cues ({@code framing-lexicon.tsv}: intensifiers, loaded words, hedges,
 * certainty markers, prescriptions, reporting verbs by connotation) and VADER's valences
 * ({@code vader_lexicon.txt}, MIT). Loaded once; immutable and thread-safe.
 */
public final class FramingLexicon {
  /** The name shown as the source of evidence this lexicon flags. */
  public static final String NAME = "Parallax framing lexicon";

  /** The name shown as the source of evidence VADER's valences flag. */
  public static final String VADER = "VADER lexicon (MIT)";

  private static final String ROOT = "/dev/parallax/analysis/bias/";
  private static final int LONGEST = 5;
  private static final FramingLexicon BUILT_IN = new FramingLexicon();

  private final Map<String, Cue> cues;
  private final Map<String, Double> valences;

  private FramingLexicon() {
    Map<String, Cue> c = new TreeMap<>();
    read("framing-lexicon.tsv", StandardCharsets.UTF_8, line -> {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException("framing-lexicon.tsv: expected 'category<TAB>phrase', got '" + line + "'");
      }
      c.putIfAbsent(f[1].strip().toLowerCase(Locale.ROOT), Cue.valueOf(f[0].strip()));
    });
    Map<String, Double> v = new TreeMap<>();
    read("vader_lexicon.txt", StandardCharsets.ISO_8859_1, line -> {
      String[] f = line.split("\t");
      if (f.length >= 2) {
        v.put(f[0], Double.parseDouble(f[1]));
      }
    });
    this.cues = Map.copyOf(c);
    this.valences = Map.copyOf(v);
  }

  /** The lexicon shipped with Parallax. */
  public static FramingLexicon builtIn() {
    return BUILT_IN;
  }

  private static void read(String file, Charset charset, Consumer<String> action) {
    try (InputStream in = FramingLexicon.class.getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException("framing resource missing from the classpath: " + ROOT + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, charset));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          action.accept(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The cue a word or phrase (any case) is listed as, if any. */
  public Optional<Cue> cue(String phrase) {
    return Optional.ofNullable(cues.get(phrase.toLowerCase(Locale.ROOT)));
  }

  /** VADER's mean valence of a word (-4 to 4), or 0 when VADER does not list it. */
  public double valence(String word) {
    Double v = valences.get(word.toLowerCase(Locale.ROOT));
    return v == null ? 0.0 : v;
  }

  /**
   * The cues in a sentence, longest phrase first, none overlapping, in text order. A single word
   * matches by its text or its lemma; a phrase by the text it covers, spaces normalized.
   */
  public List<CueMatch> cues(String text, Sentence s) {
    List<CueMatch> out = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      CueMatch found = null;
      int width = 0;
      for (int n = Math.min(LONGEST, t.size() - i); n >= 1 && found == null; n--) {
        Token first = t.get(i);
        Token last = t.get(i + n - 1);
        String covered = text.substring(first.start(), last.end());
        if (n == 1 && first.tag().equals("PROPN")) {
          continue;
        }
        Cue cue = cues.get(singleSpaced(covered.toLowerCase(Locale.ROOT)));
        if (cue == null && n == 1) {
          cue = cues.get(first.lemma().toLowerCase(Locale.ROOT));
        }
        if (cue != null) {
          found = new CueMatch(cue, first.start(), last.end(), covered);
          width = n;
        }
      }
      if (found != null) {
        out.add(found);
        i += width;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Whitespace as the regular expression {@code \\s} means it: space, tab, line breaks, form feed. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** {@code text} with each run of whitespace made one space; the same string when there is none to change. */
  static String singleSpaced(String text) {
    int n = text.length();
    boolean clean = true;
    for (int i = 0; i < n && clean; i++) {
      char c = text.charAt(i);
      if (space(c) && (c != ' ' || i + 1 < n && space(text.charAt(i + 1)))) {
        clean = false;
      }
    }
    if (clean) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    boolean inRun = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (space(c)) {
        inRun = true;
      } else {
        if (inRun) {
          out.append(' ');
          inRun = false;
        }
        out.append(c);
      }
    }
    if (inRun) {
      out.append(' ');
    }
    return out.toString();
  }

  /**
   * VADER's compound-style score of a stretch of words: the sum of valences scaled into (-1, 1) by
   * {@code sum / sqrt(sum^2 + 15)}, VADER's normalisation. Words are split on anything but letters,
   * apostrophes and hyphens, and compared in lower case.
   */
  public double compound(String words) {
    String lower = words.toLowerCase(Locale.ROOT);
    double sum = 0;
    int n = lower.length();
    int i = 0;
    while (i < n) {
      while (i < n && !valenceChar(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && valenceChar(lower.charAt(i))) {
        i++;
      }
      if (i > start) {
        sum += valence(lower.substring(start, i));
      }
    }
    return sum / Math.sqrt(sum * sum + 15);
  }

  /** The characters of a word {@link #compound} looks up: a to z, apostrophe, hyphen. */
  private static boolean valenceChar(char c) {
    return c >= 'a' && c <= 'z' || c == '\'' || c == '-';
  }
}
