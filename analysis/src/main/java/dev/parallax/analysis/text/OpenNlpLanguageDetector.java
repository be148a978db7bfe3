package dev.parallax.analysis.text;

import dev.parallax.analysis.lexicon.FunctionWords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Apache OpenNLP's language detector (the {@code opennlp-models-langdetect} artifact: 103
 * languages, character n-grams), made careful about short texts.
 *
 * <p>On a sentence or two the model is unsure and easily misled: a short English sentence full of
 * Pashto and Urdu names comes out as Malay. So a text is called another language only when two
 * signals agree: the model prefers that language clearly (a probability of at least {@value
 * #SURE}, or at least {@value #MARGIN} times that of English), and English function words ("the",
 * "of", "and", ...) make up less than {@value #ENGLISH_SHARE} of its words. Running English has
 * about 40% of them; French, German, Dutch, Spanish and Italian about 2 to 13%. A text with fewer
 * than {@value #MIN_LETTERS} letters counts as English. Only the first {@value #SAMPLE} characters
 * are read, which is plenty and keeps a huge file cheap.
 *
 * <p>The model is loaded once, on first use (about half a second); a detector per thread runs over
 * it. Thread-safe.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {
  /** The model file inside the Maven artifact. */
  public static final String MODEL = "langdetect-183.bin";

  static final double SURE = 0.5;
  static final double MARGIN = 3.0;
  static final double ENGLISH_SHARE = 0.15;
  static final int MIN_LETTERS = 20;
  static final int SAMPLE = 5_000;

  private static final Map<String, String> TWO_LETTER_CODES = twoLetterCodes();

  private final ThreadLocal<LanguageDetectorME> detector;

  /** A detector whose model is loaded from the classpath on first use. */
  public OpenNlpLanguageDetector() {
    com.google.common.base.Supplier<LanguageDetectorModel> model =
        com.google.common.base.Suppliers.memoize(OpenNlpLanguageDetector::load);
    this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model.get()));
  }

  private static LanguageDetectorModel load() {
    try (InputStream in = OpenNlpLanguageDetector.class.getClassLoader().getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + MODEL + " is missing from the classpath");
      }
      LanguageDetectorModel model = new LanguageDetectorModel(in);
      // The same model, evaluated from flat arrays: the same probabilities, bit for bit, faster.
      MaxentModel indexed = IndexedMaxentModel.of(model.getMaxentModel());
      return indexed == model.getMaxentModel() ? model
          : new LanguageDetectorModel(indexed, Map.of(), model.getFactory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP language model", e);
    }
  }

  @Override
  public Language detect(String text) {
    String sample = sample(text);
    int letters = 0;
    for (int i = 0; i < sample.length(); i++) {
      if (Character.isLetter(sample.charAt(i))) {
        letters++;
      }
    }
    if (letters < MIN_LETTERS) {
      return english(0);
    }
    opennlp.tools.langdetect.Language[] ranked = detector.get().predictLanguages(sample);
    opennlp.tools.langdetect.Language top = ranked[0];
    double english = 0;
    for (opennlp.tools.langdetect.Language l : ranked) {
      if (l.getLang().equals("eng")) {
        english = l.getConfidence();
        break;
      }
    }
    boolean modelSure = top.getConfidence() >= SURE || top.getConfidence() >= MARGIN * english;
    if (top.getLang().equals("eng") || !modelSure || englishFunctionWordShare(sample) >= ENGLISH_SHARE) {
      return english(english);
    }
    String code = TWO_LETTER_CODES.getOrDefault(top.getLang(), top.getLang());
    return new Language(code, name(code), clamp(top.getConfidence()));
  }

  private static Language english(double confidence) {
    return new Language(Language.ENGLISH, "English", clamp(confidence));
  }

  private static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }

  /** The text's first {@value #SAMPLE} characters, cut at white space where there is some. */
  private static String sample(String text) {
    if (text.length() <= SAMPLE) {
      return text;
    }
    int cut = SAMPLE;
    while (cut > SAMPLE / 2 && !Character.isWhitespace(text.charAt(cut))) {
      cut--;
    }
    if (cut == SAMPLE / 2) {
      cut = Character.isLowSurrogate(text.charAt(SAMPLE)) ? SAMPLE - 1 : SAMPLE;
    }
    return text.substring(0, cut);
  }

  /** The share of the sample's words (runs of letters) that are English function words. */
  static double englishFunctionWordShare(String sample) {
    int words = 0;
    int function = 0;
    int i = 0;
    int n = sample.length();
    while (i < n) {
      if (!Character.isLetter(sample.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(sample.charAt(i))) {
        i++;
      }
      words++;
      if (FunctionWords.contains(sample.substring(start, i))) {
        function++;
      }
    }
    return words == 0 ? 0 : (double) function / words;
  }

  /** The language's English name from the JDK's locale data, or the code itself. */
  private static String name(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) ? code : name;
  }

  /** ISO 639-3 (and 639-2) code to ISO 639-1 code, for the languages that have one. */
  private static Map<String, String> twoLetterCodes() {
    Map<String, String> out = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        out.put(new Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // The JDK knows no three-letter code for this one; it keeps its three-letter code.
      }
    }
    // Macrolanguages the model names by an individual language.
    out.put("cmn", "zh");
    out.put("pes", "fa");
    out.put("zsm", "ms");
    out.put("arb", "ar");
    return Map.copyOf(out);
  }
}
