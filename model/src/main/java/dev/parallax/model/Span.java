package dev.parallax.model;

/**
 * A half-open character range {@code [start, end)} into a text, counted in UTF-16 code units.
 *
 * <p>{@code text.substring(span.start(), span.end())} is what the span covers; {@link #of}
 * does that with a clear message when the span does not fit the text.
 *
 * @param start first character, inclusive, {@code >= 0}
 * @param end last character, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    Checks.span(start, end, "span");
  }

  /** The number of characters covered. */
  public int length() {
    return end - start;
  }

  /** True when this span covers no character. */
  public boolean empty() {
    return start == end;
  }

  /** True when {@code other} lies entirely inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** True when the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** This span moved right by {@code offset} characters (left when negative). */
  public Span shift(int offset) {
    return new Span(start + offset, end + offset);
  }

  /**
   * The text this span covers.
   *
   * @throws IllegalArgumentException when the span reaches past the end of {@code text}
   */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") reaches past the end of a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
