package dev.parallax.analysis.align;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every score and threshold alignment and the verdict rules decide by, in one place, so that a reader
 * of a report can see them (they are recorded in its provenance) and a change to one is made here.
 *
 * <p><b>Similarities are decided at two decimals.</b> The sentence encoder's vectors differ in their
 * last bits from one CPU to another, so every similarity is rounded to {@value #PRECISION} before it is
 * compared with a threshold or with another similarity, and ties are broken by claim order. Two machines
 * then disagree only about a similarity that lies within a rounding error of {@code x.xx5}, which the
 * tests do not meet.
 *
 * <p><b>The pair score</b> ({@link ClaimPair#score()}) is a weighted mean in [0, 1] of four signals:
 * the sentences' similarity (centred on the story), the best similarity of two of their clauses, the
 * rarity-weighted share of content words they share (WordNet synonyms count), and whether two clauses
 * state the same who-did-what (1 or 0).
 *
 * @param sentenceWeight weight of the sentence similarity in the pair score
 * @param clauseWeight weight of the best clause similarity
 * @param wordWeight weight of the shared-word share
 * @param frameWeight weight of a who-did-what match
 * @param floor pairs scoring below this are not kept by the aligner
 * @param keep the most pairs kept per claim, best first
 * @param shortlist candidates per claim scored in full, chosen by a cheap score
 * @param maxCandidates candidates per claim considered at all, those that share the most hash buckets and rare keys
 * @param agreement pairs scoring this much agree (with the same polarity and no conflict)
 * @param rankedAgreement pairs scoring this much agree when one is the other's best match, the other among its two best, and an anchor holds
 * @param anchorWords a share of shared words that anchors a ranked agreement
 * @param anchorMeaning a sentence similarity that anchors a ranked agreement
 * @param numericPair aligned claims scoring this much compare numbers without a named measure
 * @param disputePair a claim and a denial in another article scoring this much are a dispute
 * @param deniedContent the similarity of a denial's content and a claim for "X denied that Y" against "Y"
 * @param contradictionPair claims of opposite polarity on one predicate scoring this much contradict
 * @param antonymPair claims whose predicates are antonyms with this clause similarity contradict
 * @param attributePair claims about one event with conflicting attributes (day, rank, list) scoring this much contradict
 */
public record Thresholds(
    double sentenceWeight,
    double clauseWeight,
    double wordWeight,
    double frameWeight,
    double floor,
    int keep,
    int shortlist,
    int maxCandidates,
    double agreement,
    double rankedAgreement,
    double anchorWords,
    double anchorMeaning,
    double numericPair,
    double disputePair,
    double deniedContent,
    double contradictionPair,
    double antonymPair,
    double attributePair) {

  /** Similarities are rounded to this many decimals before any decision. */
  public static final int PRECISION = 2;

  /** The thresholds Parallax runs with, chosen on the development stories (see the README). */
  public static final Thresholds STANDARD =
      new Thresholds(0.35, 0.35, 0.2, 0.1, 0.1, 8, 16, 100, 0.58, 0.34, 0.25, 0.45, 0.2, 0.25, 0.45, 0.38, 0.32, 0.3);

  public Thresholds {
    double sum = sentenceWeight + clauseWeight + wordWeight + frameWeight;
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("the pair score's weights must sum to 1, got " + sum);
    }
    if (keep < 1 || shortlist < keep || maxCandidates < shortlist) {
      throw new IllegalArgumentException("need 1 <= keep <= shortlist <= maxCandidates, got " + keep + ", " + shortlist
          + ", " + maxCandidates);
    }
  }

  /** {@code x} rounded to {@value #PRECISION} decimals: the value every decision sees. */
  public static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }

  /** The pair score of four signals, each already rounded, in [0, 1]. */
  public double score(double sentence, double clause, double words, boolean frame) {
    return round(sentenceWeight * Math.max(0, sentence) + clauseWeight * Math.max(0, clause) + wordWeight * words
        + (frame ? frameWeight : 0));
  }

  /** The thresholds as report settings: name to value, in declaration order. */
  public Map<String, String> asSettings() {
    Map<String, String> out = new LinkedHashMap<>();
    var components = Thresholds.class.getRecordComponents();
    for (var c : components) {
      try {
        Object v = c.getAccessor().invoke(this);
        out.put("threshold." + c.getName(), v instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : v.toString());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }
}
