package dev.parallax.analysis.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into {@link Token}s, with bounds-safe accessors used by the recognizers.
 *
 * <p>Letters and digits are never in one token ("mar4" is "mar" and "4", "3.5years" is "3", ".",
 * "5", "years"); whether two tokens touch is kept in {@link Token#space}. Tokens inside web
 * addresses and e-mail addresses are marked so that nothing is read from them.
 *
 * <p>Instances are immutable after construction and confined to one call of the extractor.
 */
final class Tokens {
  private static final Token NONE = new Token(Token.Type.SYMBOL, 0, 0, "", "", true);

  final String text;
  private final Token[] tokens;
  private final boolean[] inAddress;

  private Tokens(String text, Token[] tokens, boolean[] inAddress) {
    this.text = text;
    this.tokens = tokens;
    this.inAddress = inAddress;
  }

  /** Tokenizes {@code text}. */
  static Tokens of(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean space = false;
    while (i < n) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0xFEFF) {
        space = true;
        i += len;
        continue;
      }
      int start = i;
      Token.Type type;
      if (cp >= '0' && cp <= '9') {
        type = Token.Type.DIGITS;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
      } else if (Character.isLetter(cp)) {
        type = Token.Type.WORD;
        i += len;
        while (i < n) {
          int c = text.codePointAt(i);
          if (Character.isLetter(c) || isMark(c)) {
            i += Character.charCount(c);
          } else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
      } else {
        type = Token.Type.SYMBOL;
        i += len;
        while (i < n && isMark(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
      }
      String t = text.substring(start, i);
      String norm = type == Token.Type.WORD ? t.toLowerCase(Locale.ROOT).replace('\u2019', '\'') : t;
      out.add(new Token(type, start, i, t, norm, space || start == 0));
      space = false;
    }
    Token[] arr = out.toArray(new Token[0]);
    return new Tokens(text, arr, markAddresses(text, arr));
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  /** Marks tokens of web and e-mail addresses: from "http", "www." or "x@y" to the next whitespace. */
  private static boolean[] markAddresses(String text, Token[] toks) {
    boolean[] mark = new boolean[toks.length];
    for (int i = 0; i < toks.length; i++) {
      Token t = toks[i];
      boolean address =
          (t.isWord() && (t.norm.equals("http") || t.norm.equals("https")) && i + 1 < toks.length && toks[i + 1].is(':'))
              || (t.isWord() && t.norm.equals("www") && i + 1 < toks.length && toks[i + 1].is('.'))
              || (t.is('@') && !t.space && i + 1 < toks.length && !toks[i + 1].space && toks[i + 1].isWord() && i > 0);
      if (!address) {
        continue;
      }
      int from = i;
      if (t.is('@')) {
        while (from > 0 && !toks[from].space) {
          from--;
        }
      }
      int to = i + 1;
      while (to < toks.length && !toks[to].space) {
        to++;
      }
      for (int k = from; k < to; k++) {
        mark[k] = true;
      }
      i = to - 1;
    }
    return mark;
  }

  int size() {
    return tokens.length;
  }

  /** The token at {@code i}, or an empty placeholder symbol when out of range. */
  Token get(int i) {
    return i >= 0 && i < tokens.length ? tokens[i] : NONE;
  }

  boolean exists(int i) {
    return i >= 0 && i < tokens.length;
  }

  /** The lower-cased text of token {@code i}, or "" when out of range. */
  String norm(int i) {
    return get(i).norm;
  }

  /** True when token {@code i} is a word equal to {@code w} (lower case). */
  boolean word(int i, String w) {
    Token t = get(i);
    return t.type == Token.Type.WORD && t.norm.equals(w);
  }

  /** True when token {@code i} is a word in {@code words}. */
  boolean wordIn(int i, java.util.Set<String> words) {
    Token t = get(i);
    return t.type == Token.Type.WORD && words.contains(t.norm);
  }

  /** True when token {@code i} is the symbol {@code c}. */
  boolean sym(int i, char c) {
    return get(i).is(c);
  }

  /** True when token {@code i} exists and touches the token before it. */
  boolean touching(int i) {
    return exists(i) && i > 0 && !tokens[i].space;
  }

  boolean isDigits(int i) {
    return get(i).isDigits();
  }

  boolean isWord(int i) {
    return get(i).isWord();
  }

  /** True when token {@code i} lies in a web or e-mail address. */
  boolean inAddress(int i) {
    return i >= 0 && i < inAddress.length && inAddress[i];
  }

  /** Character offset where token {@code i} starts (the text length past the end). */
  int start(int i) {
    return i < tokens.length ? tokens[i].start : text.length();
  }

  /** Character offset where the token before {@code end} ends: the end of a token range [from, end). */
  int endOf(int end) {
    return tokens[end - 1].end;
  }

  /** True when tokens {@code from..to-1} all touch each other (no whitespace between). */
  boolean glued(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (get(k).space) {
        return false;
      }
    }
    return true;
  }

  /** True when the first token at or after {@code i} ends the sentence or the text. */
  boolean atClauseEnd(int i) {
    if (!exists(i)) {
      return true;
    }
    Token t = tokens[i];
    return t.isSymbol() && ".,;:!?)]}\"'\u201d\u2019".indexOf(t.text.charAt(0)) >= 0;
  }
}
