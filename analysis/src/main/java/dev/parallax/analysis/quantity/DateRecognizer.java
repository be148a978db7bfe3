package dev.parallax.analysis.quantity;

import dev.parallax.model.Qualifier;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds dates, times and periods in a token stream and resolves them against a reference date.
 *
 * <p>It works in two passes. The first reads <em>atoms</em> left to right, longest first: a
 * calendar date ({@link CalendarDates}), a date relative to the reference ({@link RelativeDates}),
 * a time or a part of the day ({@link ClockTimes}), a recurring time ({@link RecurringDates}), a
 * weekday. The second joins neighbours: a weekday and a date ("last Wednesday, August 10"), a part
 * of the day and a time ("in the evening at 7"), a day and a time ("tomorrow 8am"), a weekday and
 * a week ("Tuesday of next week"), two ends of a range ("between September and May 2022",
 * "2004-2021", "5 to 6pm"), and a bound ("since 1896", "before 4pm", "2012 or later"); then
 * modifiers narrow a period ("early 2021", "the end of the year").
 *
 * <p>A bare hour ("at 7") is kept only next to a date or a part of the day; everything else it
 * could be is left to the amount reader. See {@link DateContext} for how fields without a year or
 * week resolve.
 *
 * <p>One instance serves one call; {@link #find} is the entry point and is thread-safe.
 */
final class DateRecognizer {
  private final DateContext c;
  private final Tokens t;
  private final CalendarDates calendar;
  private final RelativeDates relative;

  private DateRecognizer(Tokens t, LocalDateTime ref) {
    this.c = new DateContext(t, ref);
    this.t = t;
    this.calendar = new CalendarDates(c);
    this.relative = new RelativeDates(c);
  }

  /** The date and time expressions of a text, in order, not overlapping. */
  static List<TimeExpr> find(Tokens t, LocalDateTime ref) {
    return new DateRecognizer(t, ref).run();
  }

  // ------------------------------------------------------------------------------------ passes

  private List<TimeExpr> run() {
    List<TimeExpr> atoms = new ArrayList<>();
    int n = t.size();
    int i = 0;
    while (i < n) {
      TimeExpr e = t.inAddress(i) ? null : atom(i);
      // a weak hour ("about 3") gives way to a date that starts on its number ("3rd week of 2018")
      if (e != null && e.weak && e.to - i > 1) {
        TimeExpr inner = atom(i + 1);
        if (inner != null && !inner.weak && inner.to > e.to) {
          e = null;
        }
      }
      if (e != null && e.to > i) {
        atoms.add(e);
        i = e.to;
      } else {
        i++;
      }
    }
    if (atoms.isEmpty()) {
      return atoms;
    }
    List<TimeExpr> out = join(atoms);
    out = ranges(out);
    out = join(out);
    List<TimeExpr> kept = new ArrayList<>(out.size());
    int lastEnd = 0;
    for (TimeExpr e : out) {
      if (e.weak && !keepWeak(e, out)) {
        continue;
      }
      // "the 1990s", "the 21st century": the article belongs to the period
      if ((e.startGrain == TimeExpr.Grain.DECADE || e.startGrain == TimeExpr.Grain.CENTURY) && e.from - 1 >= lastEnd
          && t.word(e.from - 1, "the")) {
        e.from--;
      }
      modifier(e);
      bound(e);
      boundAfter(e);
      if (e.from < lastEnd) {
        e.from = lastEnd;
      }
      kept.add(e);
      lastEnd = e.to;
    }
    return kept;
  }

  /** The longest atom at token {@code i}, or null. */
  private TimeExpr atom(int i) {
    TimeExpr best = null;
    best = CalendarDates.longer(best, calendar.at(i, this::anyDate));
    best = CalendarDates.longer(best, relative.at(i, this::anyDate));
    best = CalendarDates.longer(best, weekday(i));
    best = CalendarDates.longer(best, endOfDay(i));
    best = CalendarDates.longer(best, currentPeriod(i));
    best = CalendarDates.longer(best, RecurringDates.at(t, i));
    best = CalendarDates.longer(best, duration(i));
    TimeExpr time = timeAtom(i);
    if (time != null && (best == null || time.to > best.to)) {
      best = time;
    }
    return best;
  }

  /** A date expression at {@code k} for readers that need one inside theirs ("week of April 10"). */
  private TimeExpr anyDate(int k) {
    TimeExpr best = calendar.at(k, this::anyDate);
    best = CalendarDates.longer(best, relative.at(k, this::anyDate));
    best = CalendarDates.longer(best, weekday(k));
    if (best == null) {
      TimeExpr tm = timeAtom(k);
      if (tm != null && !tm.weak) {
        best = tm;
      }
    }
    return best;
  }

  // ------------------------------------------------------------------------------------ more atoms

  /**
   * "Wednesday", "on Friday", "Tue.", "Friday 31", "Monday the 27th", "tues the 4th", "Mon 13th":
   * a weekday, with the day of the month when one follows.
   */
  private TimeExpr weekday(int i) {
    if (!t.isWord(i)) {
      return null;
    }
    String w = t.norm(i);
    Integer wd = DateWords.WEEKDAYS.get(w);
    if (wd == null) {
      return null;
    }
    boolean capital = Character.isUpperCase(t.get(i).text.charAt(0));
    int e = i + 1;
    if (w.length() <= 4 && t.sym(e, '.') && t.touching(e) && (!t.atClauseEnd(e + 1) || t.sym(e + 1, ','))) {
      e++;
    }
    // the day of the month after it
    int k = t.sym(e, ',') ? e + 1 : e;
    if (t.word(k, "the")) {
      k++;
    }
    int[] d = c.dayOfMonth(k);
    if (d != null && c.month(d[1]) == 0 && !(t.word(d[1], "of") && c.month(d[1] + 1) != 0)
        && !(t.isDigits(k) && (t.sym(d[1], ':') || t.sym(d[1], '.') || t.sym(d[1], '-') || t.sym(d[1], '/')))
        && (c.ordinalDay(k) != null || t.isDigits(k) && Integer.parseInt(t.get(k).text) > 12 || t.word(k - 1, "the"))) {
      TimeExpr x = weekdayAndDay(i, d[1], wd, d[0]);
      if (x != null) {
        return x;
      }
    }
    if (DateWords.AMBIGUOUS_WEEKDAYS.contains(w) && !(capital && (t.sym(i + 1, ',') || t.sym(i + 1, '.')
        || c.month(i + 1) != 0 || t.isDigits(i + 1) || t.word(i - 1, "on") || t.atClauseEnd(i + 1)))
        && !(t.word(i - 1, "on") && (c.month(i + 1) != 0 || t.isDigits(i + 1)))) {
      return null;
    }
    return c.weekday(i, e, wd, Integer.MIN_VALUE, c.future(i));
  }

  /** The date nearest the reference that has weekday {@code wd} and day of the month {@code day}. */
  private TimeExpr weekdayAndDay(int from, int to, int wd, int day) {
    if (c.ref == null) {
      TimeExpr x = TimeExpr.unresolved(from, to);
      x.weekday = wd;
      x.day = day;
      return x;
    }
    LocalDate best = null;
    long gap = Long.MAX_VALUE;
    for (int m = -24; m <= 24; m++) {
      YearMonth ym = YearMonth.from(c.today).plusMonths(m);
      LocalDate d = DateContext.safeDate(ym.getYear(), ym.getMonthValue(), day);
      if (d != null && d.getDayOfWeek().getValue() == wd && Math.abs(d.toEpochDay() - c.today.toEpochDay()) < gap) {
        gap = Math.abs(d.toEpochDay() - c.today.toEpochDay());
        best = d;
      }
    }
    if (best == null) {
      return null;
    }
    TimeExpr x = DateContext.period(from, to, best, best.plusDays(1), TimeExpr.Grain.DAY);
    x.weekday = wd;
    x.day = day;
    return x;
  }

  /** "end of day", "the end of the day", "eod", "the end of today", "end of tomorrow", "EOY". */
  private TimeExpr endOfDay(int i) {
    int k = t.word(i, "the") ? i + 1 : i;
    if (t.word(k, "eod")) {
      return endOf(i, k + 1, c.dayOffset(k, k + 1, 0));
    }
    if (t.word(k, "eoy")) {
      return half(i, k + 1, c.ref == null ? null : DateContext.year(k, k + 1, c.ref.getYear()), false);
    }
    if (!(t.word(k, "end") && t.word(k + 1, "of"))) {
      return null;
    }
    int d = k + 2;
    if (t.word(d, "day") || t.word(d, "the") && t.word(d + 1, "day")) {
      int e = t.word(d, "day") ? d + 1 : d + 2;
      return endOf(i, e, c.dayOffset(d, e, 0));
    }
    TimeExpr x = relative.at(d, this::anyDate);
    if (x == null) {
      x = weekday(t.word(d, "the") ? d + 1 : d);
    }
    if (x != null && x.dated && x.time == null && x.part == null && (x.relativeDay || x.weekday > 0)) {
      return endOf(i, x.to, x);
    }
    return null;
  }

  /**
   * "the year", "the month", "the week", "the day", "the weekend", "weekend" where they stand for
   * the reference's own: "partner of the year", "blocked for the day", "the end of the month".
   */
  private TimeExpr currentPeriod(int i) {
    int k = t.word(i, "the") ? i + 1 : i;
    if (!t.isWord(k)) {
      return null;
    }
    String u = t.norm(k);
    boolean weekend = u.equals("weekend");
    if (k == i && !(t.word(i - 1, "of") && (t.word(i - 2, "end") || t.word(i - 2, "beginning")
        || t.word(i - 2, "start") || t.word(i - 2, "middle")))) {
      return null;
    }
    if (!(u.equals("year") || u.equals("month") || u.equals("week") || u.equals("day") || weekend)) {
      return null;
    }
    String before = t.norm(i - 1);
    boolean cue = t.isWord(i - 1) && Set.of("of", "for", "in", "during", "throughout", "all", "over").contains(before)
        || weekend && k > i;
    int e = k + 1;
    boolean end = t.atClauseEnd(e) || t.word(e, "before") || t.word(e, "and") || t.word(e, "or")
        || t.word(e, "so") || t.word(e, "but");
    if (!cue || !end || t.word(e, "'s")) {
      return null;
    }
    if (c.ref == null) {
      return TimeExpr.unresolved(i, e);
    }
    LocalDate today = c.today;
    switch (u) {
      case "year":
        return DateContext.year(i, e, c.ref.getYear());
      case "month": {
        LocalDate first = today.withDayOfMonth(1);
        return DateContext.period(i, e, first, first.plusMonths(1), TimeExpr.Grain.MONTH);
      }
      case "week": {
        LocalDate mon = today.with(DayOfWeek.MONDAY);
        return DateContext.period(i, e, mon, mon.plusWeeks(1), TimeExpr.Grain.WEEK);
      }
      case "weekend": {
        LocalDate sat = today.with(DayOfWeek.MONDAY).plusDays(5);
        return DateContext.period(i, e, sat, sat.plusDays(2), TimeExpr.Grain.DAY);
      }
      default:
        return c.dayOffset(i, e, 0);
    }
  }

  private TimeExpr endOf(int from, int to, TimeExpr day) {
    day.span(from, to);
    day.time = LocalTime.of(23, 59, 59);
    day.ampm = true;
    return day;
  }

  /** "all day", "all week", "all month", "the whole day", "another day": durations the amount reader leaves. */
  private TimeExpr duration(int i) {
    if (!(t.word(i, "all") || t.word(i, "another") && !t.word(i - 1, "one"))) {
      return null;
    }
    String u = t.norm(i + 1);
    TimeUnits.TimeUnit tu = t.isWord(i + 1) ? TimeUnits.word(u) : null;
    if (tu == null || u.endsWith("s") || t.get(i + 1).text.length() <= 2 || t.word(i + 1, "weekend")
        || t.word(i + 1, "night")) {
      return null;
    }
    if (t.word(i, "another") && !(t.word(i - 1, "for") || t.atClauseEnd(i + 2))) {
      return null;
    }
    TimeExpr x = new TimeExpr(i, i + 2);
    TimeUnits.Grain g = tu.grain() == TimeUnits.Grain.QUARTER ? TimeUnits.Grain.MONTH : tu.grain();
    x.durationValue = tu.count() * (tu.grain() == TimeUnits.Grain.QUARTER ? 3 : 1);
    x.durationUnit = g.symbol;
    x.durationIso = TimeUnits.iso(g, x.durationValue);
    return x;
  }

  /**
   * A time, a range of times or a part of the day: "6pm", "at 7", "5 to 6pm", "between 3 and
   * 8am", "from 10:30 to 3", "in the morning", "late afternoon", "in the morning at 7", "7 in the
   * evening". Bare hours come back weak.
   */
  private TimeExpr timeAtom(int i) {
    int k = i;
    boolean between = t.word(k, "between");
    boolean from = t.word(k, "from");
    boolean at = t.word(k, "at") || t.word(k, "around") || t.word(k, "circa") || t.word(k, "about")
        || t.sym(k, '@');
    if (between || from || at) {
      k++;
    }
    ClockTimes.Clock[] r = ClockTimes.range(t, k, between);
    if (r != null && !at) {
      TimeExpr x = TimeExpr.clock(i, r[1].to(), r[0].time(), r[0].ampm() || r[1].ampm());
      x.timeEnd = r[1].time();
      x.weak = !r[0].strong() && !r[1].strong();
      return partAfter(x);
    }
    ClockTimes.Clock cl = ClockTimes.at(t, k);
    if (cl != null) {
      if (!cl.strong() && (between || from) || !cl.strong() && !at && !t.isWord(k)) {
        // a bare number without "at": only next to a part of the day ("5 in the morning")
        ClockTimes.PartAt p = ClockTimes.part(t, cl.to());
        if (p == null || !t.word(cl.to(), "in") && !t.word(cl.to(), "at")) {
          if (!(!cl.strong() && !t.isWord(k) && !between && !from)) {
            return null;
          }
          TimeExpr x = TimeExpr.clock(i, cl.to(), cl.time(), cl.ampm());
          x.weak = true;
          return t.isDigits(k) && (t.word(cl.to(), "at") || t.sym(cl.to(), ',')) ? x : null;
        }
      }
      if (!cl.strong() && at && countContext(i)) {
        return null;
      }
      // "at" and "@" only lead a bare hour; "around", "about" and "circa" hedge any time
      int start = at && (!cl.strong() || !(t.word(i, "at") || t.sym(i, '@'))) ? i : k;
      TimeExpr x = TimeExpr.clock(start, cl.to(), cl.time(), cl.ampm());
      x.weak = !cl.strong();
      return orLater(partAfter(x));
    }
    if (at || between || from) {
      return null;
    }
    ClockTimes.PartAt p = ClockTimes.part(t, i);
    if (p != null) {
      TimeExpr x = new TimeExpr(i, p.end());
      x.part = p.part();
      // "in the morning at 7", "in the afternoon at 7"
      int m = p.end();
      if (t.word(m, "at") || t.word(m, "around")) {
        ClockTimes.Clock c2 = ClockTimes.at(t, m + 1);
        if (c2 != null) {
          x.time = ClockTimes.inPart(c2.time(), c2.ampm(), p.part());
          x.ampm = true;
          x.part = null;
          x.to = c2.to();
        }
      }
      return x;
    }
    return null;
  }

  /** "3 pm or later": a time bounded by the words after it. */
  private TimeExpr orLater(TimeExpr x) {
    if (x != null && !x.weak && x.timeEnd == null && (t.word(x.to, "or") || t.word(x.to, "and"))
        && t.word(x.to + 1, "later")) {
      x.bound = Qualifier.AT_LEAST;
      x.to += 2;
    }
    return x;
  }

  /** Words before "at N" that make N a level, not an hour: "stood at 7", "closed at 5". */
  private boolean countContext(int i) {
    return t.isWord(i - 1) && Set.of("stood", "stands", "stand", "closed", "close", "was", "is", "were", "are",
        "remained", "remains", "ended", "end", "peaked", "hit", "set", "fixed", "capped", "priced", "valued",
        "rated", "ranked", "level", "levels", "aged", "age", "number", "numbered", "totalled", "totaled",
        "estimated", "put", "pegged").contains(t.norm(i - 1));
  }

  /** "7 in the evening", "5 to seven in the morning", "3-8pm yesterday afternoon" is joined later. */
  private TimeExpr partAfter(TimeExpr x) {
    ClockTimes.PartAt p = null;
    if (t.word(x.to, "in") || t.word(x.to, "at") && t.word(x.to + 1, "night")) {
      p = ClockTimes.part(t, t.word(x.to, "at") ? x.to + 1 : x.to);
      if (p == null && t.word(x.to, "in")) {
        p = null;
      }
    } else if (t.word(x.to, "this") || t.word(x.to, "tonight")) {
      return x;
    }
    if (p == null) {
      return x;
    }
    x.time = ClockTimes.inPart(x.time, x.ampm, p.part());
    if (x.timeEnd != null) {
      x.timeEnd = ClockTimes.inPart(x.timeEnd, x.ampm, p.part());
    }
    x.ampm = true;
    x.weak = false;
    x.to = p.end();
    return x;
  }

  // ------------------------------------------------------------------------------------ joins

  private boolean isTime(TimeExpr e) {
    return !e.dated && (e.time != null || e.part != null) && e.bound == null && !e.undated;
  }

  private static boolean isDay(TimeExpr e) {
    return e.dated && !e.undated && e.time == null && e.part == null && e.bound == null && Double.isNaN(e.durationValue)
        && (e.day > 0 || e.weekday > 0 || e.relativeDay || e.startGrain == TimeExpr.Grain.DAY
        && (e.end == null || e.start != null && e.start.plusDays(1).equals(e.end)));
  }

  /** True when the tokens [from, to) are all among {@code words} (words or single symbols). */
  private boolean gap(int from, int to, Set<String> words) {
    if (to - from > 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!words.contains(t.norm(k))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> DAY_TIME_GAP = Set.of(",", "at", "on", "around", "by", "from", "@", "-", "in",
      "about", "circa", "the", "for");
  private static final Set<String> TIME_DAY_GAP = Set.of(",", "on", "of", "-", "in", "the", "this");

  /** Joins neighbours that name one date or time, until nothing more joins; a day takes its part first. */
  private List<TimeExpr> join(List<TimeExpr> in) {
    List<TimeExpr> list = new ArrayList<>(in);
    for (int x = 0; x + 1 < list.size(); x++) {
      TimeExpr a = list.get(x);
      TimeExpr b = list.get(x + 1);
      if (isDay(a) && b.part != null && !b.dated && b.time == null
          && gap(a.to, b.from, Set.of("in", "the", ",", "at"))) {
        a.part = b.part;
        list.set(x, a.span(a.from, b.to));
        list.remove(x + 1);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int x = 0; x + 1 < list.size(); x++) {
        TimeExpr a = list.get(x);
        TimeExpr b = list.get(x + 1);
        TimeExpr j = joinPair(a, b);
        if (j != null) {
          list.set(x, j);
          list.remove(x + 1);
          changed = true;
          break;
        }
      }
    }
    return list;
  }

  private TimeExpr joinPair(TimeExpr a, TimeExpr b) {
    int g1 = a.to;
    int g2 = b.from;
    if (g2 - g1 > 3 || a.undated && b.undated) {
      return null;
    }
    // a weekday and a date: "Tue May 9", "last Wednesday, August 10"
    if (a.weekday > 0 && a.day == 0 && isDay(a) && isDay(b) && b.weekday == 0 && (b.day > 0 || b.month > 0)
        && gap(g1, g2, Set.of(",", "the", "-", "(", "on"))) {
      int end = t.sym(b.to, ')') ? b.to + 1 : b.to;
      return b.span(a.from, end);
    }
    // a named day and its year: "independence day of this year"
    if (a.holiday != null && b.resolved() && b.startGrain == TimeExpr.Grain.YEAR && b.time == null
        && gap(g1, g2, Set.of("of", "in", ","))) {
      LocalDate d = a.holiday.apply(b.start.getYear());
      TimeExpr x = DateContext.period(a.from, b.to, d, d.plusDays(1), TimeExpr.Grain.DAY);
      return x;
    }
    // a weekday and a week: "next week Mon", "Wednesday next week", "Tuesday of next week", "next week on Tuesday"
    TimeExpr w = weekdayInWeek(a, b);
    if (w != null) {
      return w;
    }
    // a part of the day and a time: "in the morning 9 oclock", "this morning 8am" is a day then a time
    if (a.part != null && !a.dated && b.time != null && !b.dated && b.timeEnd == null
        && gap(g1, g2, Set.of("at", "around", ","))) {
      TimeExpr x = TimeExpr.clock(a.from, b.to, ClockTimes.inPart(b.time, b.ampm, a.part), true);
      return x;
    }
    if (a.time != null && !a.dated && b.part != null && !b.dated && b.time == null && g2 == g1
        && t.word(b.from, "in")) {
      TimeExpr x = TimeExpr.clock(a.from, b.to, ClockTimes.inPart(a.time, a.ampm, b.part), true);
      x.timeEnd = a.timeEnd == null ? null : ClockTimes.inPart(a.timeEnd, a.ampm, b.part);
      return x;
    }
    // a day with a part of the day: "tomorrow night", "tuesday in the morning", "next monday afternoon"
    if (isDay(a) && b.part != null && !b.dated && b.time == null && gap(g1, g2, Set.of("in", "the", ",", "at"))) {
      a.part = b.part;
      return a.span(a.from, b.to);
    }
    // a day and a bounded time: "today before 4pm", "1/1/2015 after 2:00", "Feb 1st no later than 6:00"
    Qualifier q = timeBound(g1, g2);
    if (q != null && isDay(a) && b.time != null && !b.dated && b.timeEnd == null && b.bound == null) {
      a.time = b.time;
      a.ampm = true;
      a.weak = false;
      a.bound = q;
      return a.span(a.from, b.to);
    }
    // a day (possibly with its part) and a time: "tomorrow 8:00am", "Monday at 2.30", "tonight at 2am"
    if ((isDay(a) || a.dated && a.part != null && a.time == null && a.bound == null) && b.time != null && !b.dated
        && b.bound == null && gap(g1, g2, DAY_TIME_GAP)) {
      LocalTime tm = a.part != null ? ClockTimes.inPart(b.time, b.ampm, a.part) : b.time;
      LocalTime te = b.timeEnd == null ? null : a.part != null ? ClockTimes.inPart(b.timeEnd, b.ampm, a.part)
          : b.timeEnd;
      a.time = tm;
      a.timeEnd = te;
      a.ampm = true;
      a.part = null;
      a.weak = false;
      return a.span(a.from, b.to);
    }
    // a time and a day: "8am this morning", "3:00 to 4:00 tomorrow", "5 to 6pm of April 22", "6pm on Friday"
    if (b.dated && (isDay(b) || b.part != null && b.time == null && b.bound == null) && a.time != null && !a.dated
        && (a.bound == null || a.bound == Qualifier.AT_LEAST) && gap(g1, g2, TIME_DAY_GAP)) {
      b.bound = a.bound;
      LocalTime tm = b.part != null ? ClockTimes.inPart(a.time, a.ampm, b.part) : a.time;
      LocalTime te = a.timeEnd == null ? null : b.part != null ? ClockTimes.inPart(a.timeEnd, a.ampm, b.part)
          : a.timeEnd;
      b.time = tm;
      b.timeEnd = te;
      b.ampm = true;
      b.part = null;
      b.weak = false;
      return b.span(a.from, b.to);
    }
    // a part of the day and a day: "evening next Monday" is rare; "morning of March 3"
    if (a.part != null && !a.dated && a.time == null && isDay(b) && gap(g1, g2, Set.of("of", "on", ","))) {
      b.part = a.part;
      return b.span(a.from, b.to);
    }
    // a recurring day and a time: "3pm each day", "each monday at 4pm", "Thursdays at 17.30"
    if (a.undated && (b.time != null || b.part != null) && !b.dated && gap(g1, g2, Set.of("at", "in", ","))
        || b.undated && (a.time != null || a.part != null) && !a.dated && g1 == g2) {
      TimeExpr x = new TimeExpr(a.from, b.to);
      x.undated = true;
      return x;
    }
    return null;
  }

  /** The bound the words [from, to) put on a time after a day: "before", "after", "by", "no later than". */
  private Qualifier timeBound(int from, int to) {
    String w = t.norm(to - 1);
    if (to - from == 1) {
      return w.equals("before") ? Qualifier.LESS_THAN : w.equals("after") ? Qualifier.AT_LEAST
          : w.equals("by") ? Qualifier.AT_MOST : null;
    }
    if (to - from == 2 && w.equals("than")) {
      return t.word(from, "later") ? Qualifier.AT_LEAST : t.word(from, "earlier") ? Qualifier.LESS_THAN : null;
    }
    if (to - from == 3 && w.equals("than") && t.word(from + 1, "later") && t.word(from, "no")) {
      return Qualifier.AT_MOST;
    }
    return null;
  }

  private TimeExpr weekdayInWeek(TimeExpr a, TimeExpr b) {
    TimeExpr day;
    TimeExpr week;
    if (a.weekday > 0 && a.day == 0 && weekPeriod(b) && gap(a.to, b.from, Set.of("of", ",", "in"))) {
      day = a;
      week = b;
    } else if (b.weekday > 0 && b.day == 0 && weekPeriod(a) && gap(a.to, b.from, Set.of("on", ","))) {
      day = b;
      week = a;
    } else {
      return null;
    }
    if (!week.resolved()) {
      TimeExpr x = TimeExpr.unresolved(a.from, b.to);
      x.weekday = day.weekday;
      return x;
    }
    LocalDate d = week.start.toLocalDate().with(DayOfWeek.MONDAY).plusDays(day.weekday - 1L);
    TimeExpr x = DateContext.period(a.from, b.to, d, d.plusDays(1), TimeExpr.Grain.DAY);
    x.weekday = day.weekday;
    x.time = day.time;
    x.part = day.part;
    x.timeEnd = day.timeEnd;
    x.ampm = day.ampm;
    return x;
  }

  private boolean weekPeriod(TimeExpr e) {
    return e.dated && e.time == null && e.part == null && e.bound == null && e.weekday == 0
        && (e.startGrain == TimeExpr.Grain.WEEK || !e.resolved() && t.word(e.to - 1, "week"));
  }

  /** A weak time survives next to a date: "meet me next year at 6". */
  private boolean keepWeak(TimeExpr e, List<TimeExpr> all) {
    if (!t.word(e.from, "at") && !t.word(e.from, "around")) {
      return false;
    }
    // "at 6.45", "at 17.30": an hour with minutes after "at" at the end of the clause
    if (e.timeEnd == null && e.to - e.from == 4 && t.sym(e.from + 2, '.') && t.atClauseEnd(e.to)
        && !countContext(e.from)) {
      return true;
    }
    for (TimeExpr o : all) {
      if (o != e && o.dated && (o.to == e.from || o.from == e.to)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------ ranges

  private static final Set<String> RANGE_WORDS = Set.of("to", "until", "till", "through", "thru", "-", "\u2013",
      "\u2014", "~");

  /** "between September and May 2022", "from 2004 to 2021", "2004-2021", "Monday to Friday", "from 2pm till tomorrow 4:30pm". */
  private List<TimeExpr> ranges(List<TimeExpr> in) {
    List<TimeExpr> out = new ArrayList<>(in.size());
    for (int x = 0; x < in.size(); x++) {
      TimeExpr a = in.get(x);
      if (x + 1 < in.size()) {
        TimeExpr r = range(a, in.get(x + 1));
        if (r != null) {
          out.add(r);
          x++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private TimeExpr range(TimeExpr a, TimeExpr b) {
    if (b.from - a.to != 1 || a.bound != null && !a.toDate || b.bound != null && !b.toDate || a.undated || b.undated
        || a.weak || b.weak) {
      return null;
    }
    String sep = t.norm(a.to);
    int pre = a.from - 1;
    boolean between = t.word(pre, "between");
    boolean from = t.word(pre, "from");
    if (!between && !from && (t.word(a.from, "between") || t.word(a.from, "from"))) {
      between = t.word(a.from, "between");
      from = t.word(a.from, "from");
      pre = a.from;
    }
    boolean ok = RANGE_WORDS.contains(sep) || sep.equals("and") && between;
    if (!ok) {
      return null;
    }
    if ((sep.equals("until") || sep.equals("till") || sep.equals("through")) && !from && !(a.dated && b.dated)) {
      return null;
    }
    int start = between || from ? Math.min(pre, a.from) : a.from;
    if (b.toDate) {
      TimeExpr e = join(a, c.dayOffset(b.from, b.to, 0), start, b.to);
      return e;
    }
    // two times of day
    if (isTime(a) && isTime(b) && a.time != null && b.time != null && a.timeEnd == null && b.timeEnd == null) {
      TimeExpr e = TimeExpr.clock(start, b.to, a.time, a.ampm || b.ampm);
      e.timeEnd = b.time;
      return e;
    }
    // a time, and a day with a time: "from 2pm till tomorrow 4:30pm"
    if (a.time != null && !a.dated && b.dated && b.time != null && b.resolved() && c.ref != null
        && a.timeEnd == null && b.timeEnd == null) {
      TimeExpr e = DateContext.period(start, b.to, c.today, c.today.plusDays(1), TimeExpr.Grain.DAY);
      e.time = a.time;
      e.ampm = true;
      e.rangeEnd = b.start.toLocalDate().atTime(b.time);
      return e;
    }
    if (!a.dated || !b.dated) {
      return null;
    }
    // "between now and November 15th", "between Jan 22 and now", "from 10 am today till 4 pm tomorrow"
    if ((a.time != null || b.time != null) && a.resolved() && b.resolved() && a.timeEnd == null
        && b.timeEnd == null) {
      if (a.now && b.year == 0 && b.month > 0 && b.day > 0 && b.start.isBefore(a.start)) {
        TimeExpr b2 = c.day(b.from, b.to, b.start.getYear() + 1, b.month, b.day);
        if (b2 != null && b2.resolved()) {
          b = b2;
        }
      }
      LocalDateTime s = a.time != null ? a.start.toLocalDate().atTime(a.time) : a.start;
      LocalDateTime en = b.time != null ? b.start.toLocalDate().atTime(b.time) : b.start;
      if (!en.isAfter(s)) {
        return null;
      }
      TimeExpr e = DateContext.period(start, b.to, s.toLocalDate(), s.toLocalDate().plusDays(1), TimeExpr.Grain.DAY);
      if (a.now || b.now) {
        // to the day: "between now and November 15th" runs from today to the 15th
        e = TimeExpr.period(start, b.to, s.toLocalDate().atStartOfDay(), b.now ? en.toLocalDate().atStartOfDay()
            .plusDays(1) : b.end, TimeExpr.Grain.DAY);
        e.endGrain = TimeExpr.Grain.DAY;
        if (b.now) {
          e.end = en.toLocalDate().atStartOfDay();
        }
        return e;
      }
      e.time = s.toLocalTime();
      e.ampm = true;
      e.rangeEnd = en;
      return e;
    }
    if (a.time != null || b.time != null || a.part != null || b.part != null) {
      return null;
    }
    if (!a.resolved() || !b.resolved()) {
      return TimeExpr.unresolved(start, b.to);
    }
    // two ends without a year: the second is read on its own, the first is the latest one before it
    if (a.year == 0 && b.year == 0 && a.month > 0 && b.month > 0 && a.start.getYear() >= b.start.getYear() - 1) {
      int y = b.start.getYear();
      TimeExpr a2 = a.day > 0 ? c.day(a.from, a.to, y, a.month, a.day) : c.monthOfYear(a.from, a.to, y, a.month);
      if (a2 != null && a2.resolved() && !a2.start.isBefore(b.start)) {
        a2 = a.day > 0 ? c.day(a.from, a.to, y - 1, a.month, a.day) : c.monthOfYear(a.from, a.to, y - 1, a.month);
      }
      if (a2 != null && a2.resolved()) {
        a2.year = 0;
        a = a2;
      }
    }
    // "between September and May 2022", "Nov-Feb 2017": the first end takes its year from the second
    if (a.year == 0 && b.year != 0 && a.month > 0 && a.day == 0) {
      TimeExpr a2 = c.monthOfYear(a.from, a.to, b.year, a.month);
      if (a2 != null && a2.resolved() && !a2.start.isBefore(b.start)) {
        a2 = c.monthOfYear(a.from, a.to, b.year - 1, a.month);
      }
      a = a2;
    } else if (a.year == 0 && b.year != 0 && a.month > 0 && a.day > 0) {
      TimeExpr a2 = c.day(a.from, a.to, b.year, a.month, a.day);
      if (a2 != null && a2.resolved() && !a2.start.isBefore(b.start)) {
        a2 = c.day(a.from, a.to, b.year - 1, a.month, a.day);
      }
      if (a2 != null && a2.resolved()) {
        a = a2;
      }
    } else if (b.year == 0 && a.month > 0 && b.month > 0 && b.day == a.day && !b.start.isAfter(a.start)) {
      // "May to March", "from Nov to March": the second end comes after the first
      TimeExpr b2 = b.day > 0 ? c.day(b.from, b.to, a.start.getYear() + 1, b.month, b.day)
          : c.monthOfYear(b.from, b.to, a.start.getYear() + 1, b.month);
      if (b2 != null && b2.resolved()) {
        b = b2;
      }
    } else if (b.year == 0 && a.month > 0 && b.month > 0 && a.start.getYear() != b.start.getYear()
        && a.year != 0) {
      TimeExpr b2 = b.day > 0 ? c.day(b.from, b.to, a.year, b.month, b.day)
          : c.monthOfYear(b.from, b.to, a.year, b.month);
      if (b2 != null && b2.resolved() && b2.start.isAfter(a.start)) {
        b = b2;
      }
    }
    if (a == null || !a.resolved() || !b.resolved() || b.end == null || !a.start.isBefore(b.end)) {
      return null;
    }
    return join(a, b, start, b.to);
  }

  /** An interval from the start of {@code a} to the end of {@code b}, over tokens [from, to). */
  static TimeExpr join(TimeExpr a, TimeExpr b, int from, int to) {
    if (a == null || b == null) {
      return null;
    }
    if (!a.resolved() || !b.resolved() || b.end == null) {
      return TimeExpr.unresolved(from, to);
    }
    if (!a.start.isBefore(b.end)) {
      return null;
    }
    TimeExpr e = TimeExpr.period(from, to, a.start, b.end, a.startGrain);
    e.endGrain = b.endGrain;
    return e;
  }

  // ------------------------------------------------------------------------------------ modifiers and bounds

  /**
   * "early 2021", "the mid-1990s", "late August", "the end of the year", "the beginning of March",
   * "earlier this month", "later this week", "mid-November": a part of the period. Years and
   * months split in halves ("the end of the year" is July to December), decades and centuries in
   * thirds, and "mid" takes the middle; "earlier" and "later" stop or start at the reference.
   */
  private void modifier(TimeExpr e) {
    if (e.part != null && e.time == null && e.bound == null && (t.word(e.from - 1, "early")
        || t.word(e.from - 1, "late") || t.word(e.from - 1, "later"))) {
      DateWords.PartOfDay p = e.part;
      long minutes = java.time.Duration.between(p.start(), p.end()).toMinutes();
      LocalTime half = p.start().plusMinutes(minutes / 2);
      e.part = t.word(e.from - 1, "early") ? new DateWords.PartOfDay(p.start(), half, p.pm())
          : new DateWords.PartOfDay(half, p.end(), p.pm());
      e.from--;
      return;
    }
    if (!e.dated || e.time != null || e.bound != null) {
      return;
    }
    int k = e.from - 1;
    if (t.word(e.from, "the") && (t.word(e.from + 1, "last") || t.word(e.from + 1, "next"))) {
      return;
    }
    if (t.sym(k, '-') && t.touching(e.from) && t.word(k - 1, "mid")) {
      k--;
    }
    int from;
    int mod;
    String w = t.norm(k);
    if (t.word(k, "of") && (t.word(k - 1, "end") || t.word(k - 1, "beginning") || t.word(k - 1, "start")
        || t.word(k - 1, "middle"))) {
      String m = t.norm(k - 1);
      mod = m.equals("end") ? 1 : m.equals("middle") ? 0 : -1;
      from = t.word(k - 2, "the") ? k - 2 : k - 1;
    } else if (t.word(k, "in") && (t.word(k - 1, "earlier") || t.word(k - 1, "later") || t.word(k - 1, "early")
        || t.word(k - 1, "late"))) {
      mod = t.word(k - 1, "earlier") || t.word(k - 1, "early") ? -2 : 2;
      from = k - 1;
    } else if (w.equals("early") || w.equals("late") || w.equals("mid") || w.equals("earlier") || w.equals("later")) {
      mod = w.equals("early") ? -1 : w.equals("late") ? 1 : w.equals("mid") ? 0 : w.equals("earlier") ? -2 : 2;
      from = k;
    } else {
      return;
    }
    if (!t.isWord(from)) {
      return;
    }
    if (t.word(from - 1, "the") && (mod == 0 || Math.abs(mod) == 1) && !t.word(from, "the")) {
      from--;
    }
    if (!e.resolved() || e.end == null) {
      e.from = from;
      return;
    }
    // within a day: "later in today", "mid today", "early in the day Wednesday"
    if (ChronoUnit.DAYS.between(e.start, e.end) == 1) {
      LocalDate d = e.start.toLocalDate();
      LocalTime s;
      LocalTime en;
      if (mod == 0) {
        s = LocalTime.of(10, 0);
        en = LocalTime.of(14, 0);
      } else if (mod < 0) {
        s = LocalTime.MIDNIGHT;
        en = LocalTime.NOON;
      } else {
        s = LocalTime.NOON;
        en = null;
      }
      e.part = new DateWords.PartOfDay(s, en == null ? LocalTime.of(23, 59, 59) : en, mod > 0);
      e.from = from;
      return;
    }
    LocalDate s = e.start.toLocalDate();
    LocalDate en = e.end.toLocalDate();
    e.wholeStart = e.start;
    e.wholeEnd = e.end;
    e.modifier = mod;
    long days = ChronoUnit.DAYS.between(s, en);
    LocalDate ns;
    LocalDate ne;
    TimeExpr.Grain g;
    switch (e.startGrain) {
      case CENTURY:
      case DECADE: {
        long years = ChronoUnit.YEARS.between(s, en);
        long third = Math.max(1, Math.round(years * 0.3));
        ns = mod < 0 ? s : mod > 0 ? en.minusYears(third) : s.plusYears(third);
        ne = mod < 0 ? s.plusYears(third + (years >= 10 ? 1 : 0)) : mod > 0 ? en : en.minusYears(third);
        if (Math.abs(mod) == 2) {
          ns = s;
          ne = en;
        }
        g = TimeExpr.Grain.YEAR;
        break;
      }
      case YEAR: {
        g = TimeExpr.Grain.MONTH;
        if (mod == 0) {
          ns = s.plusMonths(4);
          ne = s.plusMonths(8);
        } else {
          ns = mod < 0 ? s : s.plusMonths(6);
          ne = mod < 0 ? s.plusMonths(6) : en;
        }
        break;
      }
      case MONTH: {
        g = TimeExpr.Grain.DAY;
        if (mod == 0) {
          ns = s.plusDays(9);
          ne = s.plusDays(20);
        } else {
          ns = mod < 0 ? s : s.plusDays(15);
          ne = mod < 0 ? s.plusDays(15) : en;
        }
        break;
      }
      case WEEK: {
        g = TimeExpr.Grain.DAY;
        if (mod == 0) {
          ns = s.plusDays(2);
          ne = s.plusDays(5);
        } else {
          ns = mod < 0 ? s : s.plusDays(3);
          ne = mod < 0 ? s.plusDays(3) : en;
        }
        break;
      }
      default:
        if (days < 4) {
          e.from = from;
          return;
        }
        g = TimeExpr.Grain.DAY;
        long part = days / 3;
        ns = mod < 0 ? s : mod > 0 ? en.minusDays(part) : s.plusDays(part);
        ne = mod < 0 ? s.plusDays(part) : mod > 0 ? en : en.minusDays(part);
        break;
    }
    // "earlier this month" stops at the reference, "later this week" starts there
    if (mod == -2 && c.today != null && c.today.isAfter(ns) && c.today.isBefore(ne)) {
      ne = c.today;
      g = TimeExpr.Grain.DAY;
    } else if (mod == 2 && c.today != null && c.today.isAfter(ns) && c.today.isBefore(ne)) {
      ns = c.today;
      g = TimeExpr.Grain.DAY;
    }
    if (!ns.isBefore(ne)) {
      return;
    }
    e.start = ns.atStartOfDay();
    e.end = ne.atStartOfDay();
    e.startGrain = g;
    e.endGrain = g;
    e.year = 0;
    e.month = 0;
    e.day = 0;
    e.from = from;
  }

  /**
   * "since 1896", "after 2016", "before 2018", "until April 27", "by 2030", "greater than 2015",
   * "no later than Friday", "starting January 7th", "as early as 7am", "before 4pm".
   */
  private void bound(TimeExpr e) {
    if (e.bound != null || e.undated || e.weak) {
      return;
    }
    int k = e.from - 1;
    if (!t.exists(k)) {
      return;
    }
    String w = t.norm(k);
    Qualifier q;
    int from = k;
    boolean after = false;
    switch (w) {
      case "since":
        q = Qualifier.AT_LEAST;
        break;
      case "after":
        q = Qualifier.AT_LEAST;
        after = true;
        if (t.word(k - 1, "around")) {
          from = k - 1;
        }
        break;
      case "before":
        q = Qualifier.LESS_THAN;
        break;
      case "until":
      case "till":
      case "by":
        q = Qualifier.AT_MOST;
        break;
      case "from":
        if (!e.dated && e.time == null || t.word(e.to, "to") || t.word(e.to, "until") || t.word(e.to, "till")
            || e.time == null && e.part == null && !isDay(e) && !e.now) {
          return;
        }
        q = Qualifier.AT_LEAST;
        break;
      case "on":
      case "from-on":
        if (!(t.word(k - 1, "starting") || t.word(k - 1, "beginning") || t.word(k - 1, "commencing"))) {
          return;
        }
        q = Qualifier.AT_LEAST;
        from = k - 1;
        break;
      case "starting":
      case "beginning":
      case "commencing":
        q = Qualifier.AT_LEAST;
        break;
      case "than":
        if (t.word(k - 1, "later") || t.word(k - 1, "greater")) {
          q = Qualifier.AT_LEAST;
          after = true;
          from = k - 1;
          if (t.word(k - 2, "no") || t.word(k - 2, "not")) {
            q = Qualifier.AT_MOST;
            after = false;
            from = k - 2;
          }
        } else if (t.word(k - 1, "earlier")) {
          q = Qualifier.LESS_THAN;
          from = k - 1;
        } else {
          return;
        }
        break;
      case "to":
        if (!t.word(k - 1, "prior") && !t.word(k - 1, "up")) {
          return;
        }
        q = t.word(k - 1, "up") ? Qualifier.AT_MOST : Qualifier.LESS_THAN;
        from = k - 1;
        break;
      case "=":
        if (t.sym(k - 1, '>')) {
          q = Qualifier.AT_LEAST;
        } else if (t.sym(k - 1, '<')) {
          q = Qualifier.AT_MOST;
        } else {
          return;
        }
        from = k - 1;
        break;
      default:
        return;
    }
    boolean day = isDay(e);
    e.bound = q;
    e.from = from;
    // "before the end of December" bounds by the end of December, "after the beginning of March" by its start
    if (e.wholeStart != null && (q == Qualifier.LESS_THAN || q == Qualifier.AT_MOST) && e.modifier > 0) {
      e.start = e.wholeEnd;
      e.end = e.wholeEnd;
      e.startGrain = TimeExpr.Grain.DAY;
      e.endGrain = TimeExpr.Grain.DAY;
      e.bound = Qualifier.LESS_THAN;
      return;
    }
    if (e.wholeStart != null && after && e.modifier < 0) {
      e.start = e.wholeStart;
      e.startGrain = TimeExpr.Grain.DAY;
      e.end = null;
      return;
    }
    if (after && e.dated && e.resolved() && e.end != null && e.time == null && e.part == null) {
      if (day) {
        // "after January 1, 2007": strictly after that day
        e.bound = Qualifier.MORE_THAN;
        return;
      }
      TimeExpr.Grain g = e.endGrain;
      e.start = e.end;
      e.end = null;
      e.startGrain = g;
    }
  }

  /** "2012 or later", "1/1/2016 and after", "3 pm or later", "as early as 7:00 am", "as late as tomorrow". */
  private void boundAfter(TimeExpr e) {
    if (e.undated || e.weak) {
      return;
    }
    if (e.bound == null && t.word(e.from - 1, "as") && t.word(e.from - 3, "as")
        && (t.word(e.from - 2, "early") || t.word(e.from - 2, "late"))) {
      e.bound = t.word(e.from - 2, "early") ? Qualifier.AT_LEAST : Qualifier.AT_MOST;
      e.from = e.from - 3;
      return;
    }
    if (e.bound != null) {
      return;
    }
    int k = e.to;
    if (!t.atClauseEnd(k + 2) && !t.word(k + 2, "on") && !t.word(k + 2, "is") && !t.word(k + 2, "in")) {
      if (!(t.word(k, "onwards") || t.word(k, "onward"))) {
        return;
      }
    }
    if ((t.word(k, "or") || t.word(k, "and")) && (t.word(k + 1, "later") || t.word(k + 1, "after")
        || t.word(k + 1, "greater") || t.word(k + 1, "beyond"))) {
      e.bound = Qualifier.AT_LEAST;
      e.to = k + 2;
    } else if ((t.word(k, "or") || t.word(k, "and")) && (t.word(k + 1, "earlier") || t.word(k + 1, "before"))) {
      e.bound = Qualifier.AT_MOST;
      e.to = k + 2;
    } else if (t.word(k, "onwards") || t.word(k, "onward")) {
      e.bound = Qualifier.AT_LEAST;
      e.to = k + 1;
    }
  }

  /** The second half of a year ("EOY"). */
  private TimeExpr half(int from, int to, TimeExpr year, boolean first) {
    if (year == null) {
      return TimeExpr.unresolved(from, to);
    }
    LocalDate s = year.start.toLocalDate();
    LocalDate a = first ? s : s.plusMonths(6);
    TimeExpr x = DateContext.period(from, to, a, a.plusMonths(6), TimeExpr.Grain.MONTH);
    return x;
  }
}
