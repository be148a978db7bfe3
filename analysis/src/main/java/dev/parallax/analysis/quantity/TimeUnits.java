package dev.parallax.analysis.quantity;

import java.util.Map;

/**
 * Units of time used by durations and relative dates. Decades and centuries are counted in years,
 * fortnights in weeks, nights and weekends in days, so that "two decades" and "20 years" compare.
 */
final class TimeUnits {
  private TimeUnits() {}

  /** A calendar unit and how many of it one named unit is. */
  enum Grain {
    SECOND("s", "S", true), MINUTE("min", "M", true), HOUR("h", "H", true), DAY("d", "D", false),
    WEEK("w", "W", false), MONTH("mo", "M", false), QUARTER("mo", "M", false), YEAR("y", "Y", false);

    final String symbol;
    final String iso;
    final boolean clock;

    Grain(String symbol, String iso, boolean clock) {
      this.symbol = symbol;
      this.iso = iso;
      this.clock = clock;
    }
  }

  /**
   * A time unit word.
   *
   * @param grain the calendar unit
   * @param count how many grains one of it is (a decade is 10 years)
   */
  record TimeUnit(Grain grain, double count) {}

  private static final Map<String, TimeUnit> WORDS =
      Map.ofEntries(
          Map.entry("second", new TimeUnit(Grain.SECOND, 1)), Map.entry("seconds", new TimeUnit(Grain.SECOND, 1)),
          Map.entry("sec", new TimeUnit(Grain.SECOND, 1)), Map.entry("secs", new TimeUnit(Grain.SECOND, 1)),
          Map.entry("minute", new TimeUnit(Grain.MINUTE, 1)), Map.entry("minutes", new TimeUnit(Grain.MINUTE, 1)),
          Map.entry("min", new TimeUnit(Grain.MINUTE, 1)), Map.entry("mins", new TimeUnit(Grain.MINUTE, 1)),
          Map.entry("hour", new TimeUnit(Grain.HOUR, 1)), Map.entry("hours", new TimeUnit(Grain.HOUR, 1)),
          Map.entry("hr", new TimeUnit(Grain.HOUR, 1)), Map.entry("hrs", new TimeUnit(Grain.HOUR, 1)),
          Map.entry("day", new TimeUnit(Grain.DAY, 1)), Map.entry("days", new TimeUnit(Grain.DAY, 1)),
          Map.entry("night", new TimeUnit(Grain.DAY, 1)), Map.entry("nights", new TimeUnit(Grain.DAY, 1)),
          Map.entry("weekend", new TimeUnit(Grain.DAY, 2)), Map.entry("weekends", new TimeUnit(Grain.DAY, 2)),
          Map.entry("week", new TimeUnit(Grain.WEEK, 1)), Map.entry("weeks", new TimeUnit(Grain.WEEK, 1)),
          Map.entry("wk", new TimeUnit(Grain.WEEK, 1)), Map.entry("wks", new TimeUnit(Grain.WEEK, 1)),
          Map.entry("fortnight", new TimeUnit(Grain.WEEK, 2)), Map.entry("fortnights", new TimeUnit(Grain.WEEK, 2)),
          Map.entry("month", new TimeUnit(Grain.MONTH, 1)), Map.entry("months", new TimeUnit(Grain.MONTH, 1)),
          Map.entry("mth", new TimeUnit(Grain.MONTH, 1)), Map.entry("mths", new TimeUnit(Grain.MONTH, 1)),
          Map.entry("year", new TimeUnit(Grain.YEAR, 1)), Map.entry("years", new TimeUnit(Grain.YEAR, 1)),
          Map.entry("yr", new TimeUnit(Grain.YEAR, 1)), Map.entry("yrs", new TimeUnit(Grain.YEAR, 1)),
          Map.entry("decade", new TimeUnit(Grain.YEAR, 10)), Map.entry("decades", new TimeUnit(Grain.YEAR, 10)),
          Map.entry("century", new TimeUnit(Grain.YEAR, 100)), Map.entry("centuries", new TimeUnit(Grain.YEAR, 100)));

  /** Single letters glued to a number: "3h", "10D", "3Y", "2W". */
  private static final Map<String, TimeUnit> LETTERS =
      Map.of("h", new TimeUnit(Grain.HOUR, 1), "H", new TimeUnit(Grain.HOUR, 1), "d", new TimeUnit(Grain.DAY, 1),
          "D", new TimeUnit(Grain.DAY, 1), "w", new TimeUnit(Grain.WEEK, 1), "W", new TimeUnit(Grain.WEEK, 1),
          "y", new TimeUnit(Grain.YEAR, 1), "Y", new TimeUnit(Grain.YEAR, 1), "s", new TimeUnit(Grain.SECOND, 1));

  /** The time unit at token {@code k}, or null; single letters only when glued to the number before. */
  static TimeUnit at(Tokens t, int k) {
    if (!t.isWord(k)) {
      return null;
    }
    Token tok = t.get(k);
    TimeUnit u = WORDS.get(tok.norm);
    if (u != null) {
      return u;
    }
    if (!tok.space && tok.text.length() == 1 && !(t.touching(k + 1) && (t.isWord(k + 1) || t.isDigits(k + 1)))) {
      return LETTERS.get(tok.text);
    }
    return null;
  }

  /** The time unit word {@code w}, or null. */
  static TimeUnit word(String w) {
    return WORDS.get(w);
  }

  /** The ISO 8601 duration of {@code value} grains: "P20Y", "PT3H", "P1.5D". */
  static String iso(Grain g, double value) {
    String v = value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
    if (g == Grain.QUARTER) {
      return "P" + v + "M";
    }
    return (g.clock ? "PT" : "P") + v + g.iso;
  }
}
