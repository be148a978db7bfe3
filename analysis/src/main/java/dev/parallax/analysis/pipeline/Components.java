package dev.parallax.analysis.pipeline;

import dev.parallax.analysis.align.BlockingClaimAligner;
import dev.parallax.analysis.align.ClaimAligner;
import dev.parallax.analysis.align.Thresholds;
import dev.parallax.analysis.bias.ActorLexicon;
import dev.parallax.analysis.bias.EvidenceFramingAnalyzer;
import dev.parallax.analysis.bias.FramingModels;
import dev.parallax.analysis.bias.FramingAnalyzer;
import dev.parallax.analysis.claim.ClaimExtractor;
import dev.parallax.analysis.claim.EntityGazetteer;
import dev.parallax.analysis.claim.EntityRecognizer;
import dev.parallax.analysis.claim.QuantityFrameReader;
import dev.parallax.analysis.claim.SentenceClaimExtractor;
import dev.parallax.analysis.ingest.ArticleFileReader;
import dev.parallax.analysis.ingest.DocumentReader;
import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.analysis.lexicon.MeasureLexicon;
import dev.parallax.analysis.lexicon.WordNetLexicon;
import dev.parallax.analysis.quantity.PatternQuantityExtractor;
import dev.parallax.analysis.quantity.QuantityExtractor;
import dev.parallax.analysis.quote.PatternQuoteFinder;
import dev.parallax.analysis.quote.QuoteFinder;
import dev.parallax.analysis.semantic.CachingSentenceEncoder;
import dev.parallax.analysis.semantic.MiniLmSentenceEncoder;
import dev.parallax.analysis.semantic.SentenceEncoder;
import dev.parallax.analysis.semantic.Thesaurus;
import dev.parallax.analysis.semantic.WordNetThesaurus;
import dev.parallax.analysis.text.LanguageDetector;
import dev.parallax.analysis.text.MorphyLemmatizer;
import dev.parallax.analysis.text.OpenNlpLanguageDetector;
import dev.parallax.analysis.text.OpenNlpTextAnalyzer;
import dev.parallax.analysis.text.TextAnalyzer;
import dev.parallax.analysis.verdict.FindingDetector;
import dev.parallax.analysis.verdict.RuleBasedFindingDetector;
import java.util.Objects;

/**
 * The stage implementations a pipeline runs with. Each is loaded once and shared by every thread.
 *
 * @param reader files to documents
 * @param text sentences, tokens, tags and lemmas
 * @param language which language an article is in
 * @param quantities numbers, amounts and dates
 * @param quotes quotes and attributed statements
 * @param claims sentences to claims
 * @param encoder sentence vectors
 * @param thesaurus synonyms and antonyms
 * @param aligner candidate pairs of claims
 * @param findings verdicts
 * @param framing framing indicators per article
 * @param outlets the outlet registry
 * @param thresholds the scores alignment and the verdicts decide by
 */
public record Components(
    DocumentReader reader,
    TextAnalyzer text,
    LanguageDetector language,
    QuantityExtractor quantities,
    QuoteFinder quotes,
    ClaimExtractor claims,
    SentenceEncoder encoder,
    Thesaurus thesaurus,
    ClaimAligner aligner,
    FindingDetector findings,
    FramingAnalyzer framing,
    OutletRegistry outlets,
    Thresholds thresholds) {

  public Components {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(quantities, "quantities");
    Objects.requireNonNull(quotes, "quotes");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(encoder, "encoder");
    Objects.requireNonNull(thesaurus, "thesaurus");
    Objects.requireNonNull(aligner, "aligner");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(framing, "framing");
    Objects.requireNonNull(outlets, "outlets");
    Objects.requireNonNull(thresholds, "thresholds");
  }

  /** These stages with another reader. */
  public Components withReader(DocumentReader r) {
    return new Components(r, text, language, quantities, quotes, claims, encoder, thesaurus, aligner, findings, framing, outlets, thresholds);
  }

  /** These stages with another text analyzer. */
  public Components withText(TextAnalyzer t) {
    return new Components(reader, t, language, quantities, quotes, claims, encoder, thesaurus, aligner, findings, framing, outlets, thresholds);
  }

  /** These stages with another claim extractor. */
  public Components withClaims(ClaimExtractor c) {
    return new Components(reader, text, language, quantities, quotes, c, encoder, thesaurus, aligner, findings, framing, outlets, thresholds);
  }

  /** These stages with another sentence encoder. */
  public Components withEncoder(SentenceEncoder e) {
    return new Components(reader, text, language, quantities, quotes, claims, e, thesaurus, aligner, findings, framing, outlets, thresholds);
  }

  /** The standard stages, with the given outlet registry and file size limit, and the default word limit. */
  public static Components standard(OutletRegistry outlets, long maxFileBytes) {
    return standard(outlets, maxFileBytes, ArticleFileReader.DEFAULT_MAX_WORDS);
  }

  /** The standard stages, with the limits of {@code settings}. */
  public static Components standard(OutletRegistry outlets, Settings settings) {
    return standard(outlets, settings.maxFileBytes(), settings.maxWords());
  }

  /**
   * The standard stages. Building them reads WordNet's word lists (under a second); the models load
   * on first use, so a run that fails on its input never pays for them.
   */
  public static Components standard(OutletRegistry outlets, long maxFileBytes, int maxWords) {
    WordNetLexicon lexicon = WordNetLexicon.shared();
    Thesaurus thesaurus = new WordNetThesaurus();
    SentenceEncoder encoder = new CachingSentenceEncoder(new MiniLmSentenceEncoder());
    return new Components(
        new ArticleFileReader(outlets, lexicon, maxFileBytes, maxWords),
        new OpenNlpTextAnalyzer(new MorphyLemmatizer(lexicon)),
        new OpenNlpLanguageDetector(),
        new PatternQuantityExtractor(),
        new PatternQuoteFinder(),
        new SentenceClaimExtractor(new EntityRecognizer(EntityGazetteer.builtIn()),
            new QuantityFrameReader(MeasureLexicon.shared(), thesaurus::synonyms)),
        encoder,
        thesaurus,
        new BlockingClaimAligner(new WordsOfAnyClass(thesaurus::synonyms), new WordsOfAnyClass(thesaurus::relatives),
            Thresholds.STANDARD),
        new RuleBasedFindingDetector(thesaurus, Thresholds.STANDARD),
        lazyFraming(encoder),
        outlets,
        Thresholds.STANDARD);
  }

  /**
   * The framing analyzer over the pipeline's own encoder (so sentences alignment has encoded are not
   * encoded again), built on first use: a run that fails on its input never loads its models.
   */
  private static FramingAnalyzer lazyFraming(SentenceEncoder encoder) {
    com.google.common.base.Supplier<FramingAnalyzer> analyzer =
        com.google.common.base.Suppliers.memoize(
            () -> new EvidenceFramingAnalyzer(FramingModels.load(encoder), ActorLexicon.builtIn()));
    return input -> analyzer.get().analyze(input);
  }
}
