package dev.parallax.analysis.quantity;

import java.time.LocalTime;
import java.util.Set;

/**
 * Times of day: "6pm", "6 p.m.", "18:30", "7:56:30 pm", "1140 a.m.", "noon", "midnight", "7
 * o'clock", "half past seven", "20 min past eight", "a quarter to ten", "11ish".
 *
 * <p>A bare number is never a time here ("at 7" is left to the composer, which has the context);
 * "6pm" and "11pm" are times, never picometres. Stateless.
 */
final class ClockTimes {
  private ClockTimes() {}

  /**
   * A time of day over tokens [from, to).
   *
   * @param ampm true when the text fixes the half of the day (am/pm, a 24-hour clock, "noon")
   */
  record Clock(int from, int to, LocalTime time, boolean ampm) {}

  private static final Set<String> OCLOCK = Set.of("o'clock", "oclock");

  /** The time of day that starts at token {@code i}, or null. */
  static Clock at(Tokens t, int i) {
    if (t.inAddress(i)) {
      return null;
    }
    if (t.isWord(i)) {
      return wordTime(t, i);
    }
    if (!t.isDigits(i) || t.touching(i) && (t.isWord(i - 1) || t.isDigits(i - 1) || t.sym(i - 1, '.')
        || t.sym(i - 1, ':') || t.sym(i - 1, '/'))) {
      return null;
    }
    String d = t.get(i).text;
    int hour;
    int minute = 0;
    int second = 0;
    int k = i + 1;
    boolean colon = false;
    if (d.length() <= 2) {
      hour = Integer.parseInt(d);
      if ((t.sym(k, ':') || t.sym(k, '.') && meridiemAt(t, k + 2) != null) && t.touching(k) && t.isDigits(k + 1)
          && t.touching(k + 1) && t.get(k + 1).text.length() == 2) {
        minute = Integer.parseInt(t.get(k + 1).text);
        k += 2;
        colon = true;
        if (t.sym(k, ':') && t.touching(k) && t.isDigits(k + 1) && t.touching(k + 1)
            && t.get(k + 1).text.length() == 2) {
          second = Integer.parseInt(t.get(k + 1).text);
          k += 2;
        }
      }
    } else if (d.length() == 3 || d.length() == 4) {
      // "1140 a.m.", "0730": only with am/pm or as a four-digit 24-hour clock with "h"/"hrs"
      hour = Integer.parseInt(d.substring(0, d.length() - 2));
      minute = Integer.parseInt(d.substring(d.length() - 2));
      int[] m = meridiemAt(t, k);
      if (m == null) {
        return null;
      }
    } else {
      return null;
    }
    if (hour > 24 || minute > 59 || second > 59) {
      return null;
    }
    // a chain such as 10:20:30:40 or a score "2:1" followed by more digits is not a time
    if (colon && t.sym(k, ':') && t.touching(k)) {
      return null;
    }
    int[] m = meridiemAt(t, k);
    if (m != null) {
      if (hour == 0 || hour > 12) {
        return null;
      }
      int h = hour % 12 + (m[0] == 1 ? 12 : 0);
      return new Clock(i, m[1], LocalTime.of(h, minute, second), true);
    }
    if (t.isWord(k) && OCLOCK.contains(t.norm(k)) && hour <= 12) {
      return new Clock(i, k + 1, LocalTime.of(hour % 24, minute, second), false);
    }
    if (t.word(k, "ish") || t.sym(k, '-') && t.word(k + 1, "ish")) {
      int e = t.word(k, "ish") ? k + 1 : k + 2;
      return new Clock(i, e, LocalTime.of(hour % 24, minute, second), false);
    }
    if (colon) {
      if (hour == 24 && (minute > 0 || second > 0)) {
        return null;
      }
      return new Clock(i, k, LocalTime.of(hour % 24, minute, second), hour > 12 || hour == 0 || d.startsWith("0"));
    }
    return null;
  }

  /** "am"/"pm" in its spellings at token {@code k}: {0 for am, 1 for pm, end token}, or null. */
  static int[] meridiemAt(Tokens t, int k) {
    if (!t.isWord(k)) {
      return null;
    }
    String w = t.norm(k);
    // "6pm" glued, "6 pm" spaced; "p.m." and "p. m."
    if (w.equals("am") || w.equals("pm")) {
      // "am" spaced after a number is also the verb in "I am"; only lower-case "am" right after the number
      if (w.equals("am") && t.get(k).space && !t.get(k).text.equals("am") && !t.get(k).text.equals("AM")) {
        return null;
      }
      int e = k + 1;
      if (t.sym(e, '.') && t.touching(e) && !t.isWord(e + 1) && !t.exists(e + 1)) {
        e++;
      }
      return new int[] {w.equals("pm") ? 1 : 0, e};
    }
    if ((w.equals("a") || w.equals("p")) && t.sym(k + 1, '.') && t.touching(k + 1)) {
      int e = k + 2;
      if (t.word(e, "m")) {
        e++;
        if (t.sym(e, '.') && t.touching(e)) {
          e++;
        }
        return new int[] {w.equals("p") ? 1 : 0, e};
      }
      return null;
    }
    if ((w.equals("a") || w.equals("p")) && t.touching(k) && !t.isWord(k + 1)) {
      return new int[] {w.equals("p") ? 1 : 0, k + 1};
    }
    return null;
  }

  private static Clock wordTime(Tokens t, int i) {
    String w = t.norm(i);
    switch (w) {
      case "noon":
      case "midday":
        return new Clock(i, i + 1, LocalTime.NOON, true);
      case "noonish":
        return new Clock(i, i + 1, LocalTime.NOON, true);
      case "midnight":
        return new Clock(i, i + 1, LocalTime.MIDNIGHT, true);
      default:
        break;
    }
    // "half past seven", "a quarter to ten", "20 min past eight", "ten past nine"
    int k = i;
    int minutes;
    if (t.word(k, "half")) {
      minutes = 30;
      k++;
    } else if (t.word(k, "quarter") || t.word(k, "a") && t.word(k + 1, "quarter")) {
      minutes = 15;
      k += t.word(k, "a") ? 2 : 1;
    } else {
      int v = NumberWords.small(w);
      if (v < 1 || v > 59) {
        return null;
      }
      minutes = v;
      k++;
      if (t.sym(k, '-') && NumberWords.small(t.norm(k + 1)) > 0 && v >= 20) {
        minutes += NumberWords.small(t.norm(k + 1));
        k += 2;
      } else if (NumberWords.TENS.containsKey(w) && NumberWords.small(t.norm(k)) > 0
          && NumberWords.small(t.norm(k)) < 10) {
        minutes += NumberWords.small(t.norm(k));
        k++;
      }
      if (t.word(k, "minutes") || t.word(k, "minute") || t.word(k, "min") || t.word(k, "mins")) {
        k++;
      }
    }
    boolean past = t.word(k, "past") || t.word(k, "after");
    boolean to = t.word(k, "to") || t.word(k, "before") || t.word(k, "till");
    if (!past && !to) {
      return null;
    }
    int hour = hourAt(t, k + 1);
    if (hour < 0) {
      return null;
    }
    int e = k + 2;
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
    return new Clock(i, e, time, ampm);
  }

  /** An hour written in digits (0–24) or words (one to twelve) at {@code k}, or -1. */
  private static int hourAt(Tokens t, int k) {
    if (t.isDigits(k)) {
      String d = t.get(k).text;
      if (d.length() > 2) {
        return -1;
      }
      int h = Integer.parseInt(d);
      return h <= 24 ? h : -1;
    }
    if (t.word(k, "noon")) {
      return 12;
    }
    if (t.word(k, "midnight")) {
      return 0;
    }
    int v = NumberWords.small(t.norm(k));
    return v >= 1 && v <= 12 && t.isWord(k) ? v : -1;
  }
}
