package dev.parallax.analysis.bias;

import dev.parallax.analysis.text.Sentence;
import dev.parallax.analysis.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Actors (countries, governments, armed groups, international organisations) with the names texts
 * give them, and the nouns that label them with a connotation ({@code actors.tsv},
 * {@code actor-labels.tsv}, our own lists). Finds actor mentions, side cues and labels in tagged
 * sentences. Immutable and thread-safe.
 */
public final class ActorLexicon {
  private static final String ROOT = "/dev/parallax/analysis/bias/";
  private static final int LONGEST = 6;
  private static final ActorLexicon BUILT_IN = new ActorLexicon();

  /** How a label judges the actor it names. */
  public enum Connotation {
    /** Condemns: "terrorists", "regime". */
    NEGATIVE,
    /** Withholds recognition: "interim authorities", "so-called". */
    DISTANCING,
    /** The actor's own name for itself: "Islamic Emirate". */
    OWN_NAME,
    /** Names the actor's kind or name without judging it. */
    DESCRIPTIVE
  }

  /**
   * One actor.
   *
   * @param id canonical id
   * @param name display name
   * @param types what the actor is (COUNTRY, GOVERNMENT, ARMED_GROUP, ORGANIZATION)
   */
  public record Actor(String id, String name, Set<String> types) {}

  /**
   * An actor named or labelled in a text.
   *
   * @param actor the actor
   * @param start first character, inclusive
   * @param end last character, exclusive
   * @param text the words as they stand
   * @param label the label, lower case except for names ("Taliban government", "militants")
   * @param connotation how the label judges the actor
   * @param byName true when the actor is named, false when only labelled ("the militants")
   */
  public record Mention(Actor actor, int start, int end, String text, String label, Connotation connotation,
      boolean byName) {}

  private record LabelNoun(String label, String applies, Connotation connotation) {}

  private final Map<String, Actor> byName = new HashMap<>();
  private final Map<String, Actor> byCue = new HashMap<>();
  private final Map<String, Actor> byId = new LinkedHashMap<>();
  private final Map<String, LabelNoun> labels = new HashMap<>();

  private ActorLexicon() {
    read("actors.tsv", f -> {
      Actor a = new Actor(f[0], f[1], Set.of(f[2].split("\\|")));
      byId.put(a.id(), a);
      for (String n : f[3].split("\\|")) {
        if (!n.isBlank()) {
          byName.put(norm(n), a);
        }
      }
      if (f.length > 4) {
        for (String c : f[4].split("\\|")) {
          if (!c.isBlank()) {
            byCue.put(norm(c), a);
          }
        }
      }
    });
    read("actor-labels.tsv", f -> labels.put(f[0].toLowerCase(Locale.ROOT),
        new LabelNoun(f[0].toLowerCase(Locale.ROOT), f[1], Connotation.valueOf(f[2]))));
  }

  /** The lexicon shipped with Parallax. */
  public static ActorLexicon builtIn() {
    return BUILT_IN;
  }

  private static void read(String file, java.util.function.Consumer<String[]> action) {
    try (InputStream in = ActorLexicon.class.getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException("framing resource missing: " + ROOT + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          action.accept(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Apostrophes unified, spaces collapsed; case kept, since "US" is not "us". */
  private static String norm(String s) {
    return FramingLexicon.singleSpaced(s.replace('\u2019', '\'')).strip();
  }

  /** The actor with this id. */
  public Optional<Actor> actor(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The actor a name or side cue ("Pakistani", "Islamabad") points to. */
  public Optional<Actor> side(String word) {
    String n = norm(word);
    Actor a = byName.get(n);
    return Optional.ofNullable(a != null ? a : byCue.get(n));
  }

  /** The first actor named or cued in a stretch of tagged tokens, scanning left to right. */
  public Optional<Actor> firstSide(String text, List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      for (int n = Math.min(LONGEST, tokens.size() - i); n >= 1; n--) {
        String covered = norm(text.substring(tokens.get(i).start(), tokens.get(i + n - 1).end()));
        Actor a = byName.get(covered);
        if (a == null) {
          a = byCue.get(covered);
        }
        if (a == null && covered.endsWith("'s")) {
          a = byName.get(covered.substring(0, covered.length() - 2));
        }
        if (a != null) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The actors named in a sentence and the labels given to them, in text order, none overlapping.
   * {@code previous} are the mentions of the sentence before, for labels that stand alone.
   */
  public List<Mention> mentions(String text, Sentence s, List<Mention> previous) {
    List<Token> t = s.tokens();
    List<Mention> names = new ArrayList<>();
    int[] covered = new int[t.size()];
    for (int i = 0; i < t.size(); i++) {
      // A name starts with a capital letter; the covered words begin with this token's first character.
      if (!Character.isUpperCase(text.charAt(t.get(i).start()))) {
        continue;
      }
      for (int n = Math.min(LONGEST, t.size() - i); n >= 1; n--) {
        String words = norm(text.substring(t.get(i).start(), t.get(i + n - 1).end()));
        Actor a = byName.get(words);
        if (a != null && Character.isUpperCase(words.charAt(0))) {
          boolean distanced = i > 0 && (lower(t.get(i - 1)).equals("so-called")
              || i > 1 && lower(t.get(i - 2)).equals("so") && lower(t.get(i - 1)).equals("called"));
          Connotation c = distanced ? Connotation.DISTANCING : connotationOfName(words);
          names.add(new Mention(a, t.get(i).start(), t.get(i + n - 1).end(),
              text.substring(t.get(i).start(), t.get(i + n - 1).end()), words, c, true));
          for (int k = i; k < i + n; k++) {
            covered[k] = names.size();
          }
          i += n - 1;
          break;
        }
      }
    }
    List<Mention> out = new ArrayList<>(names);
    for (int i = 0; i < t.size(); i++) {
      if (covered[i] != 0) {
        continue;
      }
      for (int n = Math.min(3, t.size() - i); n >= 1; n--) {
        boolean free = true;
        for (int k = i; k < i + n; k++) {
          free &= covered[k] == 0;
        }
        if (!free) {
          continue;
        }
        String words = text.substring(t.get(i).start(), t.get(i + n - 1).end()).toLowerCase(Locale.ROOT);
        LabelNoun l = labels.get(words);
        if (l == null || !t.get(i + n - 1).noun()) {
          continue;
        }
        Mention owner = owner(t, i, i + n, covered, names, previous, l);
        if (owner != null) {
          out.add(new Mention(owner.actor(), t.get(i).start(), t.get(i + n - 1).end(),
              text.substring(t.get(i).start(), t.get(i + n - 1).end()), l.label(), l.connotation(), false));
          i += n - 1;
          break;
        }
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /** The named actor a label at tokens {@code [i, j)} belongs to, or null. */
  private Mention owner(List<Token> t, int i, int j, int[] covered, List<Mention> names, List<Mention> previous,
      LabelNoun l) {
    // "the TTP militants", "Jaish-e Mohammad (JeI) extremist group": a name right before.
    int k = i - 1;
    while (k >= 0 && covered[k] == 0 && (t.get(k).tag().equals("ADJ") || t.get(k).text().equals(")")
        || t.get(k).text().equals("(") || t.get(k).tag().equals("PROPN") && k > 0 && t.get(k - 1).text().equals("("))) {
      k--;
    }
    if (k >= 0 && covered[k] != 0 && k >= i - 4) {
      Mention m = names.get(covered[k] - 1);
      if (applies(l, m.actor())) {
        return m;
      }
    }
    // "terrorist organizations such as the Pakistani Taliban".
    if (j + 2 < t.size() && (lower(t.get(j)).equals("such") && lower(t.get(j + 1)).equals("as")
        || lower(t.get(j)).equals("like") || lower(t.get(j)).equals("including"))) {
      for (int m = j + 1; m < Math.min(t.size(), j + 5); m++) {
        if (covered[m] != 0) {
          Mention n = names.get(covered[m] - 1);
          return applies(l, n.actor()) ? n : null;
        }
      }
    }
    // "the TTP, an extremist group": an appositive right after a name.
    int d = i - 1;
    while (d >= 0 && (t.get(d).tag().equals("ADJ") || t.get(d).tag().equals("DET") || t.get(d).tag().equals("ADV"))) {
      d--;
    }
    if (d >= 1 && t.get(d).text().equals(",") && covered[d - 1] != 0) {
      Mention m = names.get(covered[d - 1] - 1);
      if (applies(l, m.actor())) {
        return m;
      }
    }
    // "the militants" alone: the nearest armed group named before, in this sentence or the last.
    if (!l.applies().equals("ARMED_GROUP") || !(i > 0 && lower(t.get(i - 1)).equals("the"))) {
      return null;
    }
    Mention best = null;
    for (Mention m : previous) {
      if (m.byName() && applies(l, m.actor())) {
        best = m;
      }
    }
    for (Mention m : names) {
      if (m.end() <= t.get(i).start() && applies(l, m.actor())) {
        best = m;
      }
    }
    return best;
  }

  private static boolean applies(LabelNoun l, Actor a) {
    return l.applies().equals("ANY") || a.types().contains(l.applies());
  }

  /** A name's connotation from the label words inside it: "Taliban regime" condemns. */
  private Connotation connotationOfName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    Connotation best = Connotation.DESCRIPTIVE;
    for (LabelNoun l : labels.values()) {
      if ((" " + lower + " ").contains(" " + l.label() + " ") && l.connotation().ordinal() < best.ordinal()) {
        best = l.connotation();
      }
    }
    if (lower.contains("interim") || lower.contains("de facto")) {
      best = best == Connotation.NEGATIVE ? best : Connotation.DISTANCING;
    }
    return best;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
