package dev.parallax.cli.output;

import dev.parallax.model.Claim;
import dev.parallax.model.Evidence;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingValue;
import dev.parallax.model.QuantityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The words of a claim a reader should look at in one finding: the finding's cues that fall in the
 * claim ({@link Finding#cues()}, set by the rule that made the finding: "denied", "accused", the
 * predicate two claims oppose, the words two agreeing claims share) and the figures its values
 * compare ({@link FindingValue#quantity()}). The negation of a negated predicate ("not" of "have not
 * yet accepted") is a cue of its own. Nothing is read from the claim's words or the finding's reasons:
 * every span is one the analysis recorded.
 *
 * <p>Spans are offsets into the claim's text (not the article's), sorted, and never overlap; where two
 * would, the one that starts first (the longer, at the same start) is kept. A finding without cues (a
 * report written before findings had them) marks only its figures.
 */
final class Highlights {
  private Highlights() {}

  /** Why a span is highlighted. */
  enum Kind {
    /** A figure the finding compares. */
    FIGURE("the figure compared"),
    /** A word that negates the claim. */
    NEGATION("a negation"),
    /** A word the finding turns on: a denial, an accusation, the predicate two claims oppose. */
    CUE("a word the finding rests on"),
    /** A word that agreeing claims share. */
    SHARED("a word the claims share");

    final String title;

    Kind(String title) {
      this.title = title;
    }
  }

  /**
   * A highlighted span {@code [start, end)} of a claim's text, and what a reader is told about it
   * ("a word the finding rests on: denial").
   */
  record Mark(int start, int end, Kind kind, String title) {}

  /** The cue labels the verdict rules give that have a kind of their own; any other label is a {@link Kind#CUE}. */
  private static final String FIGURE_LABEL = "figure";
  private static final String NEGATION_LABEL = "negation";
  private static final String SHARED_LABEL = "shared word";

  /** The highlights of {@code claim} in {@code finding}. */
  static List<Mark> of(Finding finding, Claim claim) {
    List<Mark> marks = new ArrayList<>();
    int length = claim.text().length();
    for (FindingValue v : finding.values()) {
      if (v.claimId().equals(claim.id())) {
        QuantityMention q = v.quantity();
        add(marks, q.start() - claim.start(), q.end() - claim.start(), length, Kind.FIGURE, Kind.FIGURE.title);
      }
    }
    for (Evidence cue : finding.cues()) {
      if (!cue.articleId().equals(claim.articleId())) {
        continue;
      }
      int s = cue.start() - claim.start();
      int e = cue.end() - claim.start();
      Kind kind = kindOf(cue.label());
      add(marks, s, e, length, kind, kind == Kind.CUE ? Kind.CUE.title + ": " + cue.label() : kind.title);
    }
    return disjoint(marks);
  }

  /**
   * The highlights plain text shows, where every mark looks the same: all but the words agreeing
   * claims share, which would embolden half of each sentence.
   */
  static List<Mark> inPlainText(Finding finding, Claim claim) {
    return of(finding, claim).stream().filter(m -> m.kind() != Kind.SHARED).toList();
  }

  private static Kind kindOf(String label) {
    return switch (label) {
      case FIGURE_LABEL -> Kind.FIGURE;
      case NEGATION_LABEL -> Kind.NEGATION;
      case SHARED_LABEL -> Kind.SHARED;
      default -> Kind.CUE;
    };
  }

  /** Adds the span when it lies in the claim (a cue from another claim of the same article does not). */
  private static void add(List<Mark> marks, int start, int end, int length, Kind kind, String title) {
    if (start >= 0 && end <= length && start < end) {
      marks.add(new Mark(start, end, kind, title));
    }
  }

  /** Sorted by start; a mark that overlaps an earlier one is dropped. */
  private static List<Mark> disjoint(List<Mark> marks) {
    List<Mark> sorted = new ArrayList<>(marks);
    sorted.sort(Comparator.comparingInt(Mark::start).thenComparingInt(m -> -m.end()));
    List<Mark> out = new ArrayList<>();
    int end = -1;
    for (Mark m : sorted) {
      if (m.start() >= end && m.end() > m.start()) {
        out.add(m);
        end = m.end();
      }
    }
    return out;
  }
}
