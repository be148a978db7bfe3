package dev.parallax.analysis.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads publication dates as they are printed in articles and page metadata. */
final class DateText {
  private DateText() {}

  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          + "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

  /** A date inside a longer string: "December 29, 2024", "29 Dec 2024", "2024-12-29". */
  static final Pattern DATE_IN_TEXT =
      Pattern.compile(
          "(?i)\\b(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
              + ",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b");

  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          pattern("MMMM d yyyy"), pattern("MMM d yyyy"), pattern("d MMMM yyyy"), pattern("d MMM yyyy"),
          pattern("yyyy-MM-dd"));

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
  }

  /** The first date found in {@code text}, if any. */
  static Optional<LocalDate> find(String text) {
    Matcher m = DATE_IN_TEXT.matcher(text);
    while (m.find()) {
      Optional<LocalDate> d = parse(m.group());
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** A date given in one of the forms pages and feeds use, including ISO date-times. */
  static Optional<LocalDate> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    try {
      return Optional.of(OffsetDateTime.parse(s).toLocalDate());
    } catch (DateTimeParseException ignored) {
      // not an ISO date-time with offset; try the other forms
    }
    if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      try {
        return Optional.of(LocalDate.parse(s.substring(0, 10)));
      } catch (DateTimeParseException ignored) {
        return Optional.empty();
      }
    }
    String cleaned =
        s.replaceAll("(?i)(\\d)(st|nd|rd|th)\\b", "$1")
            .replace(",", " ")
            .replace(".", " ")
            .replaceAll("(?i)\\bsept\\b", "Sep")
            .replaceAll("\\s+", " ")
            .strip();
    for (DateTimeFormatter f : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(cleaned, f));
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
