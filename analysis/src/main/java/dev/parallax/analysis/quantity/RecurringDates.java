package dev.parallax.analysis.quantity;

import java.util.Set;

/**
 * Recurring times, which name no single date: "every Monday", "each week", "every other day",
 * "once a week", "twice a year", "weekly", "annually", "Thursdays", "mornings", "weekends". They
 * become DATE mentions with a null {@code date}. Frequency words count only in lower case, so the
 * "Daily" of a newspaper's name is left alone.
 */
final class RecurringDates {
  private RecurringDates() {}

  private static final Set<String> FREQUENCY_WORDS =
      Set.of("daily", "weekly", "monthly", "yearly", "annually", "quarterly", "hourly", "nightly", "biweekly",
          "fortnightly", "semiannually", "semiannual", "biannually", "biannual", "everyday", "bimonthly", "annual",
          "semimonthly");

  private static final Set<String> PLURAL_PERIODS =
      Set.of("mornings", "afternoons", "evenings", "nights", "weekends", "weekdays", "mondays", "tuesdays",
          "wednesdays", "thursdays", "fridays", "saturdays", "sundays");

  /** The recurring expression at token {@code i}, or null. */
  static TimeExpr at(Tokens t, int i) {
    if (!t.isWord(i)) {
      return null;
    }
    String w = t.norm(i);
    // "semi-annually", "bi-monthly"
    if ((w.equals("semi") || w.equals("bi")) && t.sym(i + 1, '-') && t.touching(i + 1) && t.touching(i + 2)
        && t.isWord(i + 2) && FREQUENCY_WORDS.contains(w + t.norm(i + 2))) {
      return set(i, i + 3);
    }
    if (FREQUENCY_WORDS.contains(w) && Character.isLowerCase(t.get(i).text.charAt(0))) {
      return set(i, i + 1);
    }
    if (PLURAL_PERIODS.contains(w) && (t.word(i - 1, "all") || t.word(i - 1, "on") || t.word(i - 1, "the")
        && !t.word(i + 1, "of") || !t.isWord(i - 1) || t.atClauseEnd(i + 1) || t.word(i + 1, "at")
        || Character.isUpperCase(t.get(i).text.charAt(0)))) {
      int from = t.word(i - 1, "all") || t.word(i - 1, "in") && t.word(i + 0, "mornings") ? i - 1 : i;
      if (w.equals("nights") || w.equals("weekdays")) {
        if (!t.word(i - 1, "all") && !t.word(i - 1, "on")) {
          return null;
        }
      }
      return set(from, i + 1);
    }
    // "every day", "each week", "every other day", "every three weeks", "each monday", "any weekend"
    if (w.equals("every") || w.equals("each") || w.equals("any") && (t.word(i + 1, "weekend") || t.word(i + 1, "year")
        || t.word(i + 1, "week") || t.word(i + 1, "month"))) {
      int k = i + 1;
      if (t.word(k, "other") || t.word(k, "single")) {
        k++;
      }
      NumberPhrase np = NumberParser.parse(t, k, false);
      if (np != null && np.integral() && np.value() > 0 && np.value() < 1000) {
        k = np.to();
      }
      if (!t.isWord(k)) {
        return null;
      }
      String u = t.norm(k);
      if (TimeUnits.word(u) != null || DateWords.WEEKDAYS.containsKey(u) && !DateWords.AMBIGUOUS_WEEKDAYS.contains(u)
          || u.equals("weekday") || u.equals("weekend") || u.equals("quarter") || u.equals("quarters")
          || ClockTimes.PARTS.containsKey(u) && !u.equals("lunch") || DateWords.MONTHS.containsKey(u)
          && !DateWords.AMBIGUOUS_MONTHS.contains(u)) {
        if (w.equals("each") && TimeUnits.word(u) != null && (t.word(k + 1, "of") || t.word(i - 1, "for"))) {
          return null;
        }
        return set(i, k + 1);
      }
      return null;
    }
    // "once a week", "twice a year", "three times a day", "one a day"
    int k = i;
    if (w.equals("once") || w.equals("twice") || w.equals("thrice")) {
      k = i + 1;
    } else {
      NumberPhrase np = NumberParser.parse(t, i, false);
      if (np != null && t.word(np.to(), "times")) {
        k = np.to() + 1;
      } else if (w.equals("one") && (t.word(i + 1, "a") || t.word(i + 1, "per"))) {
        k = i + 1;
      } else {
        return null;
      }
    }
    if ((t.word(k, "a") || t.word(k, "an") || t.word(k, "per") || t.word(k, "every") || t.word(k, "each"))
        && t.isWord(k + 1) && TimeUnits.word(t.norm(k + 1)) != null && !t.norm(k + 1).endsWith("s")) {
      return set(i, k + 2);
    }
    return null;
  }

  private static TimeExpr set(int from, int to) {
    TimeExpr e = new TimeExpr(from, to);
    e.undated = true;
    return e;
  }
}
