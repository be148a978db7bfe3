package dev.parallax.analysis.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and part-of-speech tags from Apache OpenNLP's English Universal Dependencies
 * models (the {@code opennlp-models-*-en} artifacts), with lemmas from a {@link Lemmatizer}.
 *
 * <p>Each model is loaded once, when the analyzer is built. OpenNLP's {@code *ME} classes are not
 * thread-safe, so every thread gets its own detector, tokenizer and tagger over the shared models;
 * the analyzer as a whole is thread-safe.
 *
 * <p>Besides the model's sentence boundaries, every line break is a boundary. Ingest puts each
 * paragraph, heading, caption and list item on a line of its own (it joins hard-wrapped lines), and
 * the model, trained on running text, would otherwise glue a heading to the sentence after it.
 *
 * <p>A sentence longer than {@value #MAX_SENTENCE_WORDS} words or {@value #MAX_SENTENCE_CHARS}
 * characters is cut into pieces no longer than that, after the last comma, semicolon, colon or dash
 * in the second half of a piece where there is one, else between two words. Real sentences are far
 * shorter (the longest in the seeds has 49 words); what is cut is a page without punctuation,
 * which would otherwise reach the tagger as one "sentence" of millions of words, and the tagger's
 * beam search grows with the square of a sentence's length. Pieces keep exact offsets, like every
 * sentence.
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {
  /** The model files inside the Maven artifacts. */
  public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  public static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  public static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** The forms that can be auxiliaries; the model's AUX tag on any other word is taken as VERB. */
  private static final java.util.Set<String> AUXILIARIES =
      java.util.Set.of("be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m", "have", "has",
          "had", "having", "'ve", "'d", "do", "does", "did", "done", "doing", "will", "would", "shall", "should",
          "can", "could", "may", "might", "must", "ought", "'ll", "wo", "ca", "need", "dare", "get", "got", "gets",
          "getting", "gotten", "used");

  /** The most words (runs of non-white-space) in one sentence; longer sentences are cut. */
  public static final int MAX_SENTENCE_WORDS = 120;

  /** The most characters in one sentence; longer sentences are cut. */
  public static final int MAX_SENTENCE_CHARS = 2_000;

  private final Lemmatizer lemmatizer;
  private final ThreadLocal<SentenceDetectorME> detector;
  private final ThreadLocal<TokenizerME> tokenizer;
  private final ThreadLocal<POSTaggerME> tagger;
  private final ThreadLocal<Map<String, int[]>> piecesOfWords = ThreadLocal.withInitial(HashMap::new);

  /** How many words' tokens each thread remembers before it starts afresh. */
  private static final int REMEMBERED_WORDS = 200_000;

  /**
   * An analyzer whose three models are loaded from the classpath on first use (about a second), once,
   * and then shared by all threads.
   */
  public OpenNlpTextAnalyzer(Lemmatizer lemmatizer) {
    this.lemmatizer = lemmatizer;
    com.google.common.base.Supplier<SentenceModel> sentenceModel =
        com.google.common.base.Suppliers.memoize(() -> load(() -> new SentenceModel(resource(SENTENCE_MODEL))));
    com.google.common.base.Supplier<TokenizerModel> tokenizerModel =
        com.google.common.base.Suppliers.memoize(() -> indexed(load(() -> new TokenizerModel(resource(TOKEN_MODEL)))));
    com.google.common.base.Supplier<POSModel> posModel =
        com.google.common.base.Suppliers.memoize(() -> load(() -> new POSModel(resource(POS_MODEL))));
    com.google.common.base.Supplier<MaxentModel> posMaxent =
        com.google.common.base.Suppliers.memoize(() -> IndexedMaxentModel.of(posModel.get().getArtifact(POS_ENTRY)));
    this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel.get()));
    this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel.get()));
    this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(remembering(posModel.get(), posMaxent.get())));
  }

  /** The entry of a POS model file that holds the maximum-entropy model. */
  private static final String POS_ENTRY = "pos.model";

  /** The tokenizer model with its maximum-entropy model evaluated from flat arrays (same results, faster). */
  private static TokenizerModel indexed(TokenizerModel model) {
    MaxentModel indexed = IndexedMaxentModel.of(model.getMaxentModel());
    return indexed == model.getMaxentModel() ? model : new TokenizerModel(indexed, Map.of(), model.getFactory());
  }

  /**
   * A POS model for one tagger: the shared model's tags, beam size and features over {@code maxent}, with
   * a memory of the contexts just evaluated ({@link RememberingMaxentModel}); same tags, a third of the
   * evaluations.
   */
  private static POSModel remembering(POSModel model, MaxentModel maxent) {
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    int size = beam == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    return new POSModel(model.getLanguage(), new RememberingMaxentModel(maxent), size, Map.of(), model.getFactory());
  }

  private interface ModelLoader<T> {
    T load() throws IOException;
  }

  private static <T> T load(ModelLoader<T> loader) {
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load an OpenNLP model", e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = OpenNlpTextAnalyzer.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model " + name + " is missing from the classpath");
    }
    return in;
  }

  @Override
  public List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    for (int[] span : sentenceSpans(text)) {
      out.add(new Sentence(out.size(), text.substring(span[0], span[1]), span[0], span[1], List.of()));
    }
    return out;
  }

  @Override
  public List<Sentence> analyze(String text) {
    List<Sentence> out = new ArrayList<>();
    TokenizerME tk = tokenizer.get();
    POSTaggerME pt = tagger.get();
    Map<String, int[]> pieces = piecesOfWords.get();
    for (int[] span : sentenceSpans(text)) {
      String sentence = text.substring(span[0], span[1]);
      Span[] tokenSpans = tokens(sentence, tk, pieces);
      String[] words = new String[tokenSpans.length];
      for (int i = 0; i < tokenSpans.length; i++) {
        words[i] = sentence.substring(tokenSpans[i].getStart(), tokenSpans[i].getEnd());
      }
      String[] tags = words.length == 0 ? new String[0] : pt.tag(words);
      List<Token> tokens = new ArrayList<>(words.length);
      for (int i = 0; i < words.length; i++) {
        String tag = participle(words, tags, i) ? "VERB" : simplify(tags[i]);
        if (tag.equals("AUX") && !AUXILIARIES.contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
          tag = "VERB"; // "Venn won the election": the model's AUX on a main verb
        }
        tokens.add(
            new Token(words[i], span[0] + tokenSpans[i].getStart(), span[0] + tokenSpans[i].getEnd(), tag,
                lemmatizer.lemma(words[i], tag)));
      }
      out.add(new Sentence(out.size(), sentence, span[0], span[1], tokens));
    }
    return out;
  }

  /**
   * The tokens of a sentence, as {@link TokenizerME#tokenizePos} gives them. The tokenizer cuts each
   * white-space-separated word on its own, from that word's characters alone, so a word's cuts are
   * remembered ({@code pieces}: the word to the ends of its tokens) and read back the next time the word
   * comes: the same tokens, without asking the model again at every character of "the" and "said".
   */
  private static Span[] tokens(String sentence, TokenizerME tk, Map<String, int[]> pieces) {
    if (pieces.size() > REMEMBERED_WORDS) {
      pieces.clear();
    }
    List<Span> out = new ArrayList<>();
    for (Span w : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
      String word = sentence.substring(w.getStart(), w.getEnd());
      int[] ends = pieces.get(word);
      if (ends == null) {
        Span[] cut = tk.tokenizePos(word);
        ends = new int[cut.length];
        for (int i = 0; i < cut.length; i++) {
          ends[i] = cut[i].getEnd();
        }
        pieces.put(word, ends);
      }
      int start = w.getStart();
      for (int end : ends) {
        out.add(new Span(start, w.getStart() + end));
        start = w.getStart() + end;
      }
    }
    return out.toArray(new Span[0]);
  }

  /**
   * The model tags some participles after an auxiliary as adjectives ("has denied", "has not
   * certified"); after a form of "have" such a word is always a verb.
   */
  private static boolean participle(String[] words, String[] tags, int i) {
    if (!tags[i].startsWith("ADJ") || !(words[i].endsWith("ed") || words[i].endsWith("en"))) {
      return false;
    }
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      String w = words[k].toLowerCase(java.util.Locale.ROOT);
      if (w.equals("have") || w.equals("has") || w.equals("had") || w.equals("'ve") || w.equals("having")) {
        return true;
      }
      if (!tags[k].startsWith("ADV") && !tags[k].startsWith("PART") && !w.equals("been")) {
        return false;
      }
    }
    return false;
  }

  /** The model sometimes joins two tags for a token it did not split ("PROPN+PART"); keep the first. */
  private static String simplify(String tag) {
    int plus = tag.indexOf('+');
    return plus > 0 ? tag.substring(0, plus) : tag;
  }

  /** Sentence spans: the model's boundaries within each block of non-blank lines, trimmed. */
  private List<int[]> sentenceSpans(String text) {
    List<int[]> out = new ArrayList<>();
    SentenceDetectorME sd = detector.get();
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        for (Span s : sd.sentPosDetect(line)) {
          int start = lineStart + s.getStart();
          int end = lineStart + s.getEnd();
          while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
          }
          while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
          }
          if (end > start) {
            cut(text, start, end, out);
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /**
   * Adds {@code [start, end)} to {@code out}, cut into pieces of at most {@value #MAX_SENTENCE_WORDS}
   * words and {@value #MAX_SENTENCE_CHARS} characters, each trimmed of white space. The span starts
   * and ends with a character that is not white space.
   */
  static void cut(String text, int start, int end, List<int[]> out) {
    while (start < end) {
      int limit = Math.min(end, start + MAX_SENTENCE_CHARS);
      int words = 0;
      int lastWordEnd = -1;
      int clauseEnd = -1;
      int i = start;
      while (i < limit && words < MAX_SENTENCE_WORDS) {
        while (i < limit && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i == limit && i < end && !Character.isWhitespace(text.charAt(i))) {
          break; // this word runs past the character limit
        }
        words++;
        lastWordEnd = i;
        char last = text.charAt(i - 1);
        if (last == ',' || last == ';' || last == ':' || last == '\u2013' || last == '\u2014') {
          clauseEnd = i;
        }
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
      }
      if (lastWordEnd == end) {
        out.add(new int[] {start, end});
        return;
      }
      int pieceEnd;
      if (lastWordEnd < 0) {
        // One word longer than the limit: cut inside it, never between the halves of a surrogate pair.
        pieceEnd = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
      } else if (clauseEnd > start + (lastWordEnd - start) / 2) {
        pieceEnd = clauseEnd;
      } else {
        pieceEnd = lastWordEnd;
      }
      out.add(new int[] {start, pieceEnd});
      start = pieceEnd;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
  }

}
