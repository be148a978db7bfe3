package dev.parallax.cli.output;

import dev.parallax.model.Claim;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import dev.parallax.model.Polarity;
import dev.parallax.model.QuantityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a claim a reader should look at in one finding: the figures a numeric finding
 * compares, the negations of a negated claim, and the words the finding's reasons quote ("'accuse'
 * marks an accusation" highlights "accused").
 *
 * <p>Spans are offsets into the claim's text (not the article's), sorted, and never overlap.
 */
final class Highlights {
  private Highlights() {}

  /** Why a span is highlighted. */
  enum Kind {
    /** A figure the finding compares. */
    FIGURE("the figure compared"),
    /** A word that negates the claim. */
    NEGATION("a negation"),
    /** A word the finding's reasons name. */
    CUE("a word the finding rests on");

    final String title;

    Kind(String title) {
      this.title = title;
    }
  }

  /** A highlighted span {@code [start, end)} of a claim's text. */
  record Mark(int start, int end, Kind kind) {}

  private static final Pattern NEGATION =
      Pattern.compile("(?i)\\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot)\\b|n't\\b");
  private static final Pattern QUOTED = Pattern.compile("'([\\p{L}][\\p{L}\\-]{1,30})'");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\\-]*");

  /** The highlights of {@code claim} in {@code finding}. */
  static List<Mark> of(Finding finding, Claim claim) {
    List<Mark> marks = new ArrayList<>();
    int length = claim.text().length();
    boolean figures = false;
    for (FindingValue v : finding.values()) {
      if (v.claimId().equals(claim.id())) {
        QuantityMention q = v.quantity();
        int s = q.start() - claim.start();
        int e = q.end() - claim.start();
        if (s >= 0 && e <= length && s < e) {
          marks.add(new Mark(s, e, Kind.FIGURE));
          figures = true;
        }
      }
    }
    if (!figures && finding.kind() == FindingKind.NUMERIC_DISCREPANCY) {
      for (QuantityMention q : claim.quantities()) {
        if (q.numeric()) {
          marks.add(new Mark(q.start() - claim.start(), q.end() - claim.start(), Kind.FIGURE));
        }
      }
    }
    if (finding.kind() == FindingKind.CONTRADICTION || finding.kind() == FindingKind.DISPUTE) {
      if (claim.polarity() == Polarity.NEGATED) {
        Matcher m = NEGATION.matcher(claim.text());
        while (m.find()) {
          marks.add(new Mark(m.start(), m.end(), Kind.NEGATION));
        }
      }
      Set<String> cues = cues(finding);
      Matcher w = WORD.matcher(claim.text());
      while (w.find()) {
        String word = w.group().toLowerCase(Locale.ROOT);
        for (String cue : cues) {
          if (matches(word, cue)) {
            marks.add(new Mark(w.start(), w.end(), Kind.CUE));
            break;
          }
        }
      }
    }
    return disjoint(marks);
  }

  /** The single words the finding's reasons quote, lower-cased. */
  static Set<String> cues(Finding finding) {
    Set<String> cues = new LinkedHashSet<>();
    for (String reason : finding.reasons()) {
      Matcher m = QUOTED.matcher(reason);
      while (m.find()) {
        cues.add(m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return cues;
  }

  /**
   * True when {@code word} is a form of the lemma {@code cue}: the same word, or the lemma's stem
   * ("accus" of "accuse", "deni" of "deny"), at least three letters long, followed by at most three
   * letters of ending.
   */
  static boolean matches(String word, String cue) {
    if (word.equals(cue)) {
      return true;
    }
    List<String> stems = new ArrayList<>();
    stems.add(cue);
    if (cue.length() > 3 && cue.endsWith("e")) {
      stems.add(cue.substring(0, cue.length() - 1));
    }
    if (cue.length() > 3 && cue.endsWith("y")) {
      stems.add(cue.substring(0, cue.length() - 1) + "i");
    }
    for (String stem : stems) {
      if (stem.length() >= 3 && word.startsWith(stem) && word.length() - stem.length() <= 3) {
        return true;
      }
    }
    return false;
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
