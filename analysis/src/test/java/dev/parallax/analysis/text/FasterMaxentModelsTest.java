package dev.parallax.analysis.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The faster evaluation of OpenNLP's tokenizer, tagger and language models gives their results bit for
 * bit: the same probabilities for every context the seeds produce, and the same tokens, tags and
 * language rankings as OpenNLP's own classes over the plain models.
 */
class FasterMaxentModelsTest {
  private static TokenizerModel tokenizerModel;
  private static POSModel posModel;
  private static List<String> sentences;

  @BeforeAll
  static void load() throws IOException {
    tokenizerModel = new TokenizerModel(resource(OpenNlpTextAnalyzer.TOKEN_MODEL));
    posModel = new POSModel(resource(OpenNlpTextAnalyzer.POS_MODEL));
    OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer(new MorphyLemmatizer());
    sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
      for (Path f : files.sorted().toList()) {
        for (Sentence s : analyzer.sentences(Files.readString(f, StandardCharsets.UTF_8))) {
          sentences.add(s.text());
        }
      }
    }
    sentences.addAll(List.of("naïve café owners in Zürich said “no” — twice", "Don't, won't, can't: it's the TTP's claim.",
        "3.7 million, 56%, $1,200 and 1,250-1,300 (about 5 km²)", "U.S.-backed forces e-mailed @officials at 10:30 a.m.",
        "Dr. Smith's \"quote,\" (he said) didn't stop the U.S. and the U.K.; 'no'.",
        "A\u00a0non-breaking\u2009thin\u3000ideographic space and a tab\there.", "U.S. U.S. U.S.-led U.S.'s"));
  }

  private static InputStream resource(String name) {
    return FasterMaxentModelsTest.class.getClassLoader().getResourceAsStream(name);
  }

  private static void assertSameBits(double[] expected, double[] actual, String context) {
    assertEquals(expected.length, actual.length, context);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]), context);
    }
  }

  @Test
  void theTokenizersModelGivesTheSameProbabilitiesForEveryContext() {
    GISModel gis = (GISModel) tokenizerModel.getMaxentModel();
    MaxentModel indexed = IndexedMaxentModel.of(gis);
    assertInstanceOf(IndexedMaxentModel.class, indexed);
    TokenContextGenerator contexts = tokenizerModel.getFactory().getContextGenerator();
    int checked = 0;
    for (String s : sentences) {
      for (Span w : WhitespaceTokenizer.INSTANCE.tokenizePos(s)) {
        String word = w.getCoveredText(s).toString();
        for (int i = 1; i < word.length(); i++) {
          String[] context = contexts.getContext(word, i);
          assertSameBits(gis.eval(context), indexed.eval(context), String.join(" ", context));
          checked++;
        }
      }
    }
    assertTrue(checked > 10_000, "contexts checked: " + checked);
  }

  @Test
  void theTaggersModelGivesTheSameProbabilitiesForEveryContext() {
    GISModel gis = posModel.getArtifact("pos.model");
    MaxentModel indexed = IndexedMaxentModel.of(gis);
    assertInstanceOf(IndexedMaxentModel.class, indexed);
    Recording recording = new Recording(gis);
    POSTaggerME tagger = new POSTaggerME(new POSModel("en", recording, 3, Map.of(), posModel.getFactory()));
    TokenizerME tokenizer = new TokenizerME(tokenizerModel);
    for (String s : sentences) {
      tagger.tag(tokenizer.tokenize(s));
    }
    assertTrue(recording.contexts.size() > 5_000, "contexts: " + recording.contexts.size());
    for (String[] context : recording.contexts) {
      assertSameBits(gis.eval(context), indexed.eval(context), String.join(" ", context));
    }
    String[] unknown = {"w=never-seen-before", "", "suf=zzzz"};
    assertSameBits(gis.eval(unknown), indexed.eval(unknown), "unknown predicates");
  }

  @Test
  void theLanguageDetectorsModelGivesTheSameRankingAndConfidences() throws IOException {
    LanguageDetectorModel plain = new LanguageDetectorModel(resource(OpenNlpLanguageDetector.MODEL));
    MaxentModel indexed = IndexedMaxentModel.of(plain.getMaxentModel());
    assertInstanceOf(IndexedMaxentModel.class, indexed);
    LanguageDetectorME expected = new LanguageDetectorME(plain);
    LanguageDetectorME actual = new LanguageDetectorME(new LanguageDetectorModel(indexed, Map.of(), plain.getFactory()));
    List<String> texts = new ArrayList<>(sentences);
    texts.add(String.join(" ", sentences));
    texts.addAll(List.of("Der Bundestag hat am Donnerstag das Gesetz beschlossen.", "La frontière reste fermée depuis lundi.",
        "El gobierno anunció nuevas medidas.", "Пограничный пункт закрыт.", "12 345"));
    for (String t : texts) {
      opennlp.tools.langdetect.Language[] e = expected.predictLanguages(t);
      opennlp.tools.langdetect.Language[] a = actual.predictLanguages(t);
      assertEquals(e.length, a.length, t);
      for (int i = 0; i < e.length; i++) {
        assertEquals(e[i].getLang(), a[i].getLang(), t);
        assertEquals(Double.doubleToRawLongBits(e[i].getConfidence()), Double.doubleToRawLongBits(a[i].getConfidence()), t);
      }
    }
  }

  @Test
  void theAnalyzerGivesOpenNlpsOwnTokensAndTags() {
    TokenizerME tokenizer = new TokenizerME(tokenizerModel);
    POSTaggerME tagger = new POSTaggerME(posModel);
    TextAnalyzer analyzer = new OpenNlpTextAnalyzer(new MorphyLemmatizer());
    for (String s : sentences) {
      List<Sentence> analysed = analyzer.analyze(s);
      List<String> words = new ArrayList<>();
      for (Sentence a : analysed) {
        for (Token t : a.tokens()) {
          words.add(t.text());
        }
      }
      if (analysed.size() != 1) {
        continue; // the analyzer found two sentences where the detector of this test saw one
      }
      Span[] spans = tokenizer.tokenizePos(s);
      List<String> expected = new ArrayList<>();
      for (Span sp : spans) {
        expected.add(sp.getCoveredText(s).toString());
      }
      assertEquals(expected, words, s);
      String[] tags = tagger.tag(expected.toArray(new String[0]));
      for (int i = 0; i < tags.length; i++) {
        String tag = analysed.get(0).tokens().get(i).tag();
        // The analyzer keeps the first of a joined tag and reads some ADJ and AUX as VERB (tested elsewhere).
        assertTrue(tags[i].startsWith(tag) || tag.equals("VERB"), s + ": " + expected.get(i) + " " + tags[i] + " " + tag);
      }
    }
  }

  @Test
  void aRememberedContextIsAnsweredWithTheSameProbabilitiesWithoutAskingAgain() {
    GISModel gis = posModel.getArtifact("pos.model");
    Recording counting = new Recording(gis);
    RememberingMaxentModel remembering = new RememberingMaxentModel(counting);
    String[] a = {"w=fenced", "suf=d", "p=NOUN"};
    String[] b = {"w=border", "suf=r"};
    double[] first = remembering.eval(a, new double[gis.getNumOutcomes()]);
    double[] again = remembering.eval(a.clone(), new double[gis.getNumOutcomes()]);
    assertNotSame(first, again);
    assertArrayEquals(first, again);
    assertEquals(1, counting.contexts.size());
    remembering.eval(b);
    remembering.eval(a);
    assertEquals(2, counting.contexts.size());
    for (int i = 0; i < RememberingMaxentModel.REMEMBERED; i++) {
      remembering.eval(new String[] {"w=x" + i});
    }
    remembering.eval(a);
    assertEquals(3 + RememberingMaxentModel.REMEMBERED, counting.contexts.size(), "a was forgotten");
    assertSameBits(gis.eval(a), remembering.eval(a), "a");
  }

  /** Records the contexts it evaluates. */
  private static final class Recording implements MaxentModel {
    final MaxentModel model;
    final List<String[]> contexts = new ArrayList<>();

    Recording(MaxentModel model) {
      this.model = model;
    }

    @Override
    public double[] eval(String[] context) {
      return eval(context, new double[model.getNumOutcomes()]);
    }

    @Override
    public double[] eval(String[] context, double[] probabilities) {
      contexts.add(context.clone());
      return model.eval(context, probabilities);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return model.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
      return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
      return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
      return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
      return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return model.getNumOutcomes();
    }
  }
}
