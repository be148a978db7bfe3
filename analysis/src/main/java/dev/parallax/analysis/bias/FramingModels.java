package dev.parallax.analysis.bias;

import dev.parallax.analysis.semantic.MiniLmSentenceEncoder;
import dev.parallax.analysis.semantic.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * The framing stage's two learned models and the features they read, loaded once and shared.
 *
 * <ul>
 *   <li>The loaded-language model reads a sentence's MiniLM embedding and gives the probability
 *       that its own wording carries a judgement. A sentence is loaded at 0.5 or more.
 *   <li>The target-sentiment model reads the embedding of the words around a mention (eight words
 *       each side), the embedding of the whole sentence, and VADER compound scores of both; it gives
 *       the probability that the sentence portrays the mentioned actor negatively, neutrally or
 *       positively.
 * </ul>
 *
 * <p>Both are logistic regressions trained only on sentences written for Parallax (see
 * {@code LICENSES.md} beside the weights and the README). Thread-safe.
 */
public final class FramingModels {
  static final String LOADED_MODEL = "/dev/parallax/analysis/bias/loaded-language.model.tsv";
  static final String TARGET_MODEL = "/dev/parallax/analysis/bias/target-sentiment.model.tsv";

  /** Words on each side of a mention that the target model reads. */
  static final int WINDOW_WORDS = 8;

  /** Scale of the two VADER features against the unit-length embeddings. */
  static final float VADER_SCALE = 0.5f;

  /** Probability at or above which a sentence counts as loaded. */
  public static final double LOADED_THRESHOLD = 0.5;

  private final SentenceEncoder encoder;
  private final FramingLexicon lexicon;
  private final SoftmaxModel loaded;
  private final SoftmaxModel target;

  private FramingModels(SentenceEncoder encoder, FramingLexicon lexicon, SoftmaxModel loaded, SoftmaxModel target) {
    this.encoder = encoder;
    this.lexicon = lexicon;
    this.loaded = loaded;
    this.target = target;
  }

  /** Loads both models from the classpath, with an encoder of their own; about a second. */
  public static FramingModels load() {
    return load(new MiniLmSentenceEncoder());
  }

  /**
   * Loads both models from the classpath, reading sentences through {@code encoder}, which must be the
   * all-MiniLM-L6-v2 encoder the models were trained on (unit-length vectors). Sharing the pipeline's
   * encoder lets the sentences it has already encoded be reused.
   */
  public static FramingModels load(SentenceEncoder encoder) {
    return new FramingModels(encoder, FramingLexicon.builtIn(), SoftmaxModel.read(LOADED_MODEL),
        SoftmaxModel.read(TARGET_MODEL));
  }

  /** For training: the features without models. */
  static FramingModels featuresOnly() {
    return new FramingModels(new MiniLmSentenceEncoder(), FramingLexicon.builtIn(), null, null);
  }

  /** The lexicon the models' features use. */
  public FramingLexicon lexicon() {
    return lexicon;
  }

  /** The probability that {@code sentence}'s own wording is loaded. */
  public double loadedProbability(String sentence) {
    return loaded.probability(loadedFeatures(sentence), "loaded");
  }

  /** The loaded-language probabilities of several sentences, in order. */
  public List<Double> loadedProbabilities(List<String> sentences) {
    List<Double> out = new ArrayList<>();
    for (float[] e : encoder.encode(sentences)) {
      out.add(loaded.probability(e, "loaded"));
    }
    return out;
  }

  /** How {@code text} portrays the mention at {@code [start, end)}. */
  public Sentiment sentimentToward(String text, int start, int end) {
    double[] p = target.probabilities(targetFeatures(text, start, end));
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return Sentiment.valueOf(target.classes().get(best));
  }

  float[] loadedFeatures(String sentence) {
    return encoder.encode(List.of(sentence)).get(0);
  }

  List<float[]> loadedFeatures(List<String> sentences) {
    return encoder.encode(sentences);
  }

  float[] targetFeatures(String text, int start, int end) {
    String window = window(text, start, end);
    List<float[]> e = encoder.encode(List.of(window, text));
    int d = encoder.dimension();
    float[] f = new float[2 * d + 2];
    System.arraycopy(e.get(0), 0, f, 0, d);
    System.arraycopy(e.get(1), 0, f, d, d);
    f[2 * d] = (float) lexicon.compound(window) * VADER_SCALE;
    f[2 * d + 1] = (float) lexicon.compound(text) * VADER_SCALE;
    return f;
  }

  /** The mention with up to {@link #WINDOW_WORDS} space-separated words on each side. */
  static String window(String s, int a, int b) {
    int st = a;
    int n = 0;
    while (st > 0 && n <= WINDOW_WORDS) {
      st--;
      if (s.charAt(st) == ' ') {
        n++;
      }
    }
    if (st > 0) {
      st++;
    }
    int en = b;
    n = 0;
    while (en < s.length() && n <= WINDOW_WORDS) {
      if (s.charAt(en) == ' ') {
        n++;
      }
      en++;
    }
    return s.substring(st, Math.min(en, s.length())).strip();
  }
}
