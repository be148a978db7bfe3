package dev.parallax.model;

import java.util.Objects;

/**
 * A number, amount, date, time or duration found in text, read as an interval.
 *
 * <p>The first eleven components are exactly the mention object of the {@code parallax quantities
 * --jsonl} protocol; {@link #change} and {@link #reading} are Parallax's additions. In a report,
 * {@code start} and {@code end} are offsets into the article's text; in the protocol they are
 * offsets into the input line's text.
 *
 * @param text the covered text, equal to {@code source.substring(start, end)}
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param kind what is measured
 * @param value the stated value, or null (a range, or a date whose value is in {@code date}); a
 *     percentage as written ("56%" gives 56)
 * @param low the lower bound of a range or of a one-sided bound, or null
 * @param high the upper bound of a range or of a one-sided bound, or null
 * @param unit an ISO 4217 code for money, an SI-style symbol for quantities, {@code %} for ranges
 *     of percentages, a time unit for durations, or null
 * @param qualifier how the number is hedged or bounded, or null when that does not apply (dates)
 * @param date an ISO 8601 date, date-time, time or duration, or null
 * @param dateEnd the end of a date interval (exclusive when it is a whole period), or null
 * @param change the direction of the change the number describes, or null when it describes none
 * @param reading the interval the number is read as when compared with another number, or null
 *     for dates, times and ordinals
 */
public record QuantityMention(
    String text,
    int start,
    int end,
    QuantityKind kind,
    Double value,
    Double low,
    Double high,
    String unit,
    Qualifier qualifier,
    String date,
    String dateEnd,
    Change change,
    Interval reading) {

  public QuantityMention {
    Objects.requireNonNull(text, "text");
    Checks.span(start, end, "quantity mention '" + text + "'");
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "quantity mention text '" + text + "' does not fit its span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(kind, "kind");
    Checks.finiteOrNull(value, "value");
    Checks.finiteOrNull(low, "low");
    Checks.finiteOrNull(high, "high");
  }

  /** The mention's span. */
  public Span span() {
    return new Span(start, end);
  }

  /** The same mention with its offsets moved right by {@code offset} characters. */
  public QuantityMention shift(int offset) {
    return new QuantityMention(
        text, start + offset, end + offset, kind, value, low, high, unit, qualifier, date, dateEnd, change, reading);
  }

  /** A copy with another reading. */
  public QuantityMention withReading(Interval newReading) {
    return new QuantityMention(
        text, start, end, kind, value, low, high, unit, qualifier, date, dateEnd, change, newReading);
  }

  /** True for the kinds whose value is a number that can be compared: not dates, times or ordinals. */
  public boolean numeric() {
    return kind != QuantityKind.DATE && kind != QuantityKind.TIME && kind != QuantityKind.ORDINAL;
  }
}
