package dev.parallax.analysis.quantity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Named days whose date in a given year can be computed: fixed ones (Christmas, Halloween),
 * nth-weekday ones (Thanksgiving, Labor Day) and Easter and its neighbours (Gregorian computus).
 * Nowruz is 1 Farvardin of the Solar Hijri year.
 */
final class Holidays {
  private Holidays() {}

  /** Holiday phrases (lower case, space-separated tokens) and the date they fall on in a year. */
  static final Map<String, IntFunction<LocalDate>> DAYS =
      Map.ofEntries(
          Map.entry("christmas", y -> LocalDate.of(y, 12, 25)),
          Map.entry("christmas day", y -> LocalDate.of(y, 12, 25)),
          Map.entry("xmas", y -> LocalDate.of(y, 12, 25)),
          Map.entry("christmas eve", y -> LocalDate.of(y, 12, 24)),
          Map.entry("boxing day", y -> LocalDate.of(y, 12, 26)),
          Map.entry("new year's eve", y -> LocalDate.of(y, 12, 31)),
          Map.entry("new year's day", y -> LocalDate.of(y, 1, 1)),
          Map.entry("new year day", y -> LocalDate.of(y, 1, 1)),
          Map.entry("new year", y -> LocalDate.of(y, 1, 1)),
          Map.entry("new years day", y -> LocalDate.of(y, 1, 1)),
          Map.entry("valentine's day", y -> LocalDate.of(y, 2, 14)),
          Map.entry("valentines day", y -> LocalDate.of(y, 2, 14)),
          Map.entry("saint patrick", y -> LocalDate.of(y, 3, 17)),
          Map.entry("saint patrick's day", y -> LocalDate.of(y, 3, 17)),
          Map.entry("st patrick's day", y -> LocalDate.of(y, 3, 17)),
          Map.entry("st . patrick's day", y -> LocalDate.of(y, 3, 17)),
          Map.entry("earth day", y -> LocalDate.of(y, 4, 22)),
          Map.entry("may day", y -> LocalDate.of(y, 5, 1)),
          Map.entry("international workers' day", y -> LocalDate.of(y, 5, 1)),
          Map.entry("international workers day", y -> LocalDate.of(y, 5, 1)),
          Map.entry("labour day", y -> LocalDate.of(y, 5, 1)),
          Map.entry("juneteenth", y -> LocalDate.of(y, 6, 19)),
          Map.entry("freedom day", y -> LocalDate.of(y, 6, 19)),
          Map.entry("jubilee day", y -> LocalDate.of(y, 6, 19)),
          Map.entry("independence day", y -> LocalDate.of(y, 7, 4)),
          Map.entry("halloween", y -> LocalDate.of(y, 10, 31)),
          Map.entry("veterans day", y -> LocalDate.of(y, 11, 11)),
          Map.entry("veterans' day", y -> LocalDate.of(y, 11, 11)),
          Map.entry("thanksgiving", y -> nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4)),
          Map.entry("thanksgiving day", y -> nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4)),
          Map.entry("black friday", y -> nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4).plusDays(1)),
          Map.entry("cyber monday", y -> nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4).plusDays(4)),
          Map.entry("labor day", y -> nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1)),
          Map.entry("memorial day", y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
          Map.entry("mother's day", y -> nth(y, Month.MAY, DayOfWeek.SUNDAY, 2)),
          Map.entry("mothers day", y -> nth(y, Month.MAY, DayOfWeek.SUNDAY, 2)),
          Map.entry("father's day", y -> nth(y, Month.JUNE, DayOfWeek.SUNDAY, 3)),
          Map.entry("fathers day", y -> nth(y, Month.JUNE, DayOfWeek.SUNDAY, 3)),
          Map.entry("martin luther king day", y -> nth(y, Month.JANUARY, DayOfWeek.MONDAY, 3)),
          Map.entry("mlk day", y -> nth(y, Month.JANUARY, DayOfWeek.MONDAY, 3)),
          Map.entry("presidents day", y -> nth(y, Month.FEBRUARY, DayOfWeek.MONDAY, 3)),
          Map.entry("presidents' day", y -> nth(y, Month.FEBRUARY, DayOfWeek.MONDAY, 3)),
          Map.entry("easter", Holidays::easter),
          Map.entry("easter sunday", Holidays::easter),
          Map.entry("easter day", Holidays::easter),
          Map.entry("easter monday", y -> easter(y).plusDays(1)),
          Map.entry("good friday", y -> easter(y).minusDays(2)),
          Map.entry("nowruz", y -> SolarHijri.newYear(y - 621)),
          Map.entry("norouz", y -> SolarHijri.newYear(y - 621)),
          Map.entry("navruz", y -> SolarHijri.newYear(y - 621)));

  /** The longest holiday phrase length, in tokens. */
  static final int MAX_TOKENS = 5;

  private static LocalDate nth(int y, Month m, DayOfWeek d, int n) {
    return LocalDate.of(y, m, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, d));
  }

  /** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }
}
