package dev.parallax.analysis.quantity;

import java.util.List;
import java.util.Set;

/**
 * The words that hedge or bound a number: before it ("more than", "at least", "about", "up to",
 * "&gt;=") and after it ("or more", "-plus", "or so"). Phrases are matched on lower-cased tokens;
 * the longest phrase wins, so "just under" is NEARLY although "under" alone is LESS_THAN.
 */
final class Hedges {
  private Hedges() {}

  /** A hedge over tokens [from, to). */
  record Found(int from, int to, Hedge hedge) {}

  private record Phrase(String[] words, Hedge hedge) {}

  private static Phrase p(String words, Hedge h) {
    return new Phrase(words.split(" "), h);
  }

  private static final List<Phrase> BEFORE =
      List.of(
          p("about", Hedge.ABOUT), p("around", Hedge.ABOUT), p("approximately", Hedge.ABOUT), p("approx", Hedge.ABOUT),
          p("approx .", Hedge.ABOUT), p("roughly", Hedge.ABOUT), p("circa", Hedge.ABOUT), p("ca .", Hedge.ABOUT),
          p("c .", Hedge.ABOUT), p("some", Hedge.ABOUT), p("an estimated", Hedge.ABOUT), p("estimated", Hedge.ABOUT),
          p("~", Hedge.ABOUT), p("≈", Hedge.ABOUT), p("in the region of", Hedge.ABOUT), p("on the order of", Hedge.ABOUT),
          p("of the order of", Hedge.ABOUT), p("just about", Hedge.ABOUT), p("around about", Hedge.ABOUT),
          p("somewhere around", Hedge.ABOUT), p("nearly", Hedge.NEARLY), p("almost", Hedge.NEARLY),
          p("close to", Hedge.NEARLY), p("just under", Hedge.NEARLY), p("just below", Hedge.NEARLY),
          p("just shy of", Hedge.NEARLY), p("not quite", Hedge.NEARLY), p("approaching", Hedge.NEARLY),
          p("more than", Hedge.MORE_THAN), p("over", Hedge.MORE_THAN), p("above", Hedge.MORE_THAN),
          p("exceeding", Hedge.MORE_THAN), p("exceeds", Hedge.MORE_THAN), p("exceeded", Hedge.MORE_THAN),
          p("exceed", Hedge.MORE_THAN), p("surpass", Hedge.MORE_THAN), p("surpassing", Hedge.MORE_THAN),
          p("surpassed", Hedge.MORE_THAN), p("in excess of", Hedge.MORE_THAN), p("upwards of", Hedge.MORE_THAN),
          p("upward of", Hedge.MORE_THAN), p("greater than", Hedge.MORE_THAN), p("higher than", Hedge.MORE_THAN),
          p("larger than", Hedge.MORE_THAN), p("bigger than", Hedge.MORE_THAN), p("just over", Hedge.MORE_THAN),
          p("well over", Hedge.MORE_THAN), p("well above", Hedge.MORE_THAN), p("north of", Hedge.MORE_THAN),
          p(">", Hedge.MORE_THAN), p("at least", Hedge.AT_LEAST), p("no less than", Hedge.AT_LEAST),
          p("no fewer than", Hedge.AT_LEAST), p("not less than", Hedge.AT_LEAST), p("not fewer than", Hedge.AT_LEAST),
          p("a minimum of", Hedge.AT_LEAST), p("minimum of", Hedge.AT_LEAST), p("at least or equal to", Hedge.AT_LEAST),
          p("> =", Hedge.AT_LEAST), p("≥", Hedge.AT_LEAST), p("less than", Hedge.LESS_THAN),
          p("fewer than", Hedge.LESS_THAN), p("under", Hedge.LESS_THAN), p("below", Hedge.LESS_THAN),
          p("lower than", Hedge.LESS_THAN), p("smaller than", Hedge.LESS_THAN), p("<", Hedge.LESS_THAN),
          p("at most", Hedge.AT_MOST), p("up to", Hedge.AT_MOST), p("no more than", Hedge.AT_MOST),
          p("not more than", Hedge.AT_MOST), p("no greater than", Hedge.AT_MOST), p("a maximum of", Hedge.AT_MOST),
          p("maximum of", Hedge.AT_MOST), p("as many as", Hedge.AT_MOST), p("as much as", Hedge.AT_MOST),
          p("as high as", Hedge.AT_MOST), p("< =", Hedge.AT_MOST), p("≤", Hedge.AT_MOST),
          p("exactly", Hedge.EXACT), p("precisely", Hedge.EXACT), p("equal to", Hedge.EXACT),
          p("equals to", Hedge.EXACT), p("equals", Hedge.EXACT), p("equaling to", Hedge.EXACT),
          p("equaling", Hedge.EXACT), p("equalling", Hedge.EXACT), p("equalling to", Hedge.EXACT));

  private static final Set<String> UP = Set.of("more", "greater", "larger", "bigger", "higher");
  private static final Set<String> DOWN = Set.of("less", "fewer", "smaller", "lower");

  /** The hedge that ends right before token {@code end}, or null. */
  static Found before(Tokens t, int end) {
    // "<>30", "=>30", "=<30": not comparisons this reader knows
    if (t.exists(end - 1) && (t.sym(end - 1, '>') || t.sym(end - 1, '<')) && (t.sym(end - 2, '<')
        || t.sym(end - 2, '=')) && t.touching(end - 1)) {
      return null;
    }
    Found best = null;
    for (Phrase ph : BEFORE) {
      int n = ph.words.length;
      int from = end - n;
      if (from < 0 || !matches(t, from, ph.words)) {
        continue;
      }
      if (best == null || from < best.from) {
        best = new Found(from, end, ph.hedge);
      }
    }
    Found composed = composedBefore(t, end);
    if (composed != null && (best == null || composed.from < best.from)) {
      best = composed;
    }
    return best;
  }

  /**
   * "bigger or equal than", "less than or equal to", "equal to or more than", "higher or equal
   * than": comparisons with "or equal", which bound inclusively.
   */
  private static Found composedBefore(Tokens t, int end) {
    // X (than)? or equal (to|than)
    int k = end - 1;
    if (t.word(k, "to") || t.word(k, "than")) {
      k--;
    }
    if (t.word(k, "equal") && t.word(k - 1, "or")) {
      int c = k - 2;
      if (t.word(c, "than")) {
        c--;
      }
      if (t.isWord(c) && UP.contains(t.norm(c))) {
        return new Found(c, end, Hedge.AT_LEAST);
      }
      if (t.isWord(c) && DOWN.contains(t.norm(c))) {
        return new Found(c, end, Hedge.AT_MOST);
      }
    }
    // equal to or X than
    if (t.word(end - 1, "than") && t.word(end - 3, "or") && t.word(end - 4, "to") && t.word(end - 5, "equal")) {
      String x = t.norm(end - 2);
      if (UP.contains(x)) {
        return new Found(end - 5, end, Hedge.AT_LEAST);
      }
      if (DOWN.contains(x)) {
        return new Found(end - 5, end, Hedge.AT_MOST);
      }
    }
    return null;
  }

  private static boolean matches(Tokens t, int from, String[] words) {
    for (int k = 0; k < words.length; k++) {
      Token tok = t.get(from + k);
      String w = words[k];
      if (tok.isWord() ? !tok.norm.equals(w) : !tok.text.equals(w)) {
        return false;
      }
    }
    return true;
  }

  private static final List<Phrase> AFTER =
      List.of(
          p("or more", Hedge.AT_LEAST), p("and more", Hedge.AT_LEAST), p("or greater", Hedge.AT_LEAST),
          p("and greater", Hedge.AT_LEAST), p("or above", Hedge.AT_LEAST), p("and above", Hedge.AT_LEAST),
          p("or higher", Hedge.AT_LEAST), p("and up", Hedge.AT_LEAST), p("and over", Hedge.AT_LEAST),
          p("or over", Hedge.AT_LEAST), p("or greater than", Hedge.AT_LEAST), p("or more than", Hedge.AT_LEAST),
          p("or less", Hedge.AT_MOST), p("or fewer", Hedge.AT_MOST), p("and less", Hedge.AT_MOST),
          p("or lower", Hedge.AT_MOST), p("or below", Hedge.AT_MOST), p("and below", Hedge.AT_MOST),
          p("and under", Hedge.AT_MOST), p("or under", Hedge.AT_MOST), p("or less than", Hedge.AT_MOST),
          p("or so", Hedge.ABOUT), p("or thereabouts", Hedge.ABOUT), p("odd", Hedge.ABOUT),
          p("- odd", Hedge.ABOUT), p("- plus", Hedge.AT_LEAST), p("plus", Hedge.AT_LEAST),
          p("+", Hedge.AT_LEAST), p("or equal", Hedge.EXACT), p("or equal to", Hedge.EXACT),
          p("or equal to it", Hedge.EXACT));

  /**
   * The hedge that starts at token {@code start}, after a number, or null. A comparison followed
   * by another number ("200 or greater than 190") is not a hedge of the first number.
   */
  static Found after(Tokens t, int start) {
    Found best = null;
    for (Phrase ph : AFTER) {
      if (!matches(t, start, ph.words)) {
        continue;
      }
      int end = start + ph.words.length;
      String first = ph.words[0];
      if ((first.equals("plus") || first.equals("+")) && !(t.touching(start) || t.sym(start - 1, '-'))) {
        continue;
      }
      if (first.equals("+") && (t.isDigits(end) || t.isWord(end)) && t.touching(end)) {
        continue;
      }
      if (first.equals("odd") && !t.touching(start) && !t.isWord(end)) {
        continue;
      }
      if (t.word(end, "than") && startsNumber(t, end + 1)) {
        continue;
      }
      String last = ph.words[ph.words.length - 1];
      if ((last.equals("than") || last.equals("to") || last.equals("more") || last.equals("less"))
          && startsNumber(t, end)) {
        continue;
      }
      if (best == null || end > best.to) {
        best = new Found(start, end, ph.hedge);
      }
    }
    return best;
  }

  private static boolean startsNumber(Tokens t, int k) {
    return t.isDigits(k) || NumberWords.small(t.norm(k)) >= 0 || t.word(k, "a") && t.isWord(k + 1)
        && NumberWords.SCALES.containsKey(t.norm(k + 1));
  }
}
