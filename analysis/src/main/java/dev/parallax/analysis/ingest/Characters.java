package dev.parallax.analysis.ingest;

import java.text.Normalizer;

/**
 * Character-level clean-up applied to every block of text: Unicode NFC, straight quotes for curly
 * ones, a hyphen for en and em dashes and minus signs, plain spaces for the many space characters,
 * no zero-width characters, soft hyphens or control characters, "..." for the ellipsis character,
 * and U+FFFD for a lone surrogate (half of a UTF-16 pair without its other half: a character that
 * cannot be written as UTF-8, so one of them would otherwise fail the writing of the whole report).
 */
final class Characters {
  private Characters() {}

  /** The replacement for a lone surrogate: one UTF-16 unit for one, so offsets stay as they are. */
  static final char REPLACEMENT = '\uFFFD';

  /** True when {@code s} has a lone surrogate, which no encoding can write. */
  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** {@code s} with each lone surrogate replaced by {@link #REPLACEMENT}; the same length. */
  static String replaceLoneSurrogates(String s) {
    if (!hasLoneSurrogate(s)) {
      return s;
    }
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) {
      if (Character.isHighSurrogate(out[i]) && i + 1 < out.length && Character.isLowSurrogate(out[i + 1])) {
        i++;
      } else if (Character.isSurrogate(out[i])) {
        out[i] = REPLACEMENT;
      }
    }
    return new String(out);
  }

  static String normalize(String s) {
    String n = Normalizer.normalize(replaceLoneSurrogates(s), Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4' -> out.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' ->
            out.append('-');
        case '\u2026' -> out.append("...");
        case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
            '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\t', '\f', '\u000B' -> out.append(' ');
        case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F' -> {
          // invisible: dropped
        }
        case '\r' -> out.append('\n');
        case '\u2028', '\u2029', '\u0085' -> out.append('\n');
        default -> {
          if (c < 0x20 && c != '\n') {
            // other control characters are dropped
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
