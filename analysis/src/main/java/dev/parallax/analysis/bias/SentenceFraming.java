package dev.parallax.analysis.bias;

import dev.parallax.analysis.text.Sentence;
import dev.parallax.analysis.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Framing of one short text (a sentence or two) on its own: whether its wording is loaded, which
 * words are charged, and how it portrays given mentions. What {@code parallax framing --jsonl}
 * answers. Thread-safe.
 */
public final class SentenceFraming {

  /**
   * The framing of one text.
   *
   * @param loaded whether the text's wording is loaded (probability at or above the threshold)
   * @param probability the loaded-language model's probability
   * @param words the flagged words when the text is loaded, in text order; empty otherwise
   * @param sentiments how the text portrays each target, in the order of the targets
   */
  public record Result(boolean loaded, double probability, List<FlaggedWord> words, List<Sentiment> sentiments) {
    public Result {
      words = List.copyOf(words);
      sentiments = List.copyOf(sentiments);
    }
  }

  /**
   * A mention to score.
   *
   * @param start first character, inclusive
   * @param end last character, exclusive
   */
  public record Target(int start, int end) {
    public Target {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad target [" + start + ", " + end + ")");
      }
    }
  }

  private final TextAnalyzer analyzer;
  private final FramingModels models;
  private final LoadedWords loadedWords;

  public SentenceFraming(TextAnalyzer analyzer, FramingModels models) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.models = Objects.requireNonNull(models, "models");
    this.loadedWords = new LoadedWords(models.lexicon());
  }

  /**
   * Frames {@code text}.
   *
   * @throws IllegalArgumentException when a target reaches past the end of the text
   */
  public Result assess(String text, List<Target> targets) {
    for (Target t : targets) {
      if (t.end() > text.length()) {
        throw new IllegalArgumentException("target [" + t.start() + ", " + t.end() + ") reaches past the text's end "
            + text.length());
      }
    }
    double p = text.isBlank() ? 0.0 : models.loadedProbability(text);
    boolean loaded = p >= FramingModels.LOADED_THRESHOLD;
    List<FlaggedWord> words = new ArrayList<>();
    if (loaded) {
      for (Sentence s : analyzer.analyze(text)) {
        words.addAll(loadedWords.flag(text, s));
      }
    }
    List<Sentiment> sentiments = new ArrayList<>();
    for (Target t : targets) {
      sentiments.add(t.end() > t.start() ? models.sentimentToward(text, t.start(), t.end()) : Sentiment.NEUTRAL);
    }
    return new Result(loaded, p, words, sentiments);
  }
}
