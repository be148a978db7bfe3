package dev.parallax.analysis.pipeline;

import dev.parallax.analysis.align.BlockingClaimAligner;
import dev.parallax.analysis.align.ClaimAligner;
import dev.parallax.analysis.bias.EvidenceFramingAnalyzer;
import dev.parallax.analysis.bias.FramingAnalyzer;
import dev.parallax.analysis.claim.ClaimExtractor;
import dev.parallax.analysis.claim.EntityGazetteer;
import dev.parallax.analysis.claim.EntityRecognizer;
import dev.parallax.analysis.claim.SentenceClaimExtractor;
import dev.parallax.analysis.ingest.ArticleFileReader;
import dev.parallax.analysis.ingest.DocumentReader;
import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.lexicon.WordNetLexicon;
import dev.parallax.analysis.quantity.QuantityExtractor;
import dev.parallax.analysis.quote.PatternQuoteFinder;
import dev.parallax.analysis.quote.QuoteFinder;
import dev.parallax.analysis.semantic.MiniLmSentenceEncoder;
import dev.parallax.analysis.semantic.SentenceEncoder;
import dev.parallax.analysis.semantic.Thesaurus;
import dev.parallax.analysis.semantic.WordNetThesaurus;
import dev.parallax.analysis.text.MorphyLemmatizer;
import dev.parallax.analysis.text.OpenNlpTextAnalyzer;
import dev.parallax.analysis.text.TextAnalyzer;
import dev.parallax.analysis.verdict.FindingDetector;
import dev.parallax.analysis.verdict.RuleBasedFindingDetector;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The stage implementations a pipeline runs with. Each is loaded once and shared by every thread.
 *
 * @param reader files to documents
 * @param text sentences, tokens, tags and lemmas
 * @param quantities numbers, amounts and dates
 * @param quotes quotes and attributed statements
 * @param claims sentences to claims
 * @param encoder sentence vectors
 * @param thesaurus synonyms and antonyms
 * @param aligner candidate pairs of claims
 * @param findings verdicts
 * @param framing framing indicators per article
 * @param outlets the outlet registry
 */
public record Components(
    DocumentReader reader,
    TextAnalyzer text,
    QuantityExtractor quantities,
    QuoteFinder quotes,
    ClaimExtractor claims,
    SentenceEncoder encoder,
    Thesaurus thesaurus,
    ClaimAligner aligner,
    FindingDetector findings,
    FramingAnalyzer framing,
    OutletRegistry outlets) {

  public Components {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quantities, "quantities");
    Objects.requireNonNull(quotes, "quotes");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(encoder, "encoder");
    Objects.requireNonNull(thesaurus, "thesaurus");
    Objects.requireNonNull(aligner, "aligner");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(framing, "framing");
    Objects.requireNonNull(outlets, "outlets");
  }

  /** The standard stages, with the given outlet registry and file size limit. Takes a few seconds. */
  public static Components standard(OutletRegistry outlets, long maxFileBytes) {
    WordNetLexicon lexicon = WordNetLexicon.shared();
    Thesaurus thesaurus = new WordNetThesaurus();
    return new Components(
        new ArticleFileReader(outlets, lexicon, maxFileBytes),
        new OpenNlpTextAnalyzer(new MorphyLemmatizer(lexicon)),
        StandardQuantities.extractor(),
        new PatternQuoteFinder(),
        new SentenceClaimExtractor(new EntityRecognizer(EntityGazetteer.builtIn())),
        new MiniLmSentenceEncoder(),
        thesaurus,
        new BlockingClaimAligner(lemma -> synonymsOfAnyClass(thesaurus, lemma),
            lemma -> relativesOfAnyClass(thesaurus, lemma)),
        new RuleBasedFindingDetector(thesaurus),
        lazyFraming(),
        outlets);
  }

  /** The framing analyzer, built on first use: a run that fails on its input never loads its models. */
  private static FramingAnalyzer lazyFraming() {
    com.google.common.base.Supplier<FramingAnalyzer> analyzer =
        com.google.common.base.Suppliers.memoize(EvidenceFramingAnalyzer::new);
    return input -> analyzer.get().analyze(input);
  }

  private static Set<String> relativesOfAnyClass(Thesaurus thesaurus, String lemma) {
    Set<String> out = new HashSet<>();
    out.addAll(thesaurus.relatives(lemma, WordClass.NOUN));
    out.addAll(thesaurus.relatives(lemma, WordClass.VERB));
    out.addAll(thesaurus.relatives(lemma, WordClass.ADJECTIVE));
    return out;
  }

  private static Set<String> synonymsOfAnyClass(Thesaurus thesaurus, String lemma) {
    Set<String> out = new HashSet<>();
    out.addAll(thesaurus.synonyms(lemma, WordClass.NOUN));
    out.addAll(thesaurus.synonyms(lemma, WordClass.VERB));
    out.addAll(thesaurus.synonyms(lemma, WordClass.ADJECTIVE));
    return out;
  }
}
