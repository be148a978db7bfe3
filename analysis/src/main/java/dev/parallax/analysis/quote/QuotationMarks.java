package dev.parallax.analysis.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The quoted stretches of a text: pairs of double quotation marks (straight or curly) within one
 * paragraph, and closing marks that have no opening one. Single quotation marks are left alone:
 * they are apostrophes too often to pair reliably.
 *
 * @param spans the quoted stretches, in text order; each covers both marks, {@code [open, close + 1)}
 * @param orphanCloses positions of curly closing marks with no opening mark in their paragraph
 */
record QuotationMarks(List<int[]> spans, List<Integer> orphanCloses) {

  static boolean isMark(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
  }

  static boolean isMark(String token) {
    return token.length() == 1 && isMark(token.charAt(0));
  }

  /** Finds the quoted stretches of {@code text}. A mark left open runs to the end of its paragraph. */
  static QuotationMarks of(String text) {
    List<int[]> spans = new ArrayList<>();
    List<Integer> orphans = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0) {
          spans.add(new int[] {open, i});
          open = -1;
        }
      } else if (c == '\u201C' || c == '\u201E') {
        if (open < 0) {
          open = i;
        }
      } else if (c == '\u201D') {
        if (open >= 0) {
          spans.add(new int[] {open, i + 1});
          open = -1;
        } else {
          orphans.add(i);
        }
      } else if (c == '"') {
        if (open >= 0) {
          spans.add(new int[] {open, i + 1});
          open = -1;
        } else {
          open = i;
        }
      }
    }
    if (open >= 0) {
      spans.add(new int[] {open, text.length()});
    }
    return new QuotationMarks(List.copyOf(spans), List.copyOf(orphans));
  }

  /** The quoted stretch whose marks enclose {@code position}, or null. */
  int[] enclosing(int position) {
    for (int[] s : spans) {
      if (s[0] < position && position < s[1] - 1) {
        return s;
      }
      if (s[0] > position) {
        break;
      }
    }
    return null;
  }

  /** The quoted stretch that opens at {@code position}, or null. */
  int[] openingAt(int position) {
    for (int[] s : spans) {
      if (s[0] == position) {
        return s;
      }
    }
    return null;
  }

  /** The quoted stretch that closes right before {@code position} (its closing mark ends there), or null. */
  int[] closingAt(int position) {
    for (int[] s : spans) {
      if (s[1] == position) {
        return s;
      }
    }
    return null;
  }

  /** The first orphan closing mark after {@code from} and before {@code to}, or -1. */
  int orphanBetween(int from, int to) {
    for (int p : orphanCloses) {
      if (p >= from && p < to) {
        return p;
      }
    }
    return -1;
  }

  /** True when {@code [start, end)} lies inside quotation marks. */
  boolean quoted(int start, int end) {
    int[] s = enclosing(start);
    return s != null && end <= s[1] - 1;
  }
}
