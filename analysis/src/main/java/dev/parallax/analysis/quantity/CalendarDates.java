package dev.parallax.analysis.quantity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Dates named by the calendar: "December 29, 2024", "29/12/2024", "2024-12-29", "20161016",
 * "August 2021", "1947", "the mid-1990s", "the nineties", "15th century", "2019 Q1", "2019 H2",
 * "week 31", "the first week of 2015", "Christmas 2010", "Aban 1403".
 *
 * <p>A bare four-digit number is a year only in a year's company (see {@link #yearContext}); a
 * month word that is also an ordinary word ("may", "march") only with a day, a year or a date
 * preposition. Stateless apart from the shared {@link DateContext}.
 */
final class CalendarDates {
  private final DateContext c;
  private final Tokens t;

  CalendarDates(DateContext c) {
    this.c = c;
    this.t = c.t;
  }

  /** Words after which a four-digit number is a year. */
  private static final Set<String> YEAR_BEFORE =
      Set.of("in", "since", "by", "until", "till", "from", "during", "of", "before", "after", "circa", "year",
          "early", "late", "mid", "between", "through", "throughout", "to", "and", "or", "spring", "summer",
          "autumn", "fall", "winter", "fiscal", "fy", "ad", "bc", "for", "on", "election", "elections", "class",
          "back", "as", "into", "beginning", "end", "start", "middle", "half", "quarter", "season", "budget", "census",
          "cup", "olympics", "games", "model", "vintage", "=", "<", ">");

  /** Words after which a four-digit number is a count, not a year. */
  private static final Set<String> COUNT_BEFORE =
      Set.of("about", "some", "nearly", "almost", "over", "approximately", "roughly", "least", "most", "additional",
          "another", "extra", "more", "fewer", "less", "estimated", "total", "only", "just", "up", "exactly", "were",
          "are", "had", "has", "have", "with", "killed", "killing", "injured", "arrested", "employed", "hired",
          "deployed", "sent", "paid", "cost", "costs", "costing", "worth", "number", "than");

  /** Plural nouns without a final "s" that make a number before them a count. */
  private static final Set<String> IRREGULAR_PLURALS =
      Set.of("people", "men", "women", "children", "police", "troops", "personnel", "staff", "cattle", "feet",
          "teeth", "mice", "geese", "sheep", "fish", "deer", "youth", "militia", "crew", "dead", "wounded");

  private static final Map<String, Integer> DECADE_WORDS =
      Map.of("twenties", 20, "thirties", 30, "forties", 40, "fifties", 50, "sixties", 60, "seventies", 70,
          "eighties", 80, "nineties", 90);

  // ------------------------------------------------------------------------------------ entry

  /** The longest calendar date at token {@code i}, or null. */
  TimeExpr at(int i, IntFunction<TimeExpr> anyDate) {
    TimeExpr best = null;
    best = longer(best, numeric(i));
    best = longer(best, monthFirst(i));
    best = longer(best, dayFirst(i));
    best = longer(best, solarHijri(i));
    best = longer(best, quarterOrHalf(i, anyDate));
    best = longer(best, week(i, anyDate));
    best = longer(best, century(i));
    best = longer(best, holiday(i));
    best = longer(best, ordinalDay(i, anyDate));
    best = longer(best, season(i));
    best = longer(best, yearCode(i));
    if (best == null) {
      best = yearOrDecade(i);
    }
    return best;
  }

  /**
   * "the 18th", "on the 4th", "the 15th day of June", "the twenty-sixth day of the month", "the 21st
   * this month": a day of the month without its month, which takes the nearest such day.
   */
  private TimeExpr ordinalDay(int i, IntFunction<TimeExpr> anyDate) {
    if (!t.word(i, "the")) {
      return null;
    }
    int[] o = c.ordinalDay(i + 1);
    if (o == null) {
      return null;
    }
    int e = o[1];
    boolean dayOf = t.word(e, "day") && t.word(e + 1, "of");
    int k = dayOf ? e + 2 : t.word(e, "of") ? e + 1 : e;
    if (k > e) {
      // "of the month", "of next month", "of June"
      if (t.word(k, "the") && t.word(k + 1, "month")) {
        if (c.ref == null) {
          return c.dayOnly(i, k + 2, o[0]);
        }
        LocalDate d = DateContext.safeDate(c.ref.getYear(), c.ref.getMonthValue(), o[0]);
        return d == null ? null : DateContext.period(i, k + 2, d, d.plusDays(1), TimeExpr.Grain.DAY);
      }
      TimeExpr m = anyDate.apply(k);
      if (m != null && m.resolved() && m.startGrain == TimeExpr.Grain.MONTH && m.time == null) {
        LocalDate d = DateContext.safeDate(m.start.getYear(), m.start.getMonthValue(), o[0]);
        return d == null ? null : DateContext.period(i, m.to, d, d.plusDays(1), TimeExpr.Grain.DAY);
      }
      if (m != null && !m.resolved() && m.month > 0) {
        return c.day(i, m.to, 0, m.month, o[0]);
      }
      return null;
    }
    // "the 21st this month"
    if (t.word(e, "this") && t.word(e + 1, "month") || t.word(e, "next") && t.word(e + 1, "month")) {
      TimeExpr m = anyDate.apply(e);
      if (m != null && m.resolved()) {
        LocalDate d = DateContext.safeDate(m.start.getYear(), m.start.getMonthValue(), o[0]);
        return d == null ? null : DateContext.period(i, m.to, d, d.plusDays(1), TimeExpr.Grain.DAY);
      }
      return null;
    }
    boolean cue = t.isWord(i - 1) && Set.of("on", "by", "until", "till", "before", "after", "since", "from", "of")
        .contains(t.norm(i - 1));
    if (!cue || !(t.atClauseEnd(e) || t.word(e, "at") || t.word(e, "and") || t.word(e, "to") || t.word(e, "or")
        || t.word(e, "through") || t.word(e, "till") || t.word(e, "until"))) {
      return null;
    }
    return c.dayOnly(i, e, o[0]);
  }

  /** "summer", "this winter" (with the shift), "the fall of 2019" is left as a season: found, not resolved. */
  private TimeExpr season(int i) {
    if (!t.isWord(i)) {
      return null;
    }
    String w = t.norm(i);
    boolean season = w.equals("summer") || w.equals("winter") || w.equals("spring") || w.equals("autumn");
    if (!season && !(w.equals("fall") && (t.word(i - 1, "the") || t.word(i - 1, "in")) && !t.word(i + 1, "of")
        && t.atClauseEnd(i + 1))) {
      return null;
    }
    if (w.equals("spring") && !(Character.isUpperCase(t.get(i).text.charAt(0)) || t.word(i - 1, "in")
        || t.word(i - 1, "the") || t.word(i - 1, "this") || t.word(i - 1, "last") || t.word(i - 1, "next"))) {
      return null;
    }
    int e = i + 1;
    int[] y = c.yearInDate(t.word(e, "of") ? e + 1 : e);
    if (y != null) {
      e = y[1];
    }
    return TimeExpr.unresolved(i, e);
  }

  /** "cy18", "CY2018" (a calendar year); "fy18", "sy18", "fiscal year" (found, not resolved). */
  private TimeExpr yearCode(int i) {
    if (t.word(i, "fiscal") && t.word(i + 1, "year") && !t.isDigits(i + 2)) {
      return TimeExpr.unresolved(i, i + 2);
    }
    if (!t.isWord(i) || !t.isDigits(i + 1) || !t.touching(i + 1) || t.touching(i + 2) && t.isWord(i + 2)) {
      return null;
    }
    String w = t.norm(i);
    String d = t.get(i + 1).text;
    if (!(w.equals("cy") || w.equals("fy") || w.equals("sy")) || d.length() != 2 && d.length() != 4) {
      return null;
    }
    int y = d.length() == 2 ? 2000 + Integer.parseInt(d) : Integer.parseInt(d);
    if (w.equals("cy")) {
      return DateContext.year(i, i + 2, y);
    }
    return TimeExpr.unresolved(i, i + 2);
  }

  static TimeExpr longer(TimeExpr a, TimeExpr b) {
    if (b == null) {
      return a;
    }
    if (a == null || b.to > a.to) {
      return b;
    }
    return a;
  }

  // ------------------------------------------------------------------------------------ month names

  /**
   * "December 29, 2024", "Dec. 29", "August 2021", "June of 1992", "September 23rd", "April the
   * 9th", "May twenty nine", "November 19-20", "April 9th through 17th", "Sep-23-2020", "Oct/2".
   */
  private TimeExpr monthFirst(int i) {
    int m = c.month(i);
    if (m == 0) {
      return null;
    }
    int k = c.monthEnd(i);
    boolean dash = (t.sym(k, '-') || t.sym(k, '/')) && t.touching(k) && t.touching(k + 1);
    int kk = dash ? k + 1 : k;
    // "August 2021", "Aug, 2021", "June of 1992", "Dec/2018", "April of 87"
    int ky = t.sym(kk, ',') ? kk + 1 : t.word(kk, "of") || t.word(kk, "in") && t.isDigits(kk + 1) ? kk + 1 : kk;
    int[] y = c.yearInDate(ky);
    if (y == null && t.word(kk, "of") && t.isDigits(kk + 1) && t.get(kk + 1).text.length() == 2
        && !t.touching(kk + 2)) {
      y = new int[] {DateContext.twoDigitYear(Integer.parseInt(t.get(kk + 1).text)), kk + 2};
    }
    if (y != null) {
      // "September-2020-23"
      if (dash && t.sym(y[1], t.get(k).text.charAt(0)) && t.touching(y[1]) && t.isDigits(y[1] + 1)) {
        int[] d = c.dayOfMonth(y[1] + 1);
        if (d != null) {
          return c.day(i, d[1], y[0], m, d[0]);
        }
      }
      return c.monthOfYear(i, y[1], y[0], m);
    }
    int kd = t.word(kk, "the") ? kk + 1 : kk;
    if (t.sym(kk, ',') && c.ordinalDay(kk + 1) != null) {
      kd = kk + 1;
    }
    int[] d = c.dayOfMonth(kd);
    if (d != null && plausibleDayAfterMonth(kd, d)) {
      int e = d[1];
      // "Sep-23-2020"
      if (dash && (t.sym(e, '-') || t.sym(e, '/')) && t.touching(e) && c.yearInDate(e + 1) != null) {
        int[] yr = c.yearInDate(e + 1);
        return c.day(i, yr[1], yr[0], m, d[0]);
      }
      int ye = t.sym(e, ',') ? e + 1 : e;
      int[] yr = c.yearInDate(ye);
      if (yr == null && (t.word(ye, "of") || t.word(ye, "in")) && t.isDigits(ye + 1)) {
        yr = c.yearInDate(ye + 1);
      }
      if (yr != null && !(t.sym(yr[1], ':') && t.touching(yr[1]))) {
        return c.day(i, yr[1], yr[0], m, d[0]);
      }
      // "November 19-20", "April 9th through 17th", "April ninth through seventeenth"
      TimeExpr days = dayRangeInMonth(i, e, m, d[0]);
      if (days != null) {
        return days;
      }
      return c.day(i, e, 0, m, d[0]);
    }
    // "Jan-Feb 2017", "May to March": a month that starts a range of months
    boolean toMonth = (t.sym(k, '-') || t.word(k, "to") || t.word(k, "through") || t.word(k, "till"))
        && c.month(k + 1) != 0;
    if (!toMonth && !c.monthAlone(i)) {
      return null;
    }
    return c.monthOfYear(i, k, 0, m);
  }

  /** A number after a month reads as its day unless it is a time, an amount or a count of things. */
  private boolean plausibleDayAfterMonth(int kd, int[] d) {
    int e = d[1];
    if (!t.isDigits(kd) || t.touching(kd) && t.isWord(kd - 1)) {
      return true;
    }
    if (t.sym(e, ':') && t.isDigits(e + 1) || t.sym(e, '%') || t.sym(e, '.') && t.touching(e) && t.isDigits(e + 1)) {
      return false;
    }
    if (Units.TABLE.match(t, e) != null && !t.word(e, "in") && !t.word(e, "at") && !t.word(e, "m")) {
      return false;
    }
    return !(t.isWord(e) && TimeUnits.word(t.norm(e)) != null) && !t.word(e, "percent") && !pluralNoun(e);
  }

  /** "19-20", "9th through 17th", "ninth till the seventeenth" after a month and a first day. */
  private TimeExpr dayRangeInMonth(int i, int e, int m, int d1) {
    boolean dash = (t.sym(e, '-') || t.sym(e, '\u2013')) && (t.touching(e) == t.touching(e + 1));
    boolean word = t.word(e, "to") || t.word(e, "through") || t.word(e, "till") || t.word(e, "until")
        || t.word(e, "thru");
    if (!dash && !word) {
      return null;
    }
    int k = t.word(e + 1, "the") ? e + 2 : e + 1;
    int[] d2 = c.dayOfMonth(k);
    if (d2 == null || d2[0] <= d1 || t.isDigits(k) && !dash && c.ordinalDay(k) == null) {
      return null;
    }
    if (c.month(d2[1]) != 0 || t.sym(d2[1], ':')) {
      return null;
    }
    int e2 = d2[1];
    int ye = t.sym(e2, ',') ? e2 + 1 : e2;
    int[] yr = c.yearInDate(ye);
    if (yr == null && t.word(ye, "in")) {
      yr = c.yearInDate(ye + 1);
    }
    int year = yr == null ? 0 : yr[0];
    int end = yr == null ? e2 : yr[1];
    TimeExpr a = c.day(i, e, year, m, d1);
    TimeExpr b = c.day(e + 1, end, year, m, d2[0]);
    return DateRecognizer.join(a, b, i, end);
  }

  /** "29 December 2024", "29th of December", "the 5th of May", "19-20 November", "15 April of 87". */
  private TimeExpr dayFirst(int i) {
    int k = t.word(i, "the") ? i + 1 : i;
    int[] d = c.dayOfMonth(k);
    if (d == null || t.isDigits(k) && (Currencies.TABLE.matchEndingAt(t, k, 2) != null
        || t.touching(k) && (t.isWord(k - 1) || t.isDigits(k - 1) || t.sym(k - 1, '.')))) {
      return null;
    }
    int e = d[1];
    int[] d2 = null;
    if ((t.sym(e, '-') || t.sym(e, '\u2013') || t.word(e, "to")) && c.dayOfMonth(e + 1) != null) {
      d2 = c.dayOfMonth(e + 1);
      e = d2[1];
    }
    boolean dash = (t.sym(e, '-') || t.sym(e, '/')) && t.touching(e) && t.touching(e + 1) && d2 == null;
    int mk = t.word(e, "of") ? e + 1 : dash ? e + 1 : e;
    if (t.word(mk, "day") && t.word(mk + 1, "of")) {
      // "the 15th day of June"
      mk += 2;
    }
    int m = c.month(mk);
    if (m == 0) {
      return null;
    }
    if (k > i && t.isDigits(k) && mk == e && c.ordinalDay(k) == null) {
      return null;
    }
    // "one may ask" is no date: a day in words before an ambiguous month needs "of" or a capital
    if (!t.isDigits(k) && mk == e && DateWords.AMBIGUOUS_MONTHS.contains(t.norm(mk))
        && !Character.isUpperCase(t.get(mk).text.charAt(0))) {
      return null;
    }
    int me = c.monthEnd(mk);
    // "23/Sep/2020", "05-Aug-2016"
    if (dash && (t.sym(me, '-') || t.sym(me, '/')) && t.touching(me) && c.yearInDate(me + 1) != null) {
      int[] y = c.yearInDate(me + 1);
      return c.day(i, y[1], y[0], m, d[0]);
    }
    if (dash && !(t.isDigits(k))) {
      return null;
    }
    int ye = t.sym(me, ',') ? me + 1 : me;
    int[] y = c.yearInDate(ye);
    if (y == null && (t.word(ye, "of") || t.word(ye, "in"))) {
      y = c.yearInDate(ye + 1);
      if (y == null && t.word(ye, "of") && t.isDigits(ye + 1) && t.get(ye + 1).text.length() == 2) {
        y = new int[] {DateContext.twoDigitYear(Integer.parseInt(t.get(ye + 1).text)), ye + 2};
      }
    }
    int year = y == null ? 0 : y[0];
    int end = y == null ? me : y[1];
    if (d2 != null) {
      if (d2[0] <= d[0]) {
        return null;
      }
      TimeExpr a = c.day(i, d[1], year, m, d[0]);
      TimeExpr b = c.day(d[1] + 1, end, year, m, d2[0]);
      return DateRecognizer.join(a, b, i, end);
    }
    return c.day(i, end, year, m, d[0]);
  }

  // ------------------------------------------------------------------------------------ digits

  /**
   * "2024-12-29", "2024/12/29", "12/29/2024", "29/12/2024", "29.12.2024", "5/3/18", "2015-3",
   * "12-2015", "22/04", "4/23", "20161016", "2016 10 16", "2020/Sep/23", "2019-aug-1",
   * "2020/23/Sep", "23-2020-September".
   */
  private TimeExpr numeric(int i) {
    TimeExpr a = numericDate(i, false);
    if (a == null || a.undated) {
      return a;
    }
    // "10/1/2018-10/7/2018", "10-1-2018-10-7-2018", "10/1-11/7", "5/1-5/7, 2020", "5/1-5/7/2020"
    int k = a.to;
    if ((t.sym(k, '-') || t.sym(k, '\u2013')) && t.isDigits(k + 1)) {
      TimeExpr b = numericDate(k + 1, true);
      if (b != null && b.dated) {
        int end = b.to;
        if (a.year == 0 && b.year != 0 && a.resolved()) {
          a = c.day(a.from, a.to, b.year, a.month, a.day);
        } else if (a.year == 0 && b.year == 0) {
          int ye = t.sym(end, ',') ? end + 1 : end;
          int[] y = c.yearInDate(ye);
          if (y != null) {
            a = c.day(a.from, a.to, y[0], a.month, a.day);
            b = c.day(b.from, y[1], y[0], b.month, b.day);
            end = y[1];
          } else if (a.resolved() && b.resolved() && b.start.isBefore(a.start)) {
            // "2/29-3/1": the second end is the first such day after the first
            TimeExpr b2 = c.day(b.from, b.to, a.start.getYear(), b.month, b.day);
            if (b2 != null && b2.resolved() && b2.start.isBefore(a.start)) {
              b2 = c.day(b.from, b.to, a.start.getYear() + 1, b.month, b.day);
            }
            b = b2;
          } else if (a.resolved() && b.resolved() && b.start.getYear() > a.start.getYear()
              && a.month <= b.month) {
            TimeExpr b2 = c.day(b.from, b.to, a.start.getYear(), b.month, b.day);
            if (b2 != null && b2.resolved() && !b2.start.isBefore(a.start)) {
              b = b2;
            }
          }
        }
        if (a != null && b != null && a.day > 0 && b.day > 0) {
          TimeExpr r = DateRecognizer.join(a, b, i, end);
          if (r != null) {
            return r;
          }
        }
      }
    }
    if (a.day > 0 && a.year == 0 && a.to - i == 3 && t.sym(i + 1, '/') && !numericCue(i, a.to)) {
      return null;
    }
    return a;
  }

  /** A bare "4/23" is a date only after a date word ("on 4/23", "from 10/1") or before a time. */
  private boolean numericCue(int i, int end) {
    if (t.word(end, "of") || t.word(end, "th")) {
      return false;
    }
    // "2/29", "11/20": a second number above twelve is no everyday fraction
    if (Integer.parseInt(t.get(i + 2).text) > 12 && !t.sym(i - 1, '-') && !t.sym(i - 1, '\u2212')
        && !(t.isDigits(i - 1) && !t.touching(i))) {
      return true;
    }
    // "on 11/20, 11/22 or 11/25"
    if ((t.sym(i - 1, ',') || t.word(i - 1, "or") || t.word(i - 1, "and")) && t.isDigits(i - 2)
        && t.sym(i - 3, '/') && t.touching(i - 2)) {
      return true;
    }
    if (t.isWord(i - 1) && Set.of("on", "from", "by", "until", "till", "since", "between", "for", "before",
        "after", "next", "this", "last", "date", "dated").contains(t.norm(i - 1))) {
      return true;
    }
    // "from 10/1 to 11/7": after another date only
    if (t.wordIn(i - 1, Set.of("to", "and", "through")) && t.isDigits(i - 2) && t.sym(i - 3, '/')) {
      return true;
    }
    return t.isWord(i - 1) && DateWords.WEEKDAYS.containsKey(t.norm(i - 1)) || t.word(end, "at")
        || t.word(end, "between") || t.word(end, "before") || t.word(end, "after") || t.sym(end, '@');
  }

  private TimeExpr numericDate(int i, boolean afterDash) {
    if (!t.isDigits(i) || t.touching(i) && !afterDash && (t.isWord(i - 1) && !t.sym(i - 1, '-') || t.isDigits(i - 1)
        || t.sym(i - 1, '.') || t.sym(i - 1, '/') || t.sym(i - 1, ':') || t.sym(i - 1, ',')
        || t.sym(i - 1, '-') && t.isDigits(i - 2) && t.touching(i - 1))) {
      return null;
    }
    if (afterDash && t.touching(i) && !t.sym(i - 1, '-') && !t.sym(i - 1, '\u2013')) {
      return null;
    }
    String a = t.get(i).text;
    // "20161016"
    if (a.length() == 8 && !(t.touching(i + 1) && (t.isDigits(i + 1) || t.isWord(i + 1)))) {
      int y = Integer.parseInt(a.substring(0, 4));
      int mo = Integer.parseInt(a.substring(4, 6));
      int d = Integer.parseInt(a.substring(6));
      if (y >= 1900 && y <= 2100) {
        return c.day(i, i + 1, y, mo, d);
      }
      return null;
    }
    // "2016 10 16"
    if (a.length() == 4 && t.isDigits(i + 1) && t.isDigits(i + 2) && t.get(i + 1).text.length() == 2
        && t.get(i + 2).text.length() == 2 && !t.touching(i + 1) && !t.touching(i + 2)
        && !(t.touching(i + 3) && (t.isDigits(i + 3) || t.isWord(i + 3))) && !t.isDigits(i + 3)) {
      int y = Integer.parseInt(a);
      if (y >= 1900 && y <= 2100) {
        return c.day(i, i + 3, y, Integer.parseInt(t.get(i + 1).text), Integer.parseInt(t.get(i + 2).text));
      }
    }
    if (!t.touching(i + 1) || !t.touching(i + 2)) {
      return null;
    }
    char sep = t.get(i + 1).text.isEmpty() ? ' ' : t.get(i + 1).text.charAt(0);
    if (!(sep == '-' || sep == '/' || sep == '.')) {
      return null;
    }
    // a month name in the middle: "2020/Sep/23", "2019-aug-1", "2020/23/Sep", "23-2020-September"
    if (a.length() == 4 && c.month(i + 2) != 0 && t.sym(i + 3, sep) && t.touching(i + 3)) {
      int[] d = c.dayOfMonth(i + 4);
      if (d != null) {
        return c.day(i, d[1], Integer.parseInt(a), c.month(i + 2), d[0]);
      }
      return null;
    }
    if (a.length() == 4 && t.isDigits(i + 2) && t.sym(i + 3, sep) && t.touching(i + 3) && c.month(i + 4) != 0
        && t.touching(i + 4)) {
      return c.day(i, c.monthEnd(i + 4), Integer.parseInt(a), c.month(i + 4), Integer.parseInt(t.get(i + 2).text));
    }
    if (a.length() <= 2 && t.isDigits(i + 2) && t.get(i + 2).text.length() == 4 && t.sym(i + 3, sep)
        && t.touching(i + 3) && c.month(i + 4) != 0 && t.touching(i + 4)) {
      return c.day(i, c.monthEnd(i + 4), Integer.parseInt(t.get(i + 2).text), c.month(i + 4), Integer.parseInt(a));
    }
    if (!t.isDigits(i + 2)) {
      return null;
    }
    String b = t.get(i + 2).text;
    boolean three = t.sym(i + 3, sep) && t.touching(i + 3) && t.isDigits(i + 4) && t.touching(i + 4);
    int end = three ? i + 5 : i + 3;
    boolean rangeAfter = three && sep == '-' && t.sym(end, '-') && numericDate(end + 1, true) != null;
    if (t.touching(end) && !rangeAfter && (t.isDigits(end) || t.isWord(end) && !t.word(end, "th") || t.sym(end, sep)
        && t.isDigits(end + 1) && t.touching(end + 1) || t.sym(end, '%')
        || t.sym(end, '.') && t.isDigits(end + 1) && t.touching(end + 1))) {
      return null;
    }
    if (three) {
      String cc = t.get(i + 4).text;
      if (a.length() == 4 && b.length() <= 2 && cc.length() <= 2) {
        return c.day(i, end, Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(cc));
      }
      if (a.length() <= 2 && b.length() <= 2 && (cc.length() == 4 || cc.length() == 2)) {
        int x = Integer.parseInt(a);
        int y = Integer.parseInt(b);
        int year = cc.length() == 4 ? Integer.parseInt(cc) : DateContext.twoDigitYear(Integer.parseInt(cc));
        if (x > 12 || sep == '.') {
          return c.day(i, end, year, y, x);
        }
        return c.day(i, end, year, x, y);
      }
      return null;
    }
    if (sep == '.') {
      return null;
    }
    if (a.length() == 4 && b.length() <= 2 && sep == '-') {
      int y = Integer.parseInt(a);
      int mo = Integer.parseInt(b);
      if (y >= 1000 && mo >= 1 && mo <= 12) {
        return c.monthOfYear(i, end, y, mo);
      }
      return null;
    }
    if (a.length() <= 2 && b.length() == 4 && (sep == '-' || sep == '/')) {
      int mo = Integer.parseInt(a);
      int y = Integer.parseInt(b);
      if (mo >= 1 && mo <= 12 && y >= 1900 && y <= 2100) {
        return c.monthOfYear(i, end, y, mo);
      }
      return null;
    }
    if (sep == '/' && a.length() <= 2 && b.length() <= 2) {
      int x = Integer.parseInt(a);
      int y = Integer.parseInt(b);
      if (t.sym(i - 1, '/') || t.sym(end, '/')) {
        return null;
      }
      // "22/04" day first when the first is no month; "4/23" month first
      if (x > 12 && y <= 12) {
        return c.day(i, end, 0, y, x);
      }
      if (x <= 12 && y <= 31 && x > 0) {
        return c.day(i, end, 0, x, y);
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------------ years

  /**
   * "1947", "the 1990s", "1990's", "'90s", "the 90s", "the nineties", "year 2012", "the year 2019",
   * "fy2019"; the "mid" of "the mid-1990s" is read later, as a modifier.
   */
  private TimeExpr yearOrDecade(int i) {
    if (t.isWord(i)) {
      // "the nineties", "the eighties"
      Integer dw = DECADE_WORDS.get(t.norm(i));
      if (dw != null && (t.word(i - 1, "the") || t.word(i - 1, "in") || t.word(i - 1, "mid")
          || t.word(i - 1, "early") || t.word(i - 1, "late") || t.sym(i - 1, '-') && t.word(i - 2, "mid"))) {
        int y = 1900 + dw;
        return decade(i, i + 1, y);
      }
      // "year 2012", "the year 2019"
      if (t.word(i, "year") && t.isDigits(i + 1) && t.get(i + 1).text.length() == 4) {
        int y = Integer.parseInt(t.get(i + 1).text);
        if (y >= 1000 && y <= 2999 && !(t.touching(i + 2) && (t.isWord(i + 2) || t.isDigits(i + 2)))) {
          int from = t.word(i - 1, "the") ? i - 1 : i;
          return DateContext.year(from, i + 2, y);
        }
      }
      return null;
    }
    // "'90s"
    if ((t.sym(i, '\'') || t.sym(i, '\u2019')) && t.isDigits(i + 1) && t.touching(i + 1)
        && t.get(i + 1).text.length() == 2 && t.word(i + 2, "s") && t.touching(i + 2)) {
      int yy = Integer.parseInt(t.get(i + 1).text);
      if (yy % 10 == 0) {
        return decade(i, i + 3, DateContext.twoDigitYear(yy));
      }
    }
    if (!t.isDigits(i)) {
      return null;
    }
    String d = t.get(i).text;
    if (t.touching(i) && (t.isWord(i - 1) && !t.word(i - 1, "mid") && !t.word(i - 1, "fy") || t.isDigits(i - 1)
        || t.sym(i - 1, '.') || t.sym(i - 1, ',') || t.sym(i - 1, '$') || t.sym(i - 1, '#')
        || t.sym(i - 1, '+') || t.sym(i - 1, '/'))) {
      return null;
    }
    if (t.touching(i) && t.sym(i - 1, '-') && !t.word(i - 2, "mid") && t.touching(i - 1)
        && !(t.isDigits(i - 2) && t.get(i - 2).text.length() == 4)) {
      return null;
    }
    // decades: "1990s", "1990 s", "1990's", "90s" after "the"
    int sEnd = -1;
    if (t.word(i + 1, "s") && (t.touching(i + 1) || d.length() == 4 || t.word(i - 1, "in"))) {
      sEnd = i + 2;
    } else if ((t.sym(i + 1, '\'') || t.sym(i + 1, '\u2019')) && t.touching(i + 1) && t.word(i + 2, "s")
        && t.touching(i + 2)) {
      sEnd = i + 3;
    }
    if (sEnd > 0 && !(t.touching(sEnd) && (t.isWord(sEnd) || t.isDigits(sEnd)))) {
      if (d.length() == 4 && d.endsWith("0")) {
        int y = Integer.parseInt(d);
        if (y >= 1000 && y <= 2990) {
          if (d.endsWith("00") && y % 1000 != 0) {
            TimeExpr e = DateContext.period(i, sEnd, LocalDate.of(y, 1, 1), LocalDate.of(y + 100, 1, 1),
                TimeExpr.Grain.CENTURY);
            return e;
          }
          return decade(i, sEnd, y);
        }
      }
      if (d.length() == 2 && d.endsWith("0") && (t.word(i - 1, "the") || t.word(i - 1, "mid")
          || t.word(i - 1, "early") || t.word(i - 1, "late") || t.word(i - 1, "in")
          || t.sym(i - 1, '-') && t.word(i - 2, "mid"))) {
        return decade(i, sEnd, DateContext.twoDigitYear(Integer.parseInt(d)));
      }
    }
    if (d.length() != 4) {
      return null;
    }
    int y = Integer.parseInt(d);
    if (y < 1000 || y > 2199 || !yearContext(i, y)) {
      return null;
    }
    // "2017 april"
    if (c.month(i + 1) != 0 && !t.touching(i + 1) && !(c.dayOfMonth(c.monthEnd(i + 1)) != null)) {
      return c.monthOfYear(i, c.monthEnd(i + 1), y, c.month(i + 1));
    }
    return DateContext.year(i, i + 1, y);
  }

  private static TimeExpr decade(int from, int to, int y) {
    return DateContext.period(from, to, LocalDate.of(y, 1, 1), LocalDate.of(y + 10, 1, 1), TimeExpr.Grain.DECADE);
  }

  /** True when the four-digit number at {@code i} reads as a year in its context. */
  private boolean yearContext(int i, int y) {
    int j = i + 1;
    if (t.touching(j) && (t.isWord(j) || t.isDigits(j) || t.sym(j, '%'))
        || (t.sym(j, '.') || t.sym(j, ',')) && t.touching(j) && t.isDigits(j + 1) && t.touching(j + 1)
        || t.sym(j, '%')) {
      return false;
    }
    if (t.word(j, "percent") || t.word(j, "per") && t.word(j + 1, "cent")
        || Currencies.TABLE.match(t, j) != null && !t.word(j, "and")
        || Units.TABLE.match(t, j) != null && !t.word(j, "in") && !t.word(j, "m") && !t.word(j, "at")
        || TimeUnits.at(t, j) != null) {
      return false;
    }
    if ((t.word(j, "over") || t.word(j, "out") || t.word(j, "in") && !t.atClauseEnd(j + 1) && !t.isWord(j + 1))
        && (t.isDigits(j + 1) || t.word(j + 1, "of") && t.isDigits(j + 2))) {
      return false;
    }
    if (t.word(j, "million") || t.word(j, "billion") || t.word(j, "thousand") || t.word(j, "hundred")
        || t.word(j, "to") && t.isDigits(j + 1) && t.get(j + 1).text.length() != 4) {
      return false;
    }
    if (Currencies.TABLE.matchEndingAt(t, i, 3) != null) {
      return false;
    }
    String prev = t.isWord(i - 1) ? t.norm(i - 1) : "";
    // "more than 2,000" is a count, "greater than 2015" a year
    if (prev.equals("than")) {
      return (t.word(i - 2, "greater") || t.word(i - 2, "later") || t.word(i - 2, "earlier")) && !pluralNoun(j);
    }
    // "-" or "to" after another year: the end of a year range
    if ((t.sym(i - 1, '-') || t.sym(i - 1, '\u2013') || t.sym(i - 1, '~') || prev.equals("to") || prev.equals("and"))
        && t.isDigits(i - 2) && t.get(i - 2).text.length() == 4 && !countAfter(j)) {
      return true;
    }
    if (Hedges.before(t, i) != null && !prev.equals("around") && !prev.equals("after") && !prev.equals("before")
        && !prev.equals("in") && !t.sym(i - 1, '=')) {
      return false;
    }
    if (c.month(i - 1) != 0 || t.sym(i - 1, ',') && (t.isDigits(i - 2) || c.month(i - 2) != 0)) {
      return true;
    }
    boolean countAfter = pluralNoun(j);
    if (YEAR_BEFORE.contains(prev) && !COUNT_BEFORE.contains(prev) && !countAfter) {
      return true;
    }
    if (COUNT_BEFORE.contains(prev) || countAfter) {
      return false;
    }
    return y >= 1900 && y <= 2100;
  }

  private boolean countAfter(int j) {
    return pluralNoun(j);
  }

  /** True for a lower-case plural noun at {@code k} ("fighters", "people"): what a count is of. */
  boolean pluralNoun(int k) {
    if (!t.isWord(k)) {
      return false;
    }
    String w = t.norm(k);
    if (IRREGULAR_PLURALS.contains(w)) {
      return true;
    }
    if (!Character.isLowerCase(t.get(k).text.charAt(0)) || w.length() < 4) {
      return false;
    }
    return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("ous")
        && !w.equals("was") && !w.equals("has") && !w.equals("does") && !w.equals("always") && !w.equals("sees")
        && !w.equals("thus") && !w.equals("whereas") && !w.equals("perhaps") && !w.equals("towards");
  }

  /** "15th century", "the 21st century", "the twentieth century". */
  private TimeExpr century(int i) {
    int k = t.word(i, "the") ? i + 1 : i;
    int[] o = NumberParser.ordinal(t, k);
    if (o == null || o[0] < 1 || o[0] > 30 || !(t.word(o[1], "century") || t.word(o[1], "centuries"))) {
      return null;
    }
    int y = (o[0] - 1) * 100;
    if (y < 1) {
      return null;
    }
    return DateContext.period(i, o[1] + 1, LocalDate.of(y, 1, 1), LocalDate.of(y + 100, 1, 1),
        TimeExpr.Grain.CENTURY);
  }

  // ------------------------------------------------------------------------------------ quarters and halves

  private static final Map<String, Integer> ORDINAL_WORDS =
      Map.of("first", 1, "second", 2, "third", 3, "fourth", 4, "last", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);

  /**
   * "Q1 2019", "2019 Q1", "2019-Q1", "q1-2019", "Q3", "2019 H2", "H1 2020", "the first quarter of
   * 2013", "the second half of the year", "next year's first quarter".
   */
  private TimeExpr quarterOrHalf(int i, IntFunction<TimeExpr> anyDate) {
    // "2019 Q1", "2019-Q1", "2019-h2"
    if (t.isDigits(i) && t.get(i).text.length() == 4) {
      int k = t.sym(i + 1, '-') && t.touching(i + 1) ? i + 2 : i + 1;
      int[] q = quarterCode(k);
      if (q != null && (k == i + 2 || !t.touching(k))) {
        return quarterOfYear(i, q[2], Integer.parseInt(t.get(i).text), q[0], q[1]);
      }
      return null;
    }
    int[] q = quarterCode(i);
    if (q != null) {
      int k = q[2];
      int ks = t.sym(k, '-') && t.touching(k) || t.word(k, "of") ? k + 1 : k;
      if (t.isDigits(ks) && t.get(ks).text.length() == 4) {
        return quarterOfYear(i, ks + 1, Integer.parseInt(t.get(ks).text), q[0], q[1]);
      }
      if (c.ref == null) {
        return TimeExpr.unresolved(i, k);
      }
      return quarterOfYear(i, k, c.ref.getYear(), q[0], q[1]);
    }
    // "the first quarter of 2013", "1st quarter of the year", "second half of 2019"
    int k = t.word(i, "the") ? i + 1 : i;
    Integer n = t.isWord(k) ? ORDINAL_WORDS.get(t.norm(k)) : null;
    int nk = k + 1;
    if (n == null && t.isDigits(k) && t.word(k + 1, "st") || t.isDigits(k) && (t.word(k + 1, "nd")
        || t.word(k + 1, "rd") || t.word(k + 1, "th"))) {
      n = ORDINAL_WORDS.get(t.get(k).text + t.norm(k + 1));
      nk = k + 2;
    }
    if (n == null) {
      return null;
    }
    boolean quarter = t.word(nk, "quarter");
    boolean half = t.word(nk, "half");
    if (!quarter && !half || half && n > 2 && !t.word(k, "last")) {
      return null;
    }
    int size = quarter ? 3 : 6;
    int index = t.word(k, "last") ? (quarter ? 4 : 2) : n;
    int e = nk + 1;
    if (!t.word(e, "of")) {
      return null;
    }
    TimeExpr y = anyDate.apply(e + 1);
    if (y == null || !y.resolved() || y.startGrain != TimeExpr.Grain.YEAR) {
      if (t.word(e + 1, "the") && t.word(e + 2, "year") && c.ref != null) {
        return quarterOfYear(i, e + 3, c.ref.getYear(), size, index);
      }
      return null;
    }
    return quarterOfYear(i, y.to, y.start.getYear(), size, index);
  }

  /** "q1", "Q3", "H2" at {@code k}: {months per part, index, end} or null. */
  private int[] quarterCode(int k) {
    if (!t.isWord(k) || !t.isDigits(k + 1) || !t.touching(k + 1) || t.get(k + 1).text.length() != 1) {
      return null;
    }
    String w = t.norm(k);
    int n = Integer.parseInt(t.get(k + 1).text);
    if (t.touching(k + 2) && (t.isWord(k + 2) || t.isDigits(k + 2))) {
      return null;
    }
    if (w.equals("q") && n >= 1 && n <= 4) {
      return new int[] {3, n, k + 2};
    }
    if (w.equals("h") && n >= 1 && n <= 2 && t.get(k).text.equals("H")) {
      return new int[] {6, n, k + 2};
    }
    if (w.equals("h") && n >= 1 && n <= 2 && t.isDigits(k - 1)) {
      return new int[] {6, n, k + 2};
    }
    return null;
  }

  private static TimeExpr quarterOfYear(int from, int to, int year, int size, int index) {
    LocalDate a = LocalDate.of(year, 1, 1).plusMonths((long) size * (index - 1));
    TimeExpr e = DateContext.period(from, to, a, a.plusMonths(size), size == 3 ? TimeExpr.Grain.QUARTER
        : TimeExpr.Grain.HALF);
    return e;
  }

  // ------------------------------------------------------------------------------------ weeks

  /**
   * "week 31", "week 3 of 2027", "week 27 of last year", "the first week of 2015", "the last week
   * of July", "3rd week of Jan", "the week of April 10th", "w/c Feb 4", "the week beginning
   * February 4".
   */
  private TimeExpr week(int i, IntFunction<TimeExpr> anyDate) {
    int k = t.word(i, "the") ? i + 1 : i;
    // "week 31", "week 3 of 2027"
    if (t.word(k, "week") && t.isDigits(k + 1) && t.get(k + 1).text.length() <= 2 && !t.touching(k + 2)) {
      int n = Integer.parseInt(t.get(k + 1).text);
      if (n < 1 || n > 53) {
        return null;
      }
      int e = k + 2;
      int year;
      if (t.word(e, "of")) {
        TimeExpr y = anyDate.apply(e + 1);
        if (y != null && y.resolved() && y.startGrain == TimeExpr.Grain.YEAR) {
          year = y.start.getYear();
          e = y.to;
        } else {
          return null;
        }
      } else if (c.ref != null) {
        year = c.ref.getYear();
      } else {
        return TimeExpr.unresolved(k, e);
      }
      LocalDate mon = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, n).with(DayOfWeek.MONDAY);
      return DateContext.period(k, e, mon, mon.plusWeeks(1), TimeExpr.Grain.WEEK);
    }
    // "w/c Feb 4", "the week of April 10th", "the week beginning February 4"
    int kw = k;
    boolean of = false;
    if (t.word(kw, "w") && t.sym(kw + 1, '/') && t.word(kw + 2, "c")) {
      kw += 3;
      of = true;
    } else if (t.word(kw, "week") && (t.word(kw + 1, "of") || t.word(kw + 1, "beginning")
        || t.word(kw + 1, "commencing") || t.word(kw + 1, "starting"))) {
      kw += 2;
      if (t.word(kw, "on")) {
        kw++;
      }
      of = true;
    }
    if (of) {
      TimeExpr d = anyDate.apply(kw);
      if (d == null || !d.resolved() || d.startGrain != TimeExpr.Grain.DAY || d.time != null) {
        return null;
      }
      LocalDate mon = d.start.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return DateContext.period(i, d.to, mon, mon.plusWeeks(1), TimeExpr.Grain.WEEK);
    }
    // "the first week of 2015", "the last week of July", "3rd week of Jan", "the third month of 2021"
    Integer n = null;
    int nk = k + 1;
    if (t.isWord(k)) {
      int[] o = NumberParser.ordinal(t, k);
      if (o != null && o[0] <= 12) {
        n = o[0];
        nk = o[1];
      } else if (t.word(k, "last")) {
        n = -1;
      }
    } else if (t.isDigits(k)) {
      int[] o = NumberParser.ordinal(t, k);
      if (o != null && o[0] <= 12) {
        n = o[0];
        nk = o[1];
      }
    }
    if (n == null || !(t.word(nk, "week") || t.word(nk, "month")) || !t.word(nk + 1, "of")) {
      return null;
    }
    boolean month = t.word(nk, "month");
    TimeExpr p = anyDate.apply(nk + 2);
    if (p == null || !p.resolved() || p.end == null || p.time != null) {
      return null;
    }
    LocalDate ps = p.start.toLocalDate();
    LocalDate pe = p.end.toLocalDate();
    if (month) {
      if (p.startGrain != TimeExpr.Grain.YEAR || n < 1) {
        return null;
      }
      LocalDate a = ps.plusMonths(n - 1);
      return DateContext.period(i, p.to, a, a.plusMonths(1), TimeExpr.Grain.MONTH);
    }
    if (p.startGrain != TimeExpr.Grain.YEAR && p.startGrain != TimeExpr.Grain.MONTH) {
      return null;
    }
    LocalDate mon;
    if (n > 0) {
      // the first week holds the first Thursday for a year (ISO), the first Monday-started week touching a month
      // weeks are counted as ISO counts them: the first week holds the period's first Thursday
      mon = ps.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)).with(DayOfWeek.MONDAY).plusWeeks(n - 1L);
    } else {
      mon = pe.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY)).with(DayOfWeek.MONDAY);
    }
    return DateContext.period(i, p.to, mon, mon.plusWeeks(1), TimeExpr.Grain.WEEK);
  }

  // ------------------------------------------------------------------------------------ other calendars

  /** "Aban 1403", "15 Aban 1403", "Aban 15, 1403": a Solar Hijri date, converted to the Gregorian calendar. */
  private TimeExpr solarHijri(int i) {
    int k = i;
    int day = 0;
    if (t.isDigits(k) && t.get(k).text.length() <= 2) {
      day = Integer.parseInt(t.get(k).text);
      k++;
    }
    if (!t.isWord(k) || !Character.isUpperCase(t.get(k).text.charAt(0))) {
      return null;
    }
    Integer m = DateWords.SOLAR_HIJRI_MONTHS.get(t.norm(k));
    if (m == null) {
      return null;
    }
    int e = k + 1;
    if (day == 0 && t.isDigits(e) && t.get(e).text.length() <= 2) {
      day = Integer.parseInt(t.get(e).text);
      e++;
      if (t.sym(e, ',')) {
        e++;
      }
    }
    if (!t.isDigits(e) || t.get(e).text.length() != 4) {
      return null;
    }
    int year = Integer.parseInt(t.get(e).text);
    if (year < 1300 || year > 1500) {
      return null;
    }
    e++;
    if (day > SolarHijri.monthLength(year, m)) {
      return null;
    }
    if (day > 0) {
      LocalDate d = SolarHijri.toGregorian(year, m, day);
      return DateContext.period(i, e, d, d.plusDays(1), TimeExpr.Grain.DAY);
    }
    LocalDate first = SolarHijri.toGregorian(year, m, 1);
    LocalDate next = first.plusDays(SolarHijri.monthLength(year, m));
    return DateContext.period(i, e, first, next, TimeExpr.Grain.DAY);
  }

  /** "Christmas", "Black Friday 2010", "Easter 2018", "New Year's Eve", "Nowruz": named days. */
  private TimeExpr holiday(int i) {
    if (!t.isWord(i)) {
      return null;
    }
    StringBuilder key = new StringBuilder();
    TimeExpr best = null;
    for (int k = i; k < i + Holidays.MAX_TOKENS && t.exists(k); k++) {
      if (k > i) {
        key.append(t.touching(k) && (t.get(k).isSymbol() || t.get(k - 1).isSymbol()) && !t.sym(k, '.') ? "" : " ");
      }
      key.append(t.norm(k));
      IntFunction<LocalDate> f = Holidays.DAYS.get(key.toString());
      if (f == null) {
        continue;
      }
      if (!Character.isUpperCase(t.get(i).text.charAt(0)) && !properAfterShift(i)) {
        continue;
      }
      int e = k + 1;
      int year = 0;
      int ye = t.sym(e, ',') ? e + 1 : e;
      int[] y = c.yearInDate(ye);
      if (y != null) {
        year = y[0];
        e = y[1];
      }
      if (year == 0 && c.ref == null) {
        TimeExpr u = TimeExpr.unresolved(i, e);
        u.holiday = f;
        best = u;
        continue;
      }
      LocalDate d;
      if (year != 0) {
        d = f.apply(year);
      } else {
        d = f.apply(c.ref.getYear());
        LocalDate other = d.isAfter(c.today) ? f.apply(c.ref.getYear() - 1) : f.apply(c.ref.getYear() + 1);
        if (Math.abs(other.toEpochDay() - c.today.toEpochDay()) < Math.abs(d.toEpochDay() - c.today.toEpochDay())) {
          d = other;
        }
      }
      best = DateContext.period(i, e, d, d.plusDays(1), TimeExpr.Grain.DAY);
      best.holiday = f;
      best.year = year;
    }
    return best;
  }

  /** Lower-case holiday names are read after a date word ("last easter", "on christmas eve"). */
  private boolean properAfterShift(int i) {
    return t.isWord(i - 1) && (DateWords.SHIFTS.containsKey(t.norm(i - 1)) || t.word(i - 1, "on")
        || t.word(i - 1, "the") && t.norm(i).length() > 3
        || t.word(i - 1, "before") || t.word(i - 1, "after") || t.word(i - 1, "of") || t.word(i - 1, "until"));
  }
}
