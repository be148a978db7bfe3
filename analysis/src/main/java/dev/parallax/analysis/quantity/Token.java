package dev.parallax.analysis.quantity;

/**
 * One token of the quantity stage's own tokenization: a run of letters, a run of ASCII digits, or
 * a single other character. Offsets are UTF-16 indices into the text, half-open.
 *
 * <p>Tokens are immutable; {@link #norm} is the lower-cased text ({@link java.util.Locale#ROOT})
 * with typographic apostrophes replaced by {@code '}.
 */
final class Token {
  /** What a token is made of. */
  enum Type {
    /** Letters, combining marks and apostrophes between letters: "million", "o'clock". */
    WORD,
    /** ASCII digits only: "2024". */
    DIGITS,
    /** Any other single character (or surrogate pair): "$", "%", "-", "½". */
    SYMBOL
  }

  final Type type;
  final int start;
  final int end;
  final String text;
  final String norm;
  /** True when whitespace separates this token from the one before. */
  final boolean space;

  Token(Type type, int start, int end, String text, String norm, boolean space) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.text = text;
    this.norm = norm;
    this.space = space;
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isDigits() {
    return type == Type.DIGITS;
  }

  boolean isSymbol() {
    return type == Type.SYMBOL;
  }

  /** True for a symbol token made of exactly {@code c}. */
  boolean is(char c) {
    return type == Type.SYMBOL && text.length() == 1 && text.charAt(0) == c;
  }

  /** True when every letter of the token is upper case: "USD", "M". */
  boolean upper() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return type + "'" + text + "'@" + start;
  }
}
