package dev.parallax.analysis.quantity;

import java.time.LocalDate;

/**
 * The Solar Hijri calendar (used in Iran and Afghanistan) converted to the Gregorian one.
 *
 * <p>Years start at the March equinox (Nowruz). Leap years follow the 33-year arithmetic cycle
 * (years whose remainder modulo 33 is 1, 5, 9, 13, 17, 22, 26 or 30), which agrees with the
 * astronomical calendar from 1343 to 1472 SH (1964–2093); dates are counted from the anchor 1
 * Farvardin 1403 = 2024-03-20. Months 1–6 have 31 days, 7–11 have 30, and the twelfth 29, or 30
 * in a leap year.
 */
final class SolarHijri {
  private SolarHijri() {}

  private static final int ANCHOR_YEAR = 1403;
  private static final LocalDate ANCHOR = LocalDate.of(2024, 3, 20);

  /** True when Solar Hijri year {@code y} has 366 days. */
  static boolean leap(int y) {
    int r = Math.floorMod(y, 33);
    return r == 1 || r == 5 || r == 9 || r == 13 || r == 17 || r == 22 || r == 26 || r == 30;
  }

  /** The Gregorian date of 1 Farvardin of Solar Hijri year {@code y}. */
  static LocalDate newYear(int y) {
    long days = 0;
    if (y >= ANCHOR_YEAR) {
      for (int k = ANCHOR_YEAR; k < y; k++) {
        days += leap(k) ? 366 : 365;
      }
    } else {
      for (int k = y; k < ANCHOR_YEAR; k++) {
        days -= leap(k) ? 366 : 365;
      }
    }
    return ANCHOR.plusDays(days);
  }

  /** Days in month {@code m} (1–12) of year {@code y}. */
  static int monthLength(int y, int m) {
    if (m <= 6) {
      return 31;
    }
    if (m <= 11) {
      return 30;
    }
    return leap(y) ? 30 : 29;
  }

  /** The Gregorian date of day {@code d} of month {@code m} of year {@code y}. */
  static LocalDate toGregorian(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) {
      throw new IllegalArgumentException("no such Solar Hijri date: " + y + "-" + m + "-" + d);
    }
    int offset = m <= 7 ? (m - 1) * 31 : 6 * 31 + (m - 7) * 30;
    return newYear(y).plusDays(offset + d - 1L);
  }
}
