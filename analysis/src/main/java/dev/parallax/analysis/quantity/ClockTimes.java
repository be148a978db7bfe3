package dev.parallax.analysis.quantity;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

/**
 * Times of day and parts of the day: "6pm", "6 p.m.", "18:30", "7:56:30 pm", "1140 a.m.", "2.30pm",
 * "noon", "midnight", "7 o'clock", "half past seven", "20 min past eight", "a quarter to ten",
 * "11ish", "six pm"; "in the morning", "this evening"'s "evening", "late afternoon"; ranges "5 to
 * 6pm", "3-8pm", "between 10 and 11:30", "10am-12pm".
 *
 * <p>A bare hour ("at 7", "3-8") is read only as a <em>weak</em> time, which the composer keeps
 * when a date or a part of the day stands next to it and drops otherwise. "6pm" and "11pm" are
 * times, never picometres. Stateless.
 */
final class ClockTimes {
  private ClockTimes() {}

  /**
   * A time of day over tokens [from, to).
   *
   * @param ampm true when the text fixes the half of the day (am/pm, a 24-hour clock, "noon")
   * @param strong false for a bare hour that is a time only in a time's company
   */
  record Clock(int from, int to, LocalTime time, boolean ampm, boolean strong) {}

  private static final Set<String> OCLOCK = Set.of("o'clock", "oclock");

  /** Parts of the day, as read by Parallax (and Recognizers-Text): morning is 8 to 12, and so on. */
  static final Map<String, DateWords.PartOfDay> PARTS =
      Map.ofEntries(
          Map.entry("morning", part(8, 0, 12, 0, false)), Map.entry("mornings", part(8, 0, 12, 0, false)),
          Map.entry("afternoon", part(12, 0, 16, 0, true)), Map.entry("afternoons", part(12, 0, 16, 0, true)),
          Map.entry("evening", part(16, 0, 20, 0, true)), Map.entry("evenings", part(16, 0, 20, 0, true)),
          Map.entry("night", part(20, 0, 23, 59, true)), Map.entry("nights", part(20, 0, 23, 59, true)),
          Map.entry("daytime", part(8, 0, 18, 0, false)),
          Map.entry("nighttime", part(0, 0, 8, 0, false)), Map.entry("night-time", part(0, 0, 8, 0, false)),
          Map.entry("lunchtime", part(11, 0, 13, 0, true)), Map.entry("lunch", part(11, 0, 13, 0, true)),
          Map.entry("dinner", part(16, 0, 20, 0, true)), Map.entry("dinnertime", part(16, 0, 20, 0, true)),
          Map.entry("breakfast", part(8, 0, 12, 0, false)));

  private static DateWords.PartOfDay part(int h1, int m1, int h2, int m2, boolean pm) {
    LocalTime end = h2 == 23 && m2 == 59 ? LocalTime.of(23, 59, 59) : LocalTime.of(h2, m2);
    return new DateWords.PartOfDay(LocalTime.of(h1, m1), end, pm);
  }

  // ------------------------------------------------------------------------------------ single times

  /** The time of day that starts at token {@code i}, strong or weak, or null. */
  static Clock at(Tokens t, int i) {
    if (t.inAddress(i)) {
      return null;
    }
    if (t.isWord(i)) {
      return wordTime(t, i);
    }
    if (t.isDigits(i)) {
      Clock past = pastOrTo(t, i);
      if (past != null) {
        return past;
      }
    }
    if (!t.isDigits(i) || t.touching(i) && (t.isWord(i - 1) || t.isDigits(i - 1) || t.sym(i - 1, '.')
        || t.sym(i - 1, ':') || t.sym(i - 1, '/') || t.sym(i - 1, ',') || t.sym(i - 1, '$'))) {
      return null;
    }
    String d = t.get(i).text;
    int hour;
    int minute = 0;
    int second = 0;
    int k = i + 1;
    boolean colon = false;
    boolean dot = false;
    if (d.length() <= 2) {
      hour = Integer.parseInt(d);
      boolean sep = t.sym(k, ':') || t.sym(k, '.');
      if (sep && t.touching(k) && t.isDigits(k + 1) && t.touching(k + 1) && t.get(k + 1).text.length() == 2) {
        dot = t.sym(k, '.');
        minute = Integer.parseInt(t.get(k + 1).text);
        k += 2;
        colon = true;
        if (!dot && t.sym(k, ':') && t.touching(k) && t.isDigits(k + 1) && t.touching(k + 1)
            && t.get(k + 1).text.length() == 2) {
          second = Integer.parseInt(t.get(k + 1).text);
          k += 2;
        }
      }
    } else if (d.length() == 3 || d.length() == 4) {
      // "1140 a.m.", "0730" (a four-digit 24-hour clock only where a range says so; see range)
      hour = Integer.parseInt(d.substring(0, d.length() - 2));
      minute = Integer.parseInt(d.substring(d.length() - 2));
      if (meridiemAt(t, k) == null) {
        return null;
      }
    } else {
      return null;
    }
    if (hour > 24 || minute > 59 || second > 59) {
      return null;
    }
    if (colon && (t.sym(k, ':') || t.sym(k, '.') && t.isDigits(k + 1)) && t.touching(k)) {
      return null;
    }
    int[] m = meridiemAt(t, k);
    if (m != null) {
      if (hour > 12 || hour == 0 && !colon) {
        // "13pm" is no time; "0:30am" is
        if (!(hour > 12 && m[0] == 1 && hour < 24)) {
          return null;
        }
        return new Clock(i, m[1], LocalTime.of(hour, minute, second), true, true);
      }
      int h = hour % 12 + (m[0] == 1 ? 12 : 0);
      return new Clock(i, m[1], LocalTime.of(h, minute, second), true, true);
    }
    if (t.isWord(k) && OCLOCK.contains(t.norm(k)) && hour <= 24) {
      return new Clock(i, k + 1, LocalTime.of(hour % 24, minute, second), hour > 12, true);
    }
    if (t.word(k, "ish") && t.touching(k) || t.sym(k, '-') && t.word(k + 1, "ish")) {
      int e = t.word(k, "ish") ? k + 1 : k + 2;
      return new Clock(i, e, LocalTime.of(hour % 24, minute, second), false, true);
    }
    if (colon && !dot) {
      if (hour == 24 && (minute > 0 || second > 0)) {
        return null;
      }
      // "1:3" ratios are not times, nor is "2:1" with one-digit minutes (excluded above)
      return new Clock(i, k, LocalTime.of(hour % 24, minute, second), hour > 12 || hour == 0 || d.startsWith("0"),
          true);
    }
    if (hour == 24 && minute > 0) {
      return null;
    }
    // a number with a thousands group, a unit, a currency or a percent sign is an amount
    if (t.sym(k, ',') && t.touching(k) && t.isDigits(k + 1) || t.sym(k, '%') || t.word(k, "percent")
        || t.word(k, "per") || Units.TABLE.match(t, k) != null && !t.word(k, "in") && !t.word(k, "at")
        || Currencies.TABLE.match(t, k) != null && !t.word(k, "and") || t.word(k, "million")
        || t.word(k, "billion") || t.word(k, "thousand") || t.word(k, "hundred") || TimeUnits.at(t, k) != null) {
      return null;
    }
    // "6.45", "2.30", "7": only weak
    return new Clock(i, k, LocalTime.of(hour % 24, minute, second), hour > 12, false);
  }

  /**
   * "am"/"pm" in its spellings at token {@code k} ("pm", "p.m.", "p. m.", "p m", "a", "p" glued):
   * {0 for am, 1 for pm, end token}, or null.
   */
  static int[] meridiemAt(Tokens t, int k) {
    if (!t.isWord(k)) {
      // "9.am"
      if (t.sym(k, '.') && t.touching(k) && (t.word(k + 1, "am") || t.word(k + 1, "pm")) && t.touching(k + 1)) {
        int[] m = meridiemAt(t, k + 1);
        return m;
      }
      return null;
    }
    String w = t.norm(k);
    if (w.equals("am") || w.equals("pm") || w.equals("ampm")) {
      // "am" after a spaced number may be the verb ("I am"); keep it when it is written like a meridiem
      if (t.get(k).text.equals("Am")) {
        return null;
      }
      return new int[] {w.equals("pm") ? 1 : 0, k + 1};
    }
    if (w.equals("a") || w.equals("p")) {
      // "a.m.", "p. m.", "p . m ."
      int e = k + 1;
      if (t.sym(e, '.')) {
        e++;
      }
      if (t.word(e, "m")) {
        e++;
        if (t.sym(e, '.')) {
          e++;
        }
        return new int[] {w.equals("p") ? 1 : 0, e};
      }
      // "9a", "9p": glued and ending the word
      if (!t.get(k).space && !(t.touching(k + 1) && (t.isWord(k + 1) || t.isDigits(k + 1)))
          && !t.sym(k + 1, '.')) {
        return new int[] {w.equals("p") ? 1 : 0, k + 1};
      }
      if (!t.get(k).space && t.sym(k + 1, '.') && t.atClauseEnd(k + 2)) {
        return new int[] {w.equals("p") ? 1 : 0, k + 1};
      }
      return null;
    }
    return null;
  }

  /** An hour in words, one to twelve ("seven", "twelve"), or -1. */
  private static int hourWord(Tokens t, int k) {
    if (!t.isWord(k)) {
      return -1;
    }
    int v = NumberWords.small(t.norm(k));
    return v >= 1 && v <= 12 && NumberWords.UNITS.containsKey(t.norm(k)) ? v : -1;
  }

  /** Minutes in words after an hour word: "thirty", "forty-five", "twenty seven", "fifteen": {minutes, end}. */
  private static int[] minuteWords(Tokens t, int k) {
    if (!t.isWord(k)) {
      return null;
    }
    String w = t.norm(k);
    Integer tens = NumberWords.TENS.get(w);
    if (tens != null && tens <= 50) {
      int e = k + 1;
      int m = tens;
      int u = t.sym(e, '-') ? e + 1 : e;
      Integer unit = t.isWord(u) ? NumberWords.UNITS.get(t.norm(u)) : null;
      if (unit != null && unit >= 1 && unit <= 9) {
        m += unit;
        e = u + 1;
      }
      return new int[] {m, e};
    }
    Integer v = NumberWords.UNITS.get(w);
    if (v != null && v >= 10 && v <= 19) {
      return new int[] {v, k + 1};
    }
    if (t.word(k, "oh") || t.word(k, "o")) {
      Integer u = t.isWord(k + 1) ? NumberWords.UNITS.get(t.norm(k + 1)) : null;
      if (u != null && u >= 1 && u <= 9) {
        return new int[] {u, k + 2};
      }
    }
    return null;
  }

  private static Clock wordTime(Tokens t, int i) {
    String w = t.norm(i);
    switch (w) {
      case "noon":
      case "noonish":
        return new Clock(i, i + 1, LocalTime.NOON, true, true);
      case "midnight":
        return new Clock(i, i + 1, LocalTime.MIDNIGHT, true, true);
      case "mid":
        if (t.word(i + 1, "night")) {
          return new Clock(i, i + 2, LocalTime.MIDNIGHT, true, true);
        }
        return null;
      default:
        break;
    }
    // "half past seven", "a quarter to ten", "20 min past eight", "ten past nine"
    Clock past = pastOrTo(t, i);
    if (past != null) {
      return past;
    }
    int h = hourWord(t, i);
    if (h < 0) {
      return null;
    }
    int k = i + 1;
    int minute = 0;
    // "five-thirty", "nine thirty", "seven twenty-seven", "six forty-three minutes"
    int mk = t.sym(k, '-') && t.touching(k) ? k + 1 : k;
    int[] mw = minuteWords(t, mk);
    if (mw != null) {
      minute = mw[0];
      k = mw[1];
      if (t.word(k, "minutes")) {
        k++;
      }
    }
    int[] m = meridiemAt(t, k);
    if (m != null) {
      return new Clock(i, m[1], LocalTime.of(h % 12 + (m[0] == 1 ? 12 : 0), minute), true, true);
    }
    if (t.isWord(k) && OCLOCK.contains(t.norm(k))) {
      return new Clock(i, k + 1, LocalTime.of(h % 24, minute), false, true);
    }
    return new Clock(i, k, LocalTime.of(h % 24, minute), false, false);
  }

  private static Clock pastOrTo(Tokens t, int i) {
    int k = i;
    int minutes;
    if (t.word(k, "half")) {
      minutes = 30;
      k++;
    } else if (t.word(k, "quarter") || t.word(k, "a") && t.word(k + 1, "quarter")) {
      minutes = 15;
      k += t.word(k, "a") ? 2 : 1;
    } else if (t.isDigits(k) && t.get(k).text.length() <= 2) {
      minutes = Integer.parseInt(t.get(k).text);
      k++;
      if (!(t.word(k, "min") || t.word(k, "mins") || t.word(k, "minutes") || t.word(k, "past"))) {
        return null;
      }
    } else {
      int v = NumberWords.small(t.norm(k));
      if (v < 1 || v > 59 || !t.isWord(k)) {
        return null;
      }
      minutes = v;
      k++;
      if (t.sym(k, '-') && NumberWords.small(t.norm(k + 1)) > 0 && v >= 20) {
        minutes += NumberWords.small(t.norm(k + 1));
        k += 2;
      } else if (NumberWords.TENS.containsKey(t.norm(k - 1)) && NumberWords.small(t.norm(k)) > 0
          && NumberWords.small(t.norm(k)) < 10) {
        minutes += NumberWords.small(t.norm(k));
        k++;
      }
    }
    if (minutes > 59) {
      return null;
    }
    if (t.word(k, "minutes") || t.word(k, "minute") || t.word(k, "min") || t.word(k, "mins")) {
      k++;
    }
    boolean past = t.word(k, "past") || t.word(k, "after");
    boolean to = t.word(k, "to") || t.word(k, "before") || t.word(k, "till");
    if (!past && !to) {
      return null;
    }
    int hk = k + 1;
    int hour;
    if (t.isDigits(hk) && t.get(hk).text.length() <= 2 && !t.sym(hk + 1, ':')) {
      hour = Integer.parseInt(t.get(hk).text);
      if (hour > 24) {
        return null;
      }
    } else if (t.word(hk, "noon")) {
      hour = 12;
    } else if (t.word(hk, "midnight")) {
      hour = 0;
    } else {
      hour = hourWord(t, hk);
      if (hour < 0) {
        return null;
      }
    }
    // "five to seven" is a range of hours, not 6:55: only minutes words with "past", or "to" with half/quarter/min
    if (to && !(t.word(i, "half") || t.word(i, "quarter") || t.word(i, "a") || t.word(k - 1, "minutes")
        || t.word(k - 1, "min") || t.word(k - 1, "mins") || t.word(k - 1, "minute"))) {
      return null;
    }
    int e = hk + 1;
    if (t.isWord(e) && OCLOCK.contains(t.norm(e))) {
      e++;
    }
    int[] m = meridiemAt(t, e);
    boolean ampm = false;
    int h = hour;
    if (m != null) {
      h = hour % 12 + (m[0] == 1 ? 12 : 0);
      e = m[1];
      ampm = true;
    }
    LocalTime base = LocalTime.of(h % 24, 0);
    LocalTime time = past ? base.plusMinutes(minutes) : base.minusMinutes(minutes);
    return new Clock(i, e, time, ampm, true);
  }

  // ------------------------------------------------------------------------------------ ranges

  /**
   * A range of times at token {@code i}: "5 to 6pm", "3-8pm", "10am-12pm", "between 10 and 11:30",
   * "from 3 in the morning until 5pm" is left to the composer. {@code between} tells whether "and"
   * may join the ends. Returns {start clock, end clock} or null; the pair is weak unless one end is
   * strong.
   */
  static Clock[] range(Tokens t, int i, boolean between) {
    Clock a = at(t, i);
    if (a == null && between) {
      Clock four = fourDigits(t, i);
      if (four == null) {
        return null;
      }
      a = four;
    }
    if (a == null) {
      return null;
    }
    int k = a.to();
    boolean dash = t.sym(k, '-') || t.sym(k, '\u2013') || t.sym(k, '~');
    boolean word = t.word(k, "to") || t.word(k, "till") || t.word(k, "until") || t.word(k, "through")
        || t.word(k, "thru") || between && t.word(k, "and");
    if (!dash && !word) {
      return null;
    }
    Clock b = at(t, k + 1);
    if (b == null && between) {
      b = fourDigits(t, k + 1);
    }
    if (b == null || a.to() - a.from() == 1 && t.get(a.from()).text.length() == 4 && b.to() - b.from() == 1
        && t.get(b.from()).text.length() == 4 && t.get(a.from()).text.charAt(0) != '0'
        && t.get(b.from()).text.charAt(0) != '0') {
      return null;
    }
    if (!a.strong() && !b.strong() && !(a.to() - a.from() <= 3 && b.to() - b.from() <= 3)) {
      return null;
    }
    // spread am/pm from the end with one to the start: "5 to 6pm", "9.30-4.30pm", "3 and 8am"
    LocalTime start = a.time();
    LocalTime end = b.time();
    if (!a.ampm() && b.ampm()) {
      if (b.time().getHour() >= 12 && start.getHour() < 12) {
        LocalTime pm = start.plusHours(12);
        if (!pm.isAfter(end)) {
          start = pm;
        }
      }
    } else if (a.ampm() && !b.ampm()) {
      if (end.isBefore(start) && end.getHour() < 12 && end.plusHours(12).isAfter(start)) {
        end = end.plusHours(12);
      }
    } else if (a.ampm() && b.ampm() && end.equals(LocalTime.MIDNIGHT) && start.getHour() < 12
        && t.word(b.to() - 1, "am")) {
      // "10am-12am" means until noon
      end = LocalTime.NOON;
    } else if (!a.ampm() && !b.ampm()) {
      // "11-4" is 11:00 to 16:00, "12-4" is 0:00 to 4:00, "10:30 to 3" ends at 15:00
      if (start.getHour() == 12 && end.getHour() < 12) {
        start = start.minusHours(12);
      } else if (end.isBefore(start) && end.getHour() < 12) {
        end = end.plusHours(12);
      }
    }
    // "from three thirty to four thirty": two times with minutes are times
    boolean minutes = a.time().getMinute() != 0 && b.time().getMinute() != 0 && a.to() - a.from() > 1
        && b.to() - b.from() > 1;
    return new Clock[] {new Clock(a.from(), a.to(), start, a.ampm() || b.ampm(), a.strong() || minutes),
      new Clock(b.from(), b.to(), end, b.ampm() || a.ampm(), b.strong() || minutes)};
  }

  /** "0730", "1930": a four-digit 24-hour clock, read only inside a range. */
  private static Clock fourDigits(Tokens t, int i) {
    if (!t.isDigits(i) || t.get(i).text.length() != 4 || t.touching(i + 1) && (t.isWord(i + 1) || t.isDigits(i + 1))) {
      return null;
    }
    String d = t.get(i).text;
    int h = Integer.parseInt(d.substring(0, 2));
    int m = Integer.parseInt(d.substring(2));
    if (h > 23 || m > 59 || d.charAt(0) != '0' && d.charAt(0) != '1' && d.charAt(0) != '2') {
      return null;
    }
    return new Clock(i, i + 1, LocalTime.of(h, m), true, false);
  }

  // ------------------------------------------------------------------------------------ parts of the day

  /**
   * A part of the day at token {@code i}: "morning", "in the morning", "early morning", "late in
   * the afternoon", "later in the evening", "in the night-time": {part, end} as a custom part, or
   * null.
   */
  static PartAt part(Tokens t, int i) {
    int k = i;
    int mod = 0;
    if (t.word(k, "early")) {
      mod = -1;
      k++;
    } else if (t.word(k, "late") || t.word(k, "later")) {
      mod = 1;
      k++;
    }
    if (t.word(k, "in")) {
      k++;
      if (t.word(k, "the")) {
        k++;
      }
    }
    if (mod == 0 && k > i && (t.word(k, "early") || t.word(k, "late"))) {
      mod = t.word(k, "early") ? -1 : 1;
      k++;
    }
    String w = t.norm(k);
    int e = k + 1;
    if (t.word(k, "night") && t.sym(k + 1, '-') && t.word(k + 2, "time")) {
      w = "night-time";
      e = k + 3;
    }
    DateWords.PartOfDay p = t.isWord(k) ? PARTS.get(w) : null;
    if (p == null || w.endsWith("s") && k == i) {
      return null;
    }
    // "Good morning" is a greeting; "1 night", "a night" a duration
    if (k == i && (t.word(i - 1, "good") || t.isDigits(i - 1) && !(t.touching(i - 1) && t.isWord(i - 2))
        || t.word(i - 1, "a") || t.word(i - 1, "one")
        || NumberWords.small(t.norm(i - 1)) > 1 || t.word(i - 1, "every") || t.word(i - 1, "each"))) {
      return null;
    }
    if (k == i && mod == 0 && (w.equals("lunch") || w.equals("dinner") || w.equals("breakfast"))) {
      return null;
    }
    if (mod != 0) {
      long minutes = java.time.Duration.between(p.start(), p.end()).toMinutes();
      LocalTime half = p.start().plusMinutes(minutes / 2);
      p = mod < 0 ? new DateWords.PartOfDay(p.start(), half, p.pm()) : new DateWords.PartOfDay(half, p.end(), p.pm());
    }
    return new PartAt(p, e);
  }

  /** A part of the day and the token after it. */
  record PartAt(DateWords.PartOfDay part, int end) {}

  /** The time {@code c} read in the half of the day of {@code p}: "7" in the evening is 19:00. */
  static LocalTime inPart(LocalTime c, boolean ampm, DateWords.PartOfDay p) {
    if (ampm) {
      return c;
    }
    if (p.pm() && c.getHour() < 12) {
      LocalTime pm = c.plusHours(12);
      // "3 in the night" is 3 am; "10 at night" is 22:00
      if (p.start().getHour() >= 20 && c.getHour() < 5) {
        return c;
      }
      return pm;
    }
    if (!p.pm() && c.getHour() == 12) {
      return c.minusHours(12);
    }
    return c;
  }
}
