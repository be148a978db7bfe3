package dev.parallax.analysis.claim;

import dev.parallax.analysis.text.Token;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a claim into clause-like segments, so that a fact stated in a subordinate clause ("When the
 * Taliban took power in August 2021, ...") can meet the same fact stated as a main clause elsewhere.
 *
 * <p>Cuts fall at semicolons and colons, at commas, before subordinating conjunctions and relative
 * pronouns, and before "and"/"but" that open a new verb phrase. A piece without a verb, or with
 * fewer than {@value #MIN_WORDS} words, is joined to its neighbour. A claim that gives a single
 * segment is not segmented. Stateless.
 */
public final class ClauseSegmenter {
  static final int MIN_WORDS = 4;

  private static final Set<String> OPENERS =
      Set.of("when", "since", "as", "while", "although", "because", "if", "after", "before", "though", "whereas",
          "unless", "until", "whether", "which", "who", "where", "despite", "whose");

  private ClauseSegmenter() {}

  /** The segments' spans, in order; empty when the claim is a single segment. */
  public static List<Span> segments(List<Token> tokens) {
    List<List<Token>> pieces = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      boolean boundary = t.text().equals(";") || t.text().equals(":") || t.text().equals(",");
      boolean opener =
          OPENERS.contains(w) && (t.tag().equals("SCONJ") || t.tag().equals("ADP") || t.tag().equals("PRON")
              || t.tag().equals("ADV"))
          || w.equals("that") && t.tag().equals("SCONJ")
          || (w.equals("and") || w.equals("but")) && verbAhead(tokens, i);
      if ((boundary || opener) && !current.isEmpty()) {
        pieces.add(current);
        current = new ArrayList<>();
      }
      if (!boundary) {
        current.add(t);
      }
    }
    if (!current.isEmpty()) {
      pieces.add(current);
    }
    List<List<Token>> merged = new ArrayList<>();
    for (List<Token> p : pieces) {
      if (!merged.isEmpty() && weak(p)) {
        merged.get(merged.size() - 1).addAll(p);
      } else if (!merged.isEmpty() && weak(merged.get(merged.size() - 1))) {
        merged.get(merged.size() - 1).addAll(p);
      } else {
        merged.add(new ArrayList<>(p));
      }
    }
    if (merged.size() > 1 && weak(merged.get(merged.size() - 1))) {
      List<Token> last = merged.remove(merged.size() - 1);
      merged.get(merged.size() - 1).addAll(last);
    }
    if (merged.size() < 2) {
      return List.of();
    }
    List<Span> out = new ArrayList<>();
    for (List<Token> m : merged) {
      int from = 0;
      int to = m.size();
      while (from < to && m.get(from).tag().equals("PUNCT")) {
        from++;
      }
      while (to > from && m.get(to - 1).tag().equals("PUNCT") && !m.get(to - 1).text().equals("%")) {
        to--;
      }
      if (to > from) {
        out.add(new Span(m.get(from).start(), m.get(to - 1).end()));
      }
    }
    return out.size() < 2 ? List.of() : out;
  }

  private static boolean weak(List<Token> piece) {
    int words = 0;
    boolean verb = false;
    for (Token t : piece) {
      if (t.word()) {
        words++;
      }
      verb |= t.verb();
    }
    return words < MIN_WORDS || !verb;
  }

  private static boolean verbAhead(List<Token> tokens, int i) {
    for (int k = i + 1; k < Math.min(tokens.size(), i + 5); k++) {
      if (tokens.get(k).text().equals(",")) {
        return false;
      }
      if (tokens.get(k).verb()) {
        return true;
      }
    }
    return false;
  }
}
