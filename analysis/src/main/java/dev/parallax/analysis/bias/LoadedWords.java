package dev.parallax.analysis.bias;

import dev.parallax.analysis.text.Sentence;
import dev.parallax.analysis.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags the charged, intensifying and distancing words of a sentence: the framing lexicon's
 * {@link Cue#LOADED}, {@link Cue#INTENSIFIER} and {@link Cue#DISTANCING} entries, and any other
 * word that VADER scores at {@value #VADER_THRESHOLD} or more in either direction, except names
 * and the words the framing lexicon lists as {@link Cue#NEUTRAL} ("killed", "attack"), which news
 * uses to state facts. Stateless and thread-safe.
 */
public final class LoadedWords {
  /** The VADER valence, in absolute value, from which a word counts as charged. */
  public static final double VADER_THRESHOLD = 2.0;

  private final FramingLexicon lexicon;

  public LoadedWords(FramingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The flagged words of {@code s} (a sentence of {@code text}), in text order. */
  public List<FlaggedWord> flag(String text, Sentence s) {
    return flag(text, s, lexicon.cues(text, s));
  }

  /** The flagged words of {@code s}, given its cues as {@link FramingLexicon#cues} finds them. */
  List<FlaggedWord> flag(String text, Sentence s, List<CueMatch> cues) {
    List<FlaggedWord> out = new ArrayList<>();
    int next = 0;
    for (Token t : s.tokens()) {
      CueMatch covering = null;
      while (next < cues.size() && cues.get(next).end() <= t.start()) {
        next++;
      }
      if (next < cues.size() && cues.get(next).start() <= t.start() && t.end() <= cues.get(next).end()) {
        covering = cues.get(next);
      }
      if (covering != null) {
        if (covering.start() == t.start()) {
          String category = category(covering.cue());
          if (category != null) {
            out.add(new FlaggedWord(covering.start(), covering.end(), covering.text(), category, FramingLexicon.NAME));
          }
        }
        continue;
      }
      if (t.tag().equals("PROPN") || !t.word()) {
        continue;
      }
      double v = lexicon.valence(t.text());
      if (v == 0.0) {
        v = lexicon.valence(t.lemma());
      }
      if (Math.abs(v) >= VADER_THRESHOLD) {
        out.add(new FlaggedWord(t.start(), t.end(), t.text(),
            String.format(Locale.ROOT, "charged word (VADER %+.1f)", v), FramingLexicon.VADER));
      }
    }
    return out;
  }

  private static String category(Cue cue) {
    switch (cue) {
      case LOADED:
        return "loaded word";
      case INTENSIFIER:
        return "intensifier";
      case DISTANCING:
        return "distancing word";
      default:
        return null;
    }
  }
}
