package dev.parallax.analysis.quantity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Dates named relative to the reference date: "today", "the day before yesterday", "last week",
 * "this year", "next Monday", "the past three years", "three days ago", "in 2 weeks", "within 9
 * months", "two weeks after Christmas", "year to date", "right now".
 *
 * <p>Periods are calendar-aligned ("last week" is Monday to Sunday of the week before), except
 * "past" and counted stretches ("the past year", "the last 3 months"), which end at the
 * reference. Everything here stays unresolved without a reference.
 */
final class RelativeDates {
  private final DateContext c;
  private final Tokens t;

  RelativeDates(DateContext c) {
    this.c = c;
    this.t = c.t;
  }

  private static final Set<String> ROLLING = Set.of("past", "previous", "last", "preceding", "prior");
  private static final Set<String> AHEAD = Set.of("next", "coming", "following", "upcoming");

  private IntFunction<TimeExpr> anyDate;

  private TimeExpr anyDateAt(int k) {
    return anyDate == null ? null : anyDate.apply(k);
  }

  /** The longest relative date at token {@code i}, or null. */
  TimeExpr at(int i, IntFunction<TimeExpr> anyDate) {
    this.anyDate = anyDate;
    TimeExpr best = null;
    best = CalendarDates.longer(best, weekAfterNext(i));
    best = CalendarDates.longer(best, namedDay(i));
    best = CalendarDates.longer(best, shifted(i));
    best = CalendarDates.longer(best, counted(i));
    best = CalendarDates.longer(best, offset(i, anyDate));
    best = CalendarDates.longer(best, toDate(i));
    return best;
  }

  // ------------------------------------------------------------------------------------ named days

  /**
   * "today", "tomorrow", "yesterday", "tonight", "now", "right now", "the day after tomorrow", "the
   * day before", "the next day", "at present", "at the moment", "otd", "end of day".
   */
  private TimeExpr namedDay(int i) {
    int k = t.word(i, "the") ? i + 1 : i;
    if (t.word(k, "day") && (t.word(k + 1, "after") && t.word(k + 2, "tomorrow")
        || t.word(k + 1, "before") && t.word(k + 2, "yesterday"))) {
      return c.dayOffset(i, k + 3, t.word(k + 1, "after") ? 2 : -2);
    }
    if (k > i && t.word(k, "day") && (t.word(k + 1, "before") || t.word(k + 1, "after")) && t.atClauseEnd(k + 2)) {
      return c.dayOffset(i, k + 2, t.word(k + 1, "after") ? 1 : -1);
    }
    if (k > i && (t.word(k, "next") || t.word(k, "following") || t.word(k, "previous")) && t.word(k + 1, "day")) {
      return c.dayOffset(i, k + 2, t.word(k, "previous") ? -1 : 1);
    }
    // "at present", "at the moment", "at this time", "at the present time", "at the minute"
    if (t.word(i, "at")) {
      int e = -1;
      if (t.word(i + 1, "present")) {
        e = i + 2;
      } else if (t.word(i + 1, "the") && (t.word(i + 2, "moment") || t.word(i + 2, "minute"))) {
        e = i + 3;
      } else if (t.word(i + 1, "this") && t.word(i + 2, "time") || t.word(i + 1, "the") && t.word(i + 2, "present")
          && t.word(i + 3, "time")) {
        e = t.word(i + 1, "this") ? i + 3 : i + 4;
      }
      if (e > 0) {
        return now(i, e);
      }
      return null;
    }
    if (k != i || !t.isWord(i)) {
      return null;
    }
    switch (t.norm(i)) {
      case "today":
      case "otd":
        return halfDay(c.dayOffset(i, i + 1, 0));
      case "tomorrow":
      case "tmrw":
      case "tmr":
        return halfDay(c.dayOffset(i, i + 1, 1));
      case "yesterday":
        return halfDay(c.dayOffset(i, i + 1, -1));
      case "tonight":
      case "tonite": {
        TimeExpr e = c.dayOffset(i, i + 1, 0);
        e.part = ClockTimes.PARTS.get("night");
        return e;
      }
      case "now":
        if (t.word(i + 1, "that") || t.word(i - 1, "for") || t.word(i - 1, "until") || t.word(i - 1, "till")
            || t.word(i - 1, "by") || t.word(i - 1, "from") && !t.word(i + 1, "on") && !t.word(i + 1, "until")
            && !t.word(i + 1, "till") && !t.word(i + 1, "to")) {
          return null;
        }
        // "now" as an adverb ("the group now has") is no time; "right now", "go back now." and "between now
        // and May" are
        if (!t.word(i - 1, "right") && !t.atClauseEnd(i + 1) && !t.word(i - 1, "between") && !t.word(i + 1, "and")
            && !t.word(i - 1, "from") && !t.word(i - 1, "and")) {
          return null;
        }
        return now(t.word(i - 1, "right") ? i - 1 : i, i + 1);
      default:
        return null;
    }
  }

  /** "today pm", "tomorrow am": the day's afternoon or morning. */
  private TimeExpr halfDay(TimeExpr e) {
    if (t.word(e.to, "am") || t.word(e.to, "pm")) {
      e.part = ClockTimes.PARTS.get(t.word(e.to, "am") ? "morning" : "afternoon");
      e.to++;
    }
    return e;
  }

  private TimeExpr now(int from, int to) {
    TimeExpr e = c.dayOffset(from, to, 0);
    e.time = c.ref == null ? LocalTime.MIDNIGHT : c.ref.toLocalTime();
    e.ampm = true;
    e.now = true;
    return e;
  }

  // ------------------------------------------------------------------------------------ shifted periods

  /**
   * "last week", "this year", "next month", "the coming weekend", "last Wednesday", "next Monday",
   * "this September", "last quarter", "the past year", "this calendar year", "last Easter".
   */
  private TimeExpr shifted(int i) {
    int k = t.word(i, "the") ? i + 1 : i;
    if (!t.isWord(k) || !DateWords.SHIFTS.containsKey(t.norm(k))) {
      return null;
    }
    String shiftWord = t.norm(k);
    int shift = DateWords.SHIFTS.get(shiftWord);
    if (k > i && (shiftWord.equals("this") || shiftWord.equals("that") || shiftWord.equals("present"))) {
      return null;
    }
    int u = k + 1;
    if (t.word(u, "calendar") || t.word(u, "working") || t.word(u, "business")) {
      u++;
    }
    String unit = t.norm(u);
    if (!t.isWord(u) && !t.isDigits(u)) {
      return null;
    }
    if (shiftWord.equals("that") && !(unit.equals("week") || unit.equals("weekend") || unit.equals("day")
        || unit.equals("month") || unit.equals("year") || unit.equals("quarter"))) {
      return null;
    }
    // "last Wednesday", "next Monday", "this Friday"
    Integer wd = DateWords.WEEKDAYS.get(unit);
    if (wd != null && (!DateWords.AMBIGUOUS_WEEKDAYS.contains(unit) || Character.isUpperCase(t.get(u).text.charAt(0))
        || t.touching(u + 1) && t.sym(u + 1, '.'))) {
      int s = shiftWord.equals("coming") || shiftWord.equals("upcoming") ? Integer.MIN_VALUE : shift;
      int e = u + 1;
      if (unit.length() <= 4 && t.sym(e, '.') && t.touching(e)) {
        e++;
      }
      return c.weekday(i, e, wd, s, true);
    }
    // "this September", "last May", "next August"; not "this may take"
    int m = c.month(u);
    if (m != 0 && DateWords.AMBIGUOUS_MONTHS.contains(unit) && !Character.isUpperCase(t.get(u).text.charAt(0))
        && t.isWord(c.monthEnd(u))) {
      m = 0;
    }
    if (m != 0) {
      int e = c.monthEnd(u);
      if (c.ref == null) {
        TimeExpr x = TimeExpr.unresolved(i, e);
        x.month = m;
        return x;
      }
      int y = c.ref.getYear();
      if (shift < 0) {
        y = m < c.ref.getMonthValue() ? y : y - 1;
      } else if (shift > 0) {
        y = m > c.ref.getMonthValue() ? y : y + 1;
      }
      return c.monthOfYear(i, e, y, m);
    }
    // "this morning", "last night", "next evening"
    DateWords.PartOfDay part = ClockTimes.PARTS.get(unit);
    if (part != null && !unit.endsWith("s") && !unit.equals("lunch") && !unit.equals("dinner")
        && !unit.equals("breakfast")) {
      int days = shiftWord.equals("this") || shiftWord.equals("that") || shiftWord.equals("same") ? 0
          : shift < 0 ? -1 : shift > 0 ? 1 : 0;
      TimeExpr x = c.dayOffset(i, u + 1, days);
      x.part = part;
      return x;
    }
    // "next 5/12", "this 5/12", "next 6th of April": the date in the year the word names
    if (!t.isWord(u) || c.ordinalDay(u) != null) {
      TimeExpr d = anyDateAt(u);
      if (d != null && d.month > 0 && d.day > 0 && d.year == 0 && d.time == null) {
        int y = c.ref == null ? 0 : c.ref.getYear() + shift;
        return c.ref == null ? TimeExpr.unresolved(i, d.to) : c.day(i, d.to, y, d.month, d.day);
      }
    }
    // "last Easter", "next new year day"
    TimeExpr h = holidayAfterShift(i, u, shift);
    if (h != null) {
      return h;
    }
    // seasons, school and fiscal years: found but not resolved
    if (unit.equals("summer") || unit.equals("winter") || unit.equals("spring") || unit.equals("autumn")
        || unit.equals("fall") && !t.isWord(u + 1) || unit.equals("season")) {
      TimeExpr x = TimeExpr.unresolved(i, u + 1);
      return x;
    }
    if ((unit.equals("fiscal") || unit.equals("school") || unit.equals("financial") || unit.equals("academic"))
        && t.word(u + 1, "year")) {
      return TimeExpr.unresolved(i, u + 2);
    }
    if (unit.equals("workweek")) {
      unit = "week";
    }
    TimeUnits.TimeUnit tu = TimeUnits.word(unit);
    boolean weekend = unit.equals("weekend");
    if (tu == null && !unit.equals("quarter")) {
      return null;
    }
    if (!weekend && unit.endsWith("s") || t.get(u).text.length() <= 2) {
      return null;
    }
    int e = u + 1;
    if (c.ref == null) {
      return TimeExpr.unresolved(i, e);
    }
    LocalDate today = c.today;
    boolean rolling = shiftWord.equals("past");
    boolean working = t.word(k + 1, "working") || t.word(k + 1, "business");
    if (unit.equals("quarter")) {
      LocalDate q = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).plusMonths(3L * shift);
      return DateContext.period(i, e, q, q.plusMonths(3), TimeExpr.Grain.QUARTER);
    }
    switch (tu.grain()) {
      case DAY: {
        if (weekend) {
          LocalDate sat = today.with(DayOfWeek.MONDAY).plusDays(5).plusWeeks(shift);
          return DateContext.period(i, e, sat, sat.plusDays(2), TimeExpr.Grain.DAY);
        }
        if (unit.equals("night") || unit.equals("nights")) {
          TimeExpr x = c.dayOffset(i, e, shift);
          x.part = ClockTimes.PARTS.get("night");
          return x;
        }
        return c.dayOffset(i, e, shift);
      }
      case HOUR:
      case MINUTE: {
        if (shift == 0) {
          return null;
        }
        LocalDateTime a = shift > 0 ? c.ref : DateContext.plus(c.ref, tu, -1);
        LocalDateTime b = shift > 0 ? DateContext.plus(c.ref, tu, 1) : c.ref;
        return clockRange(i, e, a, b);
      }
      case WEEK: {
        if (tu.count() == 2) {
          // "the past fortnight", "the next fortnight"
          if (shift < 0) {
            LocalDate end = today.with(DayOfWeek.MONDAY);
            return DateContext.period(i, e, end.minusWeeks(2), end, TimeExpr.Grain.DAY);
          }
          LocalDate start = today.with(DayOfWeek.MONDAY).plusWeeks(shift == 0 ? 0 : 1);
          return DateContext.period(i, e, start, start.plusWeeks(2), TimeExpr.Grain.DAY);
        }
        if (rolling && k > i) {
          return DateContext.period(i, e, today.minusWeeks(1), today, TimeExpr.Grain.DAY);
        }
        LocalDate mon = today.with(DayOfWeek.MONDAY).plusWeeks(shift);
        if (working) {
          return DateContext.period(i, e, mon, mon.plusDays(5), TimeExpr.Grain.DAY);
        }
        return DateContext.period(i, e, mon, mon.plusWeeks(1), TimeExpr.Grain.WEEK);
      }
      case MONTH: {
        if (rolling && k > i) {
          return DateContext.period(i, e, today.minusMonths(1), today, TimeExpr.Grain.DAY);
        }
        LocalDate first = today.withDayOfMonth(1).plusMonths(shift);
        return DateContext.period(i, e, first, first.plusMonths(1), TimeExpr.Grain.MONTH);
      }
      case YEAR: {
        if (tu.count() == 1) {
          if (rolling && k > i) {
            return DateContext.period(i, e, today.minusYears(1), today, TimeExpr.Grain.DAY);
          }
          return DateContext.year(i, e, c.ref.getYear() + shift);
        }
        if (tu.count() == 10) {
          if (rolling && k > i) {
            return DateContext.period(i, e, today.minusYears(10), today, TimeExpr.Grain.DAY);
          }
          int y = c.ref.getYear() - Math.floorMod(c.ref.getYear(), 10) + 10 * shift;
          return DateContext.period(i, e, LocalDate.of(y, 1, 1), LocalDate.of(y + 10, 1, 1), TimeExpr.Grain.DECADE);
        }
        int y = c.ref.getYear() - Math.floorMod(c.ref.getYear(), 100) + 100 * shift;
        return DateContext.period(i, e, LocalDate.of(y, 1, 1), LocalDate.of(y + 100, 1, 1), TimeExpr.Grain.CENTURY);
      }
      default:
        return null;
    }
  }

  /** "the week after next", "the month after next", "the year after next". */
  private TimeExpr weekAfterNext(int i) {
    int k = t.word(i, "the") ? i + 1 : i;
    if (!(t.word(k + 1, "after") && t.word(k + 2, "next")) || !t.isWord(k)) {
      return null;
    }
    String u = t.norm(k);
    if (!u.equals("week") && !u.equals("month") && !u.equals("year")) {
      return null;
    }
    int e = k + 3;
    if (c.ref == null) {
      return TimeExpr.unresolved(i, e);
    }
    switch (u) {
      case "week": {
        LocalDate mon = c.today.with(DayOfWeek.MONDAY).plusWeeks(2);
        return DateContext.period(i, e, mon, mon.plusWeeks(1), TimeExpr.Grain.WEEK);
      }
      case "month": {
        LocalDate first = c.today.withDayOfMonth(1).plusMonths(2);
        return DateContext.period(i, e, first, first.plusMonths(1), TimeExpr.Grain.MONTH);
      }
      default:
        return DateContext.year(i, e, c.ref.getYear() + 2);
    }
  }

  private static TimeExpr clockRange(int from, int to, LocalDateTime a, LocalDateTime b) {
    TimeExpr x = TimeExpr.period(from, to, a.toLocalDate().atStartOfDay(), a.toLocalDate().plusDays(1).atStartOfDay(),
        TimeExpr.Grain.DAY);
    x.time = a.toLocalTime();
    x.timeEnd = b.toLocalTime();
    x.ampm = true;
    return x;
  }

  private TimeExpr holidayAfterShift(int i, int u, int shift) {
    StringBuilder key = new StringBuilder();
    for (int k = u; k < u + Holidays.MAX_TOKENS && t.exists(k); k++) {
      if (k > u) {
        key.append(t.touching(k) && (t.get(k).isSymbol() || t.get(k - 1).isSymbol()) ? "" : " ");
      }
      key.append(t.norm(k));
      java.util.function.IntFunction<LocalDate> f = Holidays.DAYS.get(key.toString());
      if (f == null) {
        continue;
      }
      if (c.ref == null) {
        return TimeExpr.unresolved(i, k + 1);
      }
      LocalDate d;
      int y = c.ref.getYear();
      if (shift < 0) {
        d = f.apply(y);
        if (!d.isBefore(c.today)) {
          d = f.apply(y - 1);
        }
      } else if (shift > 0) {
        d = f.apply(y);
        if (!d.isAfter(c.today)) {
          d = f.apply(y + 1);
        }
      } else {
        d = f.apply(y);
      }
      TimeExpr e = DateContext.period(i, k + 1, d, d.plusDays(1), TimeExpr.Grain.DAY);
      e.holiday = f;
      return e;
    }
    return null;
  }

  // ------------------------------------------------------------------------------------ counted stretches

  /**
   * "the past three years", "the last 10 days", "next 3 days", "the next two decades", "the 5
   * upcoming years", "next couple weeks", "the last 2 quarters", "previous 4 business days".
   */
  private TimeExpr counted(int i) {
    int k = t.word(i, "the") ? i + 1 : i;
    String shiftWord;
    NumberPhrase np;
    int u;
    if (t.isWord(k) && (ROLLING.contains(t.norm(k)) || AHEAD.contains(t.norm(k)))) {
      shiftWord = t.norm(k);
      // "last two hours" after a verb is a duration ("shouldn't last two hours")
      if (k == i && shiftWord.equals("last") && !(t.isWord(i - 1) && Set.of("in", "for", "over", "during", "within",
          "of", "from", "since", "throughout", "the", "these", "those", "past").contains(t.norm(i - 1))
          || !t.exists(i - 1) || t.atClauseEnd(i - 1))) {
        return null;
      }
      int nk = k + 1;
      if (t.word(nk, "couple")) {
        np = new NumberPhrase(nk, nk + 1, 2, true, false, 0, 1, false);
        u = t.word(nk + 1, "of") ? nk + 2 : nk + 1;
      } else {
        np = NumberParser.parse(t, nk, false);
        if (np == null) {
          return null;
        }
        u = np.to();
      }
    } else {
      // "the 5 upcoming years", "2 next days", "10 previous weeks"
      np = NumberParser.parse(t, k, false);
      if (np == null || !t.isWord(np.to()) || !(ROLLING.contains(t.norm(np.to())) || AHEAD.contains(t.norm(np.to())))
          || t.word(np.to(), "last") && !t.isWord(np.to() + 1)) {
        return null;
      }
      shiftWord = t.norm(np.to());
      u = np.to() + 1;
    }
    if (!np.integral() || np.value() <= 0 || np.value() > 1000) {
      return null;
    }
    boolean business = false;
    if (t.word(u, "business") || t.word(u, "working")) {
      business = true;
      u++;
    }
    if (!t.isWord(u)) {
      return null;
    }
    String unit = t.norm(u);
    TimeUnits.TimeUnit tu = TimeUnits.word(unit);
    boolean quarter = unit.equals("quarters") || unit.equals("quarter");
    if (tu == null && !quarter) {
      return null;
    }
    int n = (int) np.value();
    int e = u + 1;
    if (c.ref == null) {
      return TimeExpr.unresolved(i, e);
    }
    boolean back = ROLLING.contains(shiftWord);
    LocalDate today = c.today;
    if (quarter) {
      LocalDate q = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
      return back ? DateContext.period(i, e, q.minusMonths(3L * n), q, TimeExpr.Grain.MONTH)
          : DateContext.period(i, e, q.plusMonths(3), q.plusMonths(3 + 3L * n), TimeExpr.Grain.MONTH);
    }
    if (business && tu.grain() == TimeUnits.Grain.DAY) {
      LocalDate d = today;
      LocalDate first = null;
      int counted = 0;
      while (counted < n) {
        d = back ? d.minusDays(1) : d.plusDays(1);
        if (d.getDayOfWeek().getValue() <= 5) {
          counted++;
          if (first == null) {
            first = d;
          }
        }
      }
      return back ? DateContext.period(i, e, d, today, TimeExpr.Grain.DAY)
          : DateContext.period(i, e, first, d.plusDays(1), TimeExpr.Grain.DAY);
    }
    if (tu.grain() == TimeUnits.Grain.HOUR || tu.grain() == TimeUnits.Grain.MINUTE
        || tu.grain() == TimeUnits.Grain.SECOND) {
      LocalDateTime a = back ? DateContext.plus(c.ref, tu, -n) : c.ref;
      LocalDateTime b = back ? c.ref : DateContext.plus(c.ref, tu, n);
      return clockRange(i, e, a, b);
    }
    if (tu.grain() == TimeUnits.Grain.YEAR && tu.count() == 10 && !back) {
      int y = c.ref.getYear() - Math.floorMod(c.ref.getYear(), 10) + 10;
      return DateContext.period(i, e, LocalDate.of(y, 1, 1), LocalDate.of(y + 10 * n, 1, 1), TimeExpr.Grain.YEAR);
    }
    if (back) {
      LocalDate a = DateContext.plus(today, tu, -n);
      return a == null ? null : DateContext.period(i, e, a, today, TimeExpr.Grain.DAY);
    }
    LocalDate a = today.plusDays(1);
    LocalDate b = DateContext.plus(a, tu, n);
    return b == null ? null : DateContext.period(i, e, a, b, TimeExpr.Grain.DAY);
  }

  // ------------------------------------------------------------------------------------ offsets

  /**
   * "three days ago", "two years later", "in 2 weeks", "within 9 months", "in half an hour", "a
   * fortnight later", "3 days from today", "two weeks after Christmas", "2 weeks before May 13
   * 1999", "more than 2 weeks before today".
   */
  private TimeExpr offset(int i, IntFunction<TimeExpr> anyDate) {
    if ((t.word(i, "more") || t.word(i, "less")) && t.word(i + 1, "than")) {
      TimeExpr x = offset(i + 2, anyDate);
      if (x == null || !x.resolved() || x.time != null || !x.anchored) {
        return x == null ? null : x.span(i, x.to);
      }
      boolean more = t.word(i, "more");
      x.from = i;
      if (x.after) {
        if (more) {
          x.bound = dev.parallax.model.Qualifier.AT_LEAST;
          x.end = null;
        } else {
          x.end = x.start;
          x.start = x.anchor;
          x.endGrain = TimeExpr.Grain.DAY;
        }
      } else if (more) {
        x.bound = dev.parallax.model.Qualifier.LESS_THAN;
      } else {
        x.start = x.start.plusDays(1);
        x.end = x.anchor.plusDays(1);
      }
      return x;
    }
    boolean in = t.word(i, "in");
    boolean within = t.word(i, "within");
    int k = in || within ? i + 1 : i;
    if (within && (t.word(k, "the") && t.word(k + 1, "next") || t.word(k, "next"))) {
      k = t.word(k, "the") ? k + 2 : k + 1;
    }
    double n;
    int u;
    if (t.word(k, "half") && (t.word(k + 1, "an") || t.word(k + 1, "a")) && t.isWord(k + 2)
        && TimeUnits.word(t.norm(k + 2)) != null) {
      n = 0.5;
      u = k + 2;
    } else if ((t.word(k, "a") || t.word(k, "an")) && t.isWord(k + 1) && TimeUnits.word(t.norm(k + 1)) != null) {
      n = 1;
      u = k + 1;
    } else {
      NumberPhrase np = NumberParser.parse(t, k, false);
      if (np == null || np.value() <= 0 || np.value() > 10000 || np.scale() > 1) {
        return null;
      }
      n = np.value();
      u = np.to();
    }
    if (!t.isWord(u)) {
      return null;
    }
    TimeUnits.TimeUnit tu = TimeUnits.word(t.norm(u));
    if (tu == null && !(t.word(u, "h") || t.word(u, "min") || t.word(u, "mins"))) {
      return null;
    }
    if (tu == null) {
      tu = TimeUnits.at(t, u);
      if (tu == null) {
        return null;
      }
    }
    if (t.word(u, "weekend") || t.word(u, "weekends") || t.word(u, "night") || t.word(u, "nights")) {
      return null;
    }
    int e = u + 1;
    // "2 years 1 month 21 days later": further units
    java.util.List<TimeUnits.TimeUnit> extraUnits = new java.util.ArrayList<>();
    java.util.List<Double> extraCounts = new java.util.ArrayList<>();
    while (!in && !within) {
      int m = t.word(e, "and") || t.sym(e, ',') ? e + 1 : e;
      NumberPhrase more = NumberParser.parse(t, m, false);
      if (more == null || !t.isWord(more.to()) || TimeUnits.word(t.norm(more.to())) == null) {
        break;
      }
      extraUnits.add(TimeUnits.word(t.norm(more.to())));
      extraCounts.add(more.value());
      e = more.to() + 1;
    }
    if (in || within) {
      if (t.word(e, "of") || t.word(e, "'s") && !t.word(e + 1, "time") || t.word(e, "ago") || t.word(e, "later")
          || t.word(e, "old") || t.word(e, "since") || t.sym(e, '-')) {
        return null;
      }
      if (t.word(e, "'s") && t.word(e + 1, "time")) {
        e += 2;
      } else if (t.word(e, "time")) {
        e++;
      }
      // "much has changed in a year" is a stretch of time, not a date a year ahead
      if (in && pastClause(i)) {
        return null;
      }
      if (c.ref == null) {
        return TimeExpr.unresolved(i, e);
      }
      if (within) {
        if (isClock(tu)) {
          return clockRange(i, e, c.ref, DateContext.plus(c.ref, tu, n));
        }
        LocalDate b = DateContext.plus(c.today, tu, n);
        return b == null ? null : DateContext.period(i, e, c.today, b, TimeExpr.Grain.DAY);
      }
      return instant(i, e, DateContext.plus(c.ref, tu, n), tu);
    }
    int sign;
    LocalDateTime base = c.ref;
    TimeExpr anchor = null;
    // in a story told in the past, "three years later" and "a week earlier" count from the story's last date,
    // not from the reference: they are left to the amount reader as durations
    boolean story = pastClause(i);
    if (t.word(e, "ago") || !story && t.word(e, "earlier") && !t.word(e + 1, "than")) {
      sign = -1;
      e++;
    } else if (t.word(e, "from") && t.word(e + 1, "now") || t.word(e, "hence") || !story && t.word(e, "later")
        && !t.word(e + 1, "than") && !t.word(e + 1, "this") && !t.word(e + 1, "in") && !t.word(e + 1, "that")) {
      sign = 1;
      e += t.word(e, "from") ? 2 : 1;
    } else if ((t.word(e, "before") || t.word(e, "after") || t.word(e, "from") || t.word(e, "since"))
        && !t.word(k, "a") && !t.word(k, "an")) {
      anchor = anyDate.apply(e + 1);
      if (anchor == null || anchor.weak) {
        return null;
      }
      sign = t.word(e, "before") ? -1 : 1;
      e = anchor.to;
      if (!anchor.resolved()) {
        return TimeExpr.unresolved(i, e);
      }
      base = anchor.start;
      if (anchor.time != null) {
        base = anchor.start.toLocalDate().atTime(anchor.time);
      }
    } else {
      return null;
    }
    if (base == null) {
      return TimeExpr.unresolved(i, e);
    }
    LocalDateTime at = DateContext.plus(base, tu, sign * n);
    for (int x = 0; x < extraUnits.size(); x++) {
      at = DateContext.plus(at, extraUnits.get(x), sign * extraCounts.get(x));
    }
    if (anchor != null && anchor.time == null && !isClock(tu)) {
      TimeExpr x = DateContext.period(i, e, at.toLocalDate(), at.toLocalDate().plusDays(1), TimeExpr.Grain.DAY);
      x.anchored = true;
      x.after = sign > 0;
      x.anchor = base;
      return x;
    }
    return instant(i, e, at, tu);
  }

  /** True when the clause before token {@code i} is in the past or present perfect ("has changed", "rose"). */
  private boolean pastClause(int i) {
    for (int k = i - 1; k >= Math.max(0, i - 10); k--) {
      if (t.sym(k, '.') || t.sym(k, ';') || t.sym(k, '?') || t.sym(k, '!') || t.sym(k, ',')) {
        break;
      }
      String w = t.norm(k);
      if (w.equals("had") || w.equals("was") || w.equals("were") || w.equals("did")) {
        return true;
      }
      // "has changed", "have grown"; and a past tense that is no passive ("rose", "changed", not "is scheduled")
      boolean participle = w.length() > 4 && w.endsWith("ed") && t.isWord(k);
      if (participle && (t.word(k - 1, "has") || t.word(k - 1, "have"))) {
        return true;
      }
      if (participle && !t.wordIn(k - 1, Set.of("is", "are", "be", "been", "being", "will", "to", "'s", "not"))
          && !t.norm(k - 1).endsWith("'ll")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClock(TimeUnits.TimeUnit tu) {
    return tu.grain() == TimeUnits.Grain.HOUR || tu.grain() == TimeUnits.Grain.MINUTE
        || tu.grain() == TimeUnits.Grain.SECOND;
  }

  private static TimeExpr instant(int from, int to, LocalDateTime at, TimeUnits.TimeUnit tu) {
    TimeExpr x = DateContext.period(from, to, at.toLocalDate(), at.toLocalDate().plusDays(1), TimeExpr.Grain.DAY);
    if (isClock(tu)) {
      x.time = at.toLocalTime();
      x.ampm = true;
    }
    return x;
  }

  // ------------------------------------------------------------------------------------ up to now

  /** "year to date", "to date", "till date", "till current date": from a start up to the reference. */
  private TimeExpr toDate(int i) {
    if ((t.word(i, "year") || t.word(i, "month")) && t.word(i + 1, "to") && t.word(i + 2, "date")) {
      if (c.ref == null) {
        return TimeExpr.unresolved(i, i + 3);
      }
      LocalDate a = t.word(i, "year") ? c.today.withDayOfYear(1) : c.today.withDayOfMonth(1);
      return DateContext.period(i, i + 3, a, c.today, TimeExpr.Grain.DAY);
    }
    if ((t.word(i, "to") || t.word(i, "till") || t.word(i, "until")) && (t.word(i + 1, "date")
        || t.word(i + 1, "current") && t.word(i + 2, "date")) && !t.isWord(t.word(i + 1, "date") ? i + 2 : i + 3)) {
      int e = t.word(i + 1, "date") ? i + 2 : i + 3;
      if (c.ref == null) {
        TimeExpr x = TimeExpr.unresolved(i, e);
        x.bound = dev.parallax.model.Qualifier.AT_MOST;
        return x;
      }
      TimeExpr x = DateContext.period(i, e, c.today, c.today.plusDays(1), TimeExpr.Grain.DAY);
      x.bound = dev.parallax.model.Qualifier.AT_MOST;
      x.toDate = true;
      return x;
    }
    return null;
  }
}
