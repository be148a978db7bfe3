package dev.parallax.analysis.ingest;

import java.text.Normalizer;

/**
 * Character-level clean-up applied to every block of text: Unicode NFC, straight quotes for curly
 * ones, a hyphen for en and em dashes and minus signs, plain spaces for the many space characters,
 * no zero-width characters, soft hyphens or control characters, "..." for the ellipsis character.
 */
final class Characters {
  private Characters() {}

  static String normalize(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
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
