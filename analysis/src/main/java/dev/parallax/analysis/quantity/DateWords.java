package dev.parallax.analysis.quantity;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

/** Month names, weekdays, parts of the day, and the words that set a date relative to another. */
final class DateWords {
  private DateWords() {}

  /** Gregorian months, full and abbreviated; "may" and "march" need context (they are also words). */
  static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
          Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
          Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
          Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
          Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  /** Month words that are also common English words; they are months only in a date's company. */
  static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar", "jan", "jun", "dec", "aug", "sep", "oct",
      "nov", "apr", "jul");

  /** Months of the Solar Hijri (Iranian, Afghan) calendar, in English transliterations. */
  static final Map<String, Integer> SOLAR_HIJRI_MONTHS =
      Map.ofEntries(
          Map.entry("farvardin", 1), Map.entry("ordibehesht", 2), Map.entry("khordad", 3), Map.entry("tir", 4),
          Map.entry("mordad", 5), Map.entry("amordad", 5), Map.entry("shahrivar", 6), Map.entry("shahrivar's", 6),
          Map.entry("mehr", 7), Map.entry("aban", 8), Map.entry("azar", 9), Map.entry("dey", 10), Map.entry("bahman", 11),
          Map.entry("esfand", 12), Map.entry("hamal", 1), Map.entry("sawr", 2), Map.entry("jawza", 3),
          Map.entry("saratan", 4), Map.entry("asad", 5), Map.entry("sonbola", 6), Map.entry("sunbula", 6),
          Map.entry("mizan", 7), Map.entry("aqrab", 8), Map.entry("qaws", 9), Map.entry("jadi", 10),
          Map.entry("dalw", 11), Map.entry("hut", 12));

  /** Days of the week, ISO numbered (Monday is 1). */
  static final Map<String, Integer> WEEKDAYS =
      Map.ofEntries(
          Map.entry("monday", 1), Map.entry("mon", 1), Map.entry("tuesday", 2), Map.entry("tue", 2),
          Map.entry("tues", 2), Map.entry("wednesday", 3), Map.entry("wed", 3), Map.entry("thursday", 4),
          Map.entry("thu", 4), Map.entry("thur", 4), Map.entry("thurs", 4), Map.entry("friday", 5),
          Map.entry("fri", 5), Map.entry("saturday", 6), Map.entry("sat", 6), Map.entry("sunday", 7),
          Map.entry("sun", 7));

  /** Weekday abbreviations that are also words ("sun", "sat", "wed", "mon"); they need a date nearby. */
  static final Set<String> AMBIGUOUS_WEEKDAYS = Set.of("sun", "sat", "wed", "mon", "thu", "fri", "tue");

  /**
   * A part of the day and the hours it is read as: [start, end); {@code pm} when a bare hour in it
   * is an afternoon or evening hour ("7 in the evening" is 19:00). The table is {@link
   * ClockTimes#PARTS}.
   */
  record PartOfDay(LocalTime start, LocalTime end, boolean pm) {}

  /** Words that move a period: "this", "next", "last"... and the step they stand for. */
  static final Map<String, Integer> SHIFTS =
      Map.ofEntries(
          Map.entry("this", 0), Map.entry("current", 0), Map.entry("same", 0), Map.entry("that", 0),
          Map.entry("present", 0), Map.entry("next", 1), Map.entry("coming", 1), Map.entry("following", 1),
          Map.entry("upcoming", 1), Map.entry("last", -1), Map.entry("previous", -1), Map.entry("past", -1),
          Map.entry("prior", -1), Map.entry("preceding", -1));
}
