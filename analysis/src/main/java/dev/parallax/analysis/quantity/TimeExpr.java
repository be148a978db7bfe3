package dev.parallax.analysis.quantity;

import dev.parallax.model.Qualifier;
import dev.parallax.model.QuantityKind;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;

/**
 * A date or time expression being read: a calendar interval [start, end) at some grain, a time of
 * day, or both; possibly one-sided ("since 1896") or recurring ("every Monday"). Working state of
 * {@link DateRecognizer}, confined to one extraction call.
 *
 * <p>How it is written out ({@link #date()} and {@link #dateEnd()}): a single period at its own
 * precision ("2021", "2021-08", "2024-12-29"); a longer interval as its first period and its
 * last period, both included ("2004" to "2021", "2016-11-14" to "2016-11-20"); a time of day as
 * "T18:00:00"; a date with a time as "2024-12-29T06:49:00", and a stretch of hours by its start
 * and its (exclusive) end instant.
 */
final class TimeExpr {
  /** The precision of an end of an interval. */
  enum Grain {
    CENTURY, DECADE, YEAR, HALF, QUARTER, MONTH, WEEK, DAY, PART, HOUR, MINUTE, SECOND;

    boolean clock() {
      return compareTo(PART) >= 0;
    }
  }

  int from;
  int to;
  /** True when the expression names a calendar period, resolved or not. */
  boolean dated;
  LocalDateTime start;
  /** Exclusive end; null for an open interval or when unresolved. */
  LocalDateTime end;
  Grain startGrain;
  Grain endGrain;
  /** A time of day, with an optional end (exclusive). */
  LocalTime time;
  LocalTime timeEnd;
  /** True when am/pm (or a 24-hour clock) fixed the time's half of the day. */
  boolean ampm;
  DateWords.PartOfDay part;
  Qualifier bound;
  /** Recurring ("every Monday") or not resolvable ("fiscal year"): a date mention without a date. */
  boolean undated;
  /** Partial fields, kept for combining ("Monday" with "the 21st"). */
  int year;
  int month;
  int day;
  int weekday;
  /** A day named relative to the reference ("today", "tomorrow"), as opposed to a calendar date. */
  boolean relativeDay;
  /**
   * A bare hour ("at 7", "3-8") that is a time only next to a date or a part of the day; dropped
   * when it stays alone.
   */
  boolean weak;
  /** The end instant of a range that runs across days ("from 2pm till tomorrow 4:30pm"), or null. */
  LocalDateTime rangeEnd;
  /** An offset from a named date ("2 weeks after today"): the date it counts from, and the direction. */
  boolean anchored;
  boolean after;
  LocalDateTime anchor;
  /** Before a modifier narrowed it ("the end of December"): the whole period, and the modifier (-1 early, 1 late). */
  LocalDateTime wholeStart;
  LocalDateTime wholeEnd;
  int modifier;
  /** Written as a date but not one of the calendar ("Feb 30"). */
  boolean impossible;
  /** "now", "right now": the reference instant itself. */
  boolean now;
  /** "to date", "till date": up to the reference day. */
  boolean toDate;
  /** For a named day ("Easter"), how to find it in any year; else null. */
  java.util.function.IntFunction<java.time.LocalDate> holiday;
  /** A duration read as a time expression ("all day"): value and unit. */
  double durationValue = Double.NaN;
  String durationUnit;
  String durationIso;

  TimeExpr(int from, int to) {
    this.from = from;
    this.to = to;
  }

  static TimeExpr period(int from, int to, LocalDateTime start, LocalDateTime end, Grain grain) {
    TimeExpr e = new TimeExpr(from, to);
    e.dated = true;
    e.start = start;
    e.end = end;
    e.startGrain = grain;
    e.endGrain = grain;
    return e;
  }

  static TimeExpr unresolved(int from, int to) {
    TimeExpr e = new TimeExpr(from, to);
    e.dated = true;
    return e;
  }

  static TimeExpr clock(int from, int to, LocalTime time, boolean ampm) {
    TimeExpr e = new TimeExpr(from, to);
    e.time = time;
    e.ampm = ampm;
    return e;
  }

  TimeExpr span(int newFrom, int newTo) {
    from = newFrom;
    to = newTo;
    return this;
  }

  boolean resolved() {
    return start != null;
  }

  boolean hasTime() {
    return time != null;
  }

  /** True when the interval is exactly one unit of its grain ("2021", "August 2021", "29 December"). */
  private boolean singlePeriod() {
    if (start == null || end == null || startGrain != endGrain || written(startGrain) != startGrain) {
      return false;
    }
    return next(start, startGrain).equals(end);
  }

  static LocalDateTime next(LocalDateTime d, Grain g) {
    switch (g) {
      case CENTURY:
        return d.plusYears(100);
      case DECADE:
        return d.plusYears(10);
      case YEAR:
        return d.plusYears(1);
      case HALF:
        return d.plusMonths(6);
      case QUARTER:
        return d.plusMonths(3);
      case MONTH:
        return d.plusMonths(1);
      case WEEK:
        return d.plusWeeks(1);
      case DAY:
        return d.plusDays(1);
      case PART:
      case HOUR:
        return d.plusHours(1);
      case MINUTE:
        return d.plusMinutes(1);
      case SECOND:
      default:
        return d.plusSeconds(1);
    }
  }

  /** The unit in which an end of this grain is written: a week is written by its days. */
  private static Grain written(Grain g) {
    switch (g) {
      case CENTURY:
      case DECADE:
      case YEAR:
        return Grain.YEAR;
      case HALF:
      case QUARTER:
      case MONTH:
        return Grain.MONTH;
      case WEEK:
      case DAY:
        return Grain.DAY;
      default:
        return Grain.SECOND;
    }
  }

  static String format(LocalDateTime d, Grain g) {
    switch (written(g)) {
      case YEAR:
        return String.format(Locale.ROOT, "%04d", d.getYear());
      case MONTH:
        return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
      case DAY:
        return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      default:
        return String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d", d.getYear(), d.getMonthValue(),
            d.getDayOfMonth(), d.getHour(), d.getMinute(), d.getSecond());
    }
  }

  /** The last period included in [.., end) at grain g, written at that grain. */
  private static String formatLast(LocalDateTime end, Grain g) {
    switch (written(g)) {
      case YEAR:
        return format(end.minusYears(1), Grain.YEAR);
      case MONTH:
        return format(end.minusMonths(1), Grain.MONTH);
      case DAY:
        return format(end.minusDays(1), Grain.DAY);
      default:
        return format(end, Grain.SECOND);
    }
  }

  static String clockString(LocalTime t) {
    return String.format(Locale.ROOT, "T%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
  }

  /** The kind of mention this expression becomes. */
  QuantityKind kind() {
    if (!Double.isNaN(durationValue)) {
      return QuantityKind.DURATION;
    }
    if (undated) {
      return QuantityKind.DATE;
    }
    if (time != null || (part != null && !dated)) {
      return QuantityKind.TIME;
    }
    return QuantityKind.DATE;
  }

  /** The instant a time of day takes on this expression's day, or null. */
  private LocalDateTime at(LocalTime t) {
    return start == null ? null : start.toLocalDate().atTime(t);
  }

  /** The start written for the protocol's {@code date}, or null. */
  String date() {
    if (!Double.isNaN(durationValue)) {
      return durationIso;
    }
    if (undated || bound == Qualifier.LESS_THAN || bound == Qualifier.AT_MOST) {
      return null;
    }
    if (time != null) {
      if (!dated) {
        return clockString(time);
      }
      LocalDateTime s = at(time);
      return s == null ? null : format(s, Grain.SECOND);
    }
    if (part != null) {
      if (!dated) {
        return clockString(part.start());
      }
      LocalDateTime s = at(part.start());
      return s == null ? null : format(s, Grain.SECOND);
    }
    if (start == null) {
      return null;
    }
    return format(start, startGrain);
  }

  /** The end written for the protocol's {@code dateEnd}, or null. */
  String dateEnd() {
    if (!Double.isNaN(durationValue) || undated) {
      return null;
    }
    boolean upper = bound == Qualifier.LESS_THAN || bound == Qualifier.AT_MOST;
    if (rangeEnd != null) {
      return format(rangeEnd, Grain.SECOND);
    }
    if (time != null) {
      LocalTime last = upper ? time : timeEnd;
      if (last == null) {
        return null;
      }
      if (!dated) {
        return clockString(last);
      }
      LocalDateTime e = at(last);
      if (e != null && !upper && last.isBefore(time)) {
        e = e.plusDays(1);
      }
      return e == null ? null : format(e, Grain.SECOND);
    }
    if (part != null) {
      LocalTime last = upper ? part.start() : part.end();
      if (!dated) {
        return clockString(last);
      }
      LocalDateTime e = at(last);
      return e == null ? null : format(e, Grain.SECOND);
    }
    if (start == null && end == null) {
      return null;
    }
    if (upper) {
      // "before 2018": the bound itself; "until April 27": the last day included
      if (bound == Qualifier.LESS_THAN) {
        return start == null ? null : format(start, startGrain);
      }
      return end == null ? null : formatLast(end, endGrain);
    }
    if (bound != null || end == null || singlePeriod()) {
      return null;
    }
    return formatLast(end, endGrain);
  }

  @Override
  public String toString() {
    return "TimeExpr[" + from + "," + to + ") " + start + ".." + end + " " + startGrain + "/" + endGrain + " t="
        + time + ".." + timeEnd + " part=" + part + " bound=" + bound;
  }
}
