package dev.parallax.analysis.quantity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * What the date readers share during one call: the tokens, the reference date, and the builders
 * that turn calendar fields into resolved {@link TimeExpr}s.
 *
 * <p>Resolution rules, in one place:
 *
 * <ul>
 *   <li>A day or month without a year looks back, as news does: it takes the latest such day up to
 *       six weeks after the reference (the latest such month up to the next one); in a clause
 *       about the future ("will", "'ll", "plans to") it takes the first one from a month before.
 *   <li>A bare weekday is the nearest such day on or before the reference, or on or after it when
 *       the clause speaks of the future ("will", "'ll"); "last Monday" is the Monday of the week
 *       before the reference's, "next Monday" the Monday of the week after, "this Monday" the
 *       Monday of the reference's own week (weeks start on Monday).
 *   <li>Without a reference nothing relative resolves: the expression is found, its {@code date}
 *       stays null.
 * </ul>
 *
 * <p>Confined to one extraction call.
 */
final class DateContext {
  final Tokens t;
  /** The reference instant, or null. */
  final LocalDateTime ref;
  /** The reference day, or null. */
  final LocalDate today;

  DateContext(Tokens t, LocalDateTime ref) {
    this.t = t;
    this.ref = ref;
    this.today = ref == null ? null : ref.toLocalDate();
  }

  // ------------------------------------------------------------------------------------ words

  static final Set<String> MONTH_ABBREVIATIONS =
      Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** Words after which an ambiguous month word ("may", "march") reads as a month. */
  static final Set<String> DATE_PREPOSITIONS =
      Set.of("in", "on", "since", "by", "until", "till", "from", "during", "of", "before", "after", "through", "to",
          "and", "or", "early", "late", "mid", "last", "next", "this", "that", "between", "throughout", "into",
          "around", "past", "coming", "every", "each", "end", "beginning", "start", "middle", "for", "at", "as",
          "following", "previous", "-");

  /** A month name at {@code k}: 1–12, or 0. */
  int month(int k) {
    if (!t.isWord(k)) {
      return 0;
    }
    Integer m = DateWords.MONTHS.get(t.norm(k));
    if (m == null) {
      return 0;
    }
    if (t.touching(k) && t.isWord(k - 1)) {
      return 0;
    }
    return m;
  }

  /** The end token of a month name at {@code k}, past an abbreviation's full stop ("Sept.", "Aug."). */
  int monthEnd(int k) {
    if (MONTH_ABBREVIATIONS.contains(t.norm(k)) && t.sym(k + 1, '.') && t.touching(k + 1)
        && !(t.isDigits(k + 2) && t.touching(k + 2))) {
      return k + 2;
    }
    return k + 1;
  }

  /** True when the month word at {@code k}, standing without a day or year, reads as a month. */
  boolean monthAlone(int k) {
    String w = t.norm(k);
    boolean capital = Character.isUpperCase(t.get(k).text.charAt(0));
    boolean prep = t.isWord(k - 1) && DATE_PREPOSITIONS.contains(t.norm(k - 1)) || t.sym(k - 1, '-');
    if (!DateWords.AMBIGUOUS_MONTHS.contains(w)) {
      return capital || prep || !t.exists(k - 1) || t.atClauseEnd(k + 1);
    }
    // "this may", "that march" are a modal and a noun; a shift word reads a month only when it is capitalised
    if (!prep || !capital && t.wordIn(k - 1, Set.of("this", "that", "last", "next", "every", "each", "for",
        "and", "or", "at", "as", "to"))) {
      return false;
    }
    if (w.equals("may") || w.equals("march")) {
      int e = monthEnd(k);
      return !t.isWord(e) || t.wordIn(e, Set.of("and", "or", "to", "through", "of", "in", "last", "next", "this"));
    }
    return true;
  }

  /** A day of the month at {@code k}: "29", "29th", "twenty nine", "second": {day, end} or null. */
  int[] dayOfMonth(int k) {
    if (t.isDigits(k)) {
      String d = t.get(k).text;
      if (d.length() > 2) {
        return null;
      }
      int v = Integer.parseInt(d);
      if (v < 1 || v > 31) {
        return null;
      }
      int e = k + 1;
      if (t.isWord(e) && t.touching(e) && NumberWords.ORDINAL_SUFFIXES.contains(t.norm(e))) {
        e++;
      } else if (t.touching(e) && (t.isWord(e) || t.isDigits(e))) {
        return null;
      }
      return new int[] {v, e};
    }
    int[] ord = NumberParser.ordinal(t, k);
    if (ord != null && ord[0] >= 1 && ord[0] <= 31) {
      return ord;
    }
    if (t.isWord(k)) {
      NumberPhrase np = NumberParser.parse(t, k, false);
      if (np != null && np.words() && np.integral() && np.value() >= 1 && np.value() <= 31 && np.scale() == 1) {
        return new int[] {(int) np.value(), np.to()};
      }
    }
    return null;
  }

  /** An ordinal day at {@code k} ("18th", "first", "twenty-first"): {day, end} or null. */
  int[] ordinalDay(int k) {
    int[] ord = NumberParser.ordinal(t, k);
    return ord != null && ord[0] >= 1 && ord[0] <= 31 ? ord : null;
  }

  /** A year at {@code k} inside a date ("2024", "'21", "two thousand and five"): {year, end} or null. */
  int[] yearInDate(int k) {
    if (t.isDigits(k) && t.get(k).text.length() == 4 && !(t.touching(k + 1) && (t.isDigits(k + 1)
        || t.isWord(k + 1) && !t.word(k + 1, "s")))) {
      int y = Integer.parseInt(t.get(k).text);
      if (y >= 1000 && y <= 2999) {
        return new int[] {y, k + 1};
      }
    }
    if ((t.sym(k, '\'') || t.sym(k, '\u2019')) && t.isDigits(k + 1) && t.touching(k + 1)
        && t.get(k + 1).text.length() == 2) {
      return new int[] {twoDigitYear(Integer.parseInt(t.get(k + 1).text)), k + 2};
    }
    return spelledYear(k);
  }

  /**
   * A year in words: "two thousand and fifteen", "nineteen eighty six", "nineteen hundred ninety
   * three", "seventeen hundred thirty three": {year, end} or null.
   */
  int[] spelledYear(int k) {
    if (!t.isWord(k)) {
      return null;
    }
    int hi = NumberWords.small(t.norm(k));
    if (t.word(k, "two") && t.word(k + 1, "thousand")) {
      int e = k + 2;
      int y = 2000;
      int m = t.word(e, "and") ? e + 1 : e;
      NumberPhrase np = NumberParser.parse(t, m, false);
      if (np != null && np.words() && np.integral() && np.value() >= 1 && np.value() < 100 && np.scale() == 1) {
        return new int[] {y + (int) np.value(), np.to()};
      }
      return new int[] {y, e};
    }
    if (hi < 10 || hi > 29) {
      return null;
    }
    int e = k + 1;
    if (t.word(e, "hundred")) {
      e++;
      if (t.word(e, "and")) {
        e++;
      }
      NumberPhrase np = NumberParser.parse(t, e, false);
      if (np != null && np.words() && np.integral() && np.value() >= 1 && np.value() < 100 && np.scale() == 1) {
        return new int[] {hi * 100 + (int) np.value(), np.to()};
      }
      return null;
    }
    NumberPhrase np = NumberParser.parse(t, e, false);
    if (np == null || !np.words() || !np.integral() || np.value() < 10 || np.value() >= 100 || np.scale() != 1) {
      return null;
    }
    return new int[] {hi * 100 + (int) np.value(), np.to()};
  }

  static int twoDigitYear(int yy) {
    return yy >= 50 ? 1900 + yy : 2000 + yy;
  }

  /** True when the clause before token {@code i} speaks of the future ("will", "'ll", "plans to"). */
  boolean future(int i) {
    for (int k = i - 1; k >= Math.max(0, i - 12); k--) {
      if (t.sym(k, '.') || t.sym(k, ';') || t.sym(k, '?') || t.sym(k, '!')) {
        break;
      }
      String w = t.norm(k);
      if (w.equals("will") || w.endsWith("'ll") || w.equals("shall") || w.equals("upcoming") || w.equals("scheduled")
          || w.equals("plans") || w.equals("expected") || w.equals("going") || w.equals("let's")
          || w.equals("lets") || w.equals("can") || w.equals("please") || w.equals("next")) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------ builders

  static TimeExpr period(int from, int to, LocalDate a, LocalDate b, TimeExpr.Grain g) {
    return TimeExpr.period(from, to, a.atStartOfDay(), b.atStartOfDay(), g);
  }

  static LocalDate safeDate(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999 || d > YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  /** A day; {@code year} 0 takes the year nearest the reference. Null for an impossible date. */
  TimeExpr day(int from, int to, int year, int month, int dayOfMonth) {
    if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) {
      return null;
    }
    if (year == 0) {
      if (ref == null) {
        if (dayOfMonth > YearMonth.of(2000, month).lengthOfMonth()) {
          return null;
        }
        TimeExpr e = TimeExpr.unresolved(from, to);
        e.month = month;
        e.day = dayOfMonth;
        e.startGrain = TimeExpr.Grain.DAY;
        e.endGrain = TimeExpr.Grain.DAY;
        return e;
      }
      // news mostly looks back: the latest such day up to six weeks ahead, or in a clause about the future
      // the first one from a month back
      LocalDate best = null;
      boolean ahead = future(from);
      int span = month == 2 && dayOfMonth == 29 ? 4 : 1;
      for (int y = ref.getYear() - span; y <= ref.getYear() + span; y++) {
        LocalDate d = safeDate(y, month, dayOfMonth);
        if (d == null) {
          continue;
        }
        if (ahead ? !d.isBefore(today.minusDays(31)) && (best == null || d.isBefore(best))
            : !d.isAfter(today.plusDays(45)) && (best == null || d.isAfter(best))) {
          best = d;
        }
      }
      if (best == null) {
        return impossible(from, to, month, dayOfMonth);
      }
      TimeExpr e = period(from, to, best, best.plusDays(1), TimeExpr.Grain.DAY);
      e.month = month;
      e.day = dayOfMonth;
      return e;
    }
    LocalDate d = safeDate(year, month, dayOfMonth);
    if (d == null) {
      return impossible(from, to, month, dayOfMonth);
    }
    TimeExpr e = period(from, to, d, d.plusDays(1), TimeExpr.Grain.DAY);
    e.year = year;
    e.month = month;
    e.day = dayOfMonth;
    return e;
  }

  /** "Feb 30", "2/29/2019": written as a date but no day of the calendar; found, never resolved. */
  private static TimeExpr impossible(int from, int to, int month, int dayOfMonth) {
    if (month == 2 && dayOfMonth <= 31 || dayOfMonth == 31 && (month == 4 || month == 6 || month == 9
        || month == 11)) {
      TimeExpr e = TimeExpr.unresolved(from, to);
      e.impossible = true;
      return e;
    }
    return null;
  }

  /** A day given by its day of the month only ("the 18th"): the nearest such day to the reference. */
  TimeExpr dayOnly(int from, int to, int dayOfMonth) {
    if (ref == null) {
      TimeExpr e = TimeExpr.unresolved(from, to);
      e.day = dayOfMonth;
      return e;
    }
    LocalDate best = null;
    long bestGap = Long.MAX_VALUE;
    for (int m = -1; m <= 1; m++) {
      YearMonth ym = YearMonth.from(today).plusMonths(m);
      LocalDate d = safeDate(ym.getYear(), ym.getMonthValue(), dayOfMonth);
      if (d != null && Math.abs(d.toEpochDay() - today.toEpochDay()) < bestGap) {
        bestGap = Math.abs(d.toEpochDay() - today.toEpochDay());
        best = d;
      }
    }
    if (best == null) {
      return null;
    }
    TimeExpr e = period(from, to, best, best.plusDays(1), TimeExpr.Grain.DAY);
    e.day = dayOfMonth;
    return e;
  }

  /** A month; {@code year} 0 takes the year nearest the reference. */
  TimeExpr monthOfYear(int from, int to, int year, int month) {
    if (month < 1 || month > 12) {
      return null;
    }
    boolean explicit = year != 0;
    if (year == 0) {
      if (ref == null) {
        TimeExpr e = TimeExpr.unresolved(from, to);
        e.month = month;
        e.startGrain = TimeExpr.Grain.MONTH;
        e.endGrain = TimeExpr.Grain.MONTH;
        return e;
      }
      // as for days: the latest such month that starts before the next one, or the first from last
      // month on in a clause about the future
      int y = ref.getYear();
      int diff = month - ref.getMonthValue();
      if (future(from)) {
        y = diff >= -1 ? y : y + 1;
      } else {
        y = diff <= 1 ? y : y - 1;
      }
      year = y;
    }
    LocalDate first = LocalDate.of(year, month, 1);
    TimeExpr e = period(from, to, first, first.plusMonths(1), TimeExpr.Grain.MONTH);
    e.year = explicit ? year : 0;
    e.month = month;
    return e;
  }

  /** A whole year. */
  static TimeExpr year(int from, int to, int y) {
    TimeExpr e = period(from, to, LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1), TimeExpr.Grain.YEAR);
    e.year = y;
    return e;
  }

  /** The day {@code days} after the reference's, or an unresolved day. */
  TimeExpr dayOffset(int from, int to, int days) {
    if (ref == null) {
      TimeExpr e = TimeExpr.unresolved(from, to);
      e.startGrain = TimeExpr.Grain.DAY;
      e.endGrain = TimeExpr.Grain.DAY;
      e.relativeDay = true;
      return e;
    }
    LocalDate d = today.plusDays(days);
    TimeExpr e = period(from, to, d, d.plusDays(1), TimeExpr.Grain.DAY);
    e.relativeDay = true;
    return e;
  }

  /**
   * A weekday: {@code shift} 0 for "this", -1 "last", 1 "next", and {@link Integer#MIN_VALUE} for a
   * bare weekday, which takes the nearest one on or before the reference (after it for the future).
   */
  TimeExpr weekday(int from, int to, int isoDay, int shift, boolean future) {
    if (ref == null) {
      TimeExpr e = TimeExpr.unresolved(from, to);
      e.weekday = isoDay;
      e.startGrain = TimeExpr.Grain.DAY;
      return e;
    }
    DayOfWeek day = DayOfWeek.of(isoDay);
    LocalDate d;
    if (shift == Integer.MIN_VALUE) {
      d = future ? today.with(TemporalAdjusters.nextOrSame(day)) : today.with(TemporalAdjusters.previousOrSame(day));
    } else {
      d = today.with(DayOfWeek.MONDAY).plusWeeks(shift).with(TemporalAdjusters.nextOrSame(day));
    }
    TimeExpr e = period(from, to, d, d.plusDays(1), TimeExpr.Grain.DAY);
    e.weekday = isoDay;
    return e;
  }

  /** A date {@code n} units after {@code d} (before it for negative n); null for clock units. */
  static LocalDate plus(LocalDate d, TimeUnits.TimeUnit tu, double n) {
    double c = n * tu.count();
    if (c != Math.rint(c)) {
      if (tu.grain() == TimeUnits.Grain.DAY || tu.grain() == TimeUnits.Grain.WEEK) {
        return null;
      }
    }
    long whole = (long) c;
    switch (tu.grain()) {
      case DAY:
        return d.plusDays(whole);
      case WEEK:
        return d.plusWeeks(whole);
      case MONTH:
        return d.plusMonths(whole);
      case QUARTER:
        return d.plusMonths(3 * whole);
      case YEAR:
        return d.plusYears(whole);
      default:
        return null;
    }
  }

  /** An instant {@code n} units after {@code d}; works for every unit. */
  static LocalDateTime plus(LocalDateTime d, TimeUnits.TimeUnit tu, double n) {
    double c = n * tu.count();
    switch (tu.grain()) {
      case SECOND:
        return d.plusSeconds(Math.round(c));
      case MINUTE:
        return d.plusSeconds(Math.round(c * 60));
      case HOUR:
        return d.plusSeconds(Math.round(c * 3600));
      case DAY:
        return d.plusSeconds(Math.round(c * 86400));
      case WEEK:
        return d.plusSeconds(Math.round(c * 604800));
      case MONTH:
        return c == Math.rint(c) ? d.plusMonths((long) c) : d.plusDays(Math.round(c * 30));
      case QUARTER:
        return d.plusMonths(Math.round(3 * c));
      case YEAR:
      default:
        return c == Math.rint(c) ? d.plusYears((long) c) : d.plusDays(Math.round(c * 365));
    }
  }
}
