package dev.parallax.analysis.quantity;

import dev.parallax.model.Qualifier;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds dates, times and periods in a token stream and resolves them against a reference date.
 *
 * <p>It works in two passes. The first reads <em>atoms</em> left to right, longest first: a year
 * ("1947", "the mid-1990s"), a calendar date ("December 29, 2024", "29/12/2024", "Aban 1403"), a
 * day named relative to the reference ("yesterday", "last Wednesday"), a shifted period ("last
 * week", "this year"), an offset ("three days ago", "in 2 weeks") or a time of day ("6pm"). The
 * second joins neighbouring atoms: a weekday and a date ("last Wednesday, August 10"), a date and
 * a time, two ends of a range ("between September and May 2022", "2004-2021"), and a bound
 * ("since 1896", "before 2018").
 *
 * <p>A date whose year the text does not give ("September 23") takes the year that puts it
 * nearest to the reference; without a reference it stays unresolved: a DATE mention with a null
 * {@code date}. A bare four-digit number is a year only in a year's company (after "in",
 * "since", a month, …, or standing alone in the clause); "2,000 people" and "about 2000
 * fighters" stay numbers.
 *
 * <p>One instance serves one call; {@link #find} is the entry point and is thread-safe.
 */
final class DateRecognizer {
  private final Tokens t;
  private final LocalDateTime ref;

  private DateRecognizer(Tokens t, LocalDateTime ref) {
    this.t = t;
    this.ref = ref;
  }

  /** The date and time expressions of a text, in order, not overlapping. */
  static List<TimeExpr> find(Tokens t, LocalDateTime ref) {
    return new DateRecognizer(t, ref).run();
  }

  /** Words after which a four-digit number is a year. */
  private static final Set<String> YEAR_BEFORE =
      Set.of("in", "since", "by", "until", "till", "from", "during", "of", "before", "after", "circa", "year",
          "early", "late", "mid", "between", "through", "throughout", "to", "and", "or", "spring", "summer",
          "autumn", "fall", "winter", "fiscal", "fy", "ad", "bc", "than", "for", "on", "around", "election", "elections",
          "class", "back", "as", "into", "beginning", "end", "start", "middle", "half", "quarter", "season",
          "budget", "census", "cup", "olympics", "games", "model");

  /** Words after which a four-digit number is a count, not a year. */
  private static final Set<String> COUNT_BEFORE =
      Set.of("about", "some", "around", "nearly", "almost", "over", "approximately", "roughly", "least", "most",
          "additional", "another", "extra", "more", "fewer", "less", "estimated", "total", "only", "just", "up",
          "than", "exactly", "were", "are", "had", "has", "have", "with", "killed", "killing", "injured", "arrested",
          "employed", "hired", "deployed", "sent", "paid", "cost", "costs", "costing", "worth", "number", "of");

  /** Plural nouns without a final "s" that make a number before them a count. */
  private static final Set<String> IRREGULAR_PLURALS =
      Set.of("people", "men", "women", "children", "police", "troops", "personnel", "staff", "cattle", "feet",
          "teeth", "mice", "geese", "sheep", "fish", "deer", "households", "youth", "militia", "crew", "kilometres",
          "dead", "wounded");

  private static final Set<String> DATE_PREPOSITIONS =
      Set.of("in", "on", "since", "by", "until", "till", "from", "during", "of", "before", "after", "through", "to",
          "and", "or", "early", "late", "mid", "last", "next", "this", "that", "between", "throughout", "into",
          "around", "past", "coming", "every", "each", "end", "beginning", "start", "middle", "for", "at", "as");

  // ------------------------------------------------------------------------------------ passes

  private List<TimeExpr> run() {
    List<TimeExpr> atoms = new ArrayList<>();
    int n = t.size();
    int i = 0;
    while (i < n) {
      TimeExpr e = t.inAddress(i) ? null : atom(i);
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
    List<TimeExpr> out = joinWeekdayAndDate(atoms);
    out = joinDateAndTime(out);
    out = ranges(out);
    for (TimeExpr e : out) {
      modifier(e);
      bound(e);
    }
    return out;
  }

  private TimeExpr atom(int i) {
    TimeExpr best = null;
    best = longer(best, numericDate(i));
    best = longer(best, monthFirst(i));
    best = longer(best, dayFirst(i));
    best = longer(best, solarHijri(i));
    best = longer(best, relativeDay(i));
    best = longer(best, shifted(i));
    best = longer(best, offset(i));
    if (best == null) {
      best = longer(best, yearOrDecade(i));
      best = longer(best, weekday(i));
      best = longer(best, clock(i));
      best = longer(best, holiday(i));
    }
    return best;
  }

  private static TimeExpr longer(TimeExpr a, TimeExpr b) {
    if (b == null) {
      return a;
    }
    if (a == null || b.to > a.to) {
      return b;
    }
    return a;
  }

  // ------------------------------------------------------------------------------------ calendar atoms

  /** A month name at {@code k}: 1–12, or 0. Ambiguous words ("may", "march") need a date's company. */
  private int month(int k) {
    if (!t.isWord(k)) {
      return 0;
    }
    Integer m = DateWords.MONTHS.get(t.norm(k));
    if (m == null) {
      return 0;
    }
    // "Sept." and "Aug." with their full stop are fine; a month glued to letters or digits is not a month
    if (t.touching(k) && (t.isDigits(k - 1) || t.isWord(k - 1))) {
      return 0;
    }
    return m;
  }

  /** The end token of a month name at {@code k}, past an abbreviation's full stop ("Sept.", "Aug."). */
  private int monthEnd(int k) {
    if (MONTH_ABBREVIATIONS.contains(t.norm(k)) && t.sym(k + 1, '.') && t.touching(k + 1)) {
      return k + 2;
    }
    return k + 1;
  }

  private static final Set<String> MONTH_ABBREVIATIONS =
      Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** True when a month word that is also an ordinary word ("may", "march") reads as a month here. */
  private boolean monthInContext(int k, boolean withNumber) {
    String w = t.norm(k);
    if (!DateWords.AMBIGUOUS_MONTHS.contains(w) || withNumber) {
      return true;
    }
    boolean capital = Character.isUpperCase(t.get(k).text.charAt(0));
    boolean prep = t.isWord(k - 1) && DATE_PREPOSITIONS.contains(t.norm(k - 1));
    if (!prep) {
      return false;
    }
    if (w.equals("may") || w.equals("march")) {
      // "in May", "since March"; but not "they may", "the march on"
      return capital || !t.isWord(monthEnd(k)) || t.wordIn(monthEnd(k), Set.of("and", "or", "to", "through"));
    }
    return capital;
  }

  /** A day of the month at {@code k}: "29", "29th", "twenty nine", "second": {day, end} or null. */
  private int[] dayOfMonth(int k) {
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

  /** A year at {@code k} in a date ("2024", "'21"): {year, end} or null. */
  private int[] yearInDate(int k) {
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
    return null;
  }

  private static int twoDigitYear(int yy) {
    return yy >= 50 ? 1900 + yy : 2000 + yy;
  }

  /** "December 29, 2024", "Dec. 29", "August 2021", "September 23rd", "June the 5th", "May twenty nine". */
  private TimeExpr monthFirst(int i) {
    int m = month(i);
    if (m == 0) {
      return null;
    }
    int k = monthEnd(i);
    // "August 2021", "Aug, 2021"
    int ky = t.sym(k, ',') ? k + 1 : k;
    int[] y = yearInDate(ky);
    if (y != null) {
      return monthOfYear(i, y[1], y[0], m);
    }
    int kd = t.word(k, "the") ? k + 1 : k;
    int[] d = dayOfMonth(kd);
    if (d != null && !(t.isDigits(kd) && t.sym(d[1], ':') && t.isDigits(d[1] + 1))
        && !(t.isDigits(kd) && (t.sym(d[1], '%') || Units.TABLE.match(t, d[1]) != null && !t.word(d[1], "in")))) {
      int e = d[1];
      int ye = t.sym(e, ',') ? e + 1 : e;
      int[] yr = yearInDate(ye);
      if (yr == null && t.word(ye, "of") || yr == null && t.word(ye, "in")) {
        yr = yearInDate(ye + 1);
      }
      if (yr != null) {
        return day(i, yr[1], yr[0], m, d[0]);
      }
      // "November 19-20": two days of one month
      if ((t.sym(e, '-') || t.sym(e, '\u2013')) && t.isDigits(e + 1)) {
        int[] d2 = dayOfMonth(e + 1);
        if (d2 != null && d2[0] > d[0]) {
          int e2 = d2[1];
          int y2e = t.sym(e2, ',') ? e2 + 1 : e2;
          int[] yr2 = yearInDate(y2e);
          TimeExpr a = day(i, e, yr2 == null ? 0 : yr2[0], m, d[0]);
          TimeExpr b = day(e + 1, yr2 == null ? e2 : yr2[1], yr2 == null ? 0 : yr2[0], m, d2[0]);
          if (a != null && b != null) {
            return join(a, b, i, b.to);
          }
        }
      }
      return day(i, e, 0, m, d[0]);
    }
    if (!monthInContext(i, false)) {
      return null;
    }
    return monthOfYear(i, k, 0, m);
  }

  /** "29 December 2024", "29th of December", "the 5th of May", "19-20 November". */
  private TimeExpr dayFirst(int i) {
    int k = t.word(i, "the") ? i + 1 : i;
    int[] d = dayOfMonth(k);
    if (d == null) {
      return null;
    }
    int e = d[1];
    int[] d2 = null;
    if ((t.sym(e, '-') || t.sym(e, '\u2013') || t.word(e, "to")) && dayOfMonth(e + 1) != null) {
      d2 = dayOfMonth(e + 1);
      e = d2[1];
    }
    int mk = t.word(e, "of") ? e + 1 : e;
    if (t.sym(mk, ',')) {
      return null;
    }
    int m = month(mk);
    if (m == 0) {
      return null;
    }
    if (k > i && t.isDigits(k) && mk == e) {
      return null;
    }
    int me = monthEnd(mk);
    int ye = t.sym(me, ',') ? me + 1 : me;
    int[] y = yearInDate(ye);
    int year = y == null ? 0 : y[0];
    int end = y == null ? me : y[1];
    if (d2 != null) {
      if (d2[0] <= d[0]) {
        return null;
      }
      TimeExpr a = day(i, d[1], year, m, d[0]);
      TimeExpr b = day(d[1] + 1, end, year, m, d2[0]);
      return a == null || b == null ? null : join(a, b, i, end);
    }
    if (k > i && !t.isDigits(k) && mk == e) {
      // "the second May" is not a date
      return null;
    }
    return day(i, end, year, m, d[0]);
  }

  /** "2024-12-29", "12/29/2024", "29/12/2024", "29.12.2024", "2015-3", "22/04", "Oct/2". */
  private TimeExpr numericDate(int i) {
    int m = month(i);
    if (m != 0 && t.sym(i + 1, '/') && t.touching(i + 1) && t.isDigits(i + 2) && t.touching(i + 2)) {
      int[] d = dayOfMonth(i + 2);
      if (d != null) {
        return day(i, d[1], 0, m, d[0]);
      }
    }
    if (!t.isDigits(i) || t.touching(i) && (t.isWord(i - 1) || t.isDigits(i - 1) || t.sym(i - 1, '.')
        || t.sym(i - 1, '/') || t.sym(i - 1, '-'))) {
      return null;
    }
    char sep = t.get(i + 1).text.isEmpty() ? ' ' : t.get(i + 1).text.charAt(0);
    if (!(sep == '-' || sep == '/' || sep == '.') || !t.touching(i + 1) || !t.isDigits(i + 2) || !t.touching(i + 2)) {
      return null;
    }
    String a = t.get(i).text;
    String b = t.get(i + 2).text;
    boolean three = t.sym(i + 3, sep) && t.touching(i + 3) && t.isDigits(i + 4) && t.touching(i + 4);
    int end = three ? i + 5 : i + 3;
    if (t.touching(end) && (t.isDigits(end) || t.isWord(end) || t.sym(end, sep) && t.isDigits(end + 1))) {
      return null;
    }
    if (three) {
      String c = t.get(i + 4).text;
      if (a.length() == 4 && b.length() <= 2 && c.length() <= 2) {
        return day(i, end, Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c));
      }
      if (a.length() <= 2 && b.length() <= 2 && (c.length() == 4 || c.length() == 2)) {
        int x = Integer.parseInt(a);
        int y = Integer.parseInt(b);
        int year = c.length() == 4 ? Integer.parseInt(c) : twoDigitYear(Integer.parseInt(c));
        // month first (US) unless the first cannot be a month
        if (x > 12 || sep == '.') {
          return day(i, end, year, y, x);
        }
        return day(i, end, year, x, y);
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
        return monthOfYear(i, end, y, mo);
      }
      return null;
    }
    if (sep == '/' && a.length() <= 2 && b.length() <= 2) {
      int x = Integer.parseInt(a);
      int y = Integer.parseInt(b);
      // "22/04" day first when the first is no month; "4/23" month first
      if (x > 12 && y <= 12) {
        return day(i, end, 0, y, x);
      }
      if (x <= 12 && y <= 31) {
        return day(i, end, 0, x, y);
      }
    }
    return null;
  }

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
      return TimeExpr.period(i, e, d.atStartOfDay(), d.plusDays(1).atStartOfDay(), TimeExpr.Grain.DAY);
    }
    LocalDate first = SolarHijri.toGregorian(year, m, 1);
    LocalDate next = first.plusDays(SolarHijri.monthLength(year, m));
    TimeExpr x = TimeExpr.period(i, e, first.atStartOfDay(), next.atStartOfDay(), TimeExpr.Grain.DAY);
    return x;
  }

  /** "1947", "in 2004", "the 1990s", "the mid-1990s" (the "mid" is read by the modifier), "'90s", "2020's". */
  private TimeExpr yearOrDecade(int i) {
    // "the 90s", "'90s"
    if ((t.sym(i, '\'') || t.sym(i, '\u2019')) && t.isDigits(i + 1) && t.touching(i + 1)
        && t.get(i + 1).text.length() == 2 && t.word(i + 2, "s") && t.touching(i + 2)) {
      int yy = Integer.parseInt(t.get(i + 1).text);
      if (yy % 10 == 0) {
        int y = twoDigitYear(yy);
        return period(i, i + 3, LocalDate.of(y, 1, 1), LocalDate.of(y + 10, 1, 1), TimeExpr.Grain.DECADE);
      }
    }
    if (!t.isDigits(i)) {
      return null;
    }
    String d = t.get(i).text;
    if (t.touching(i) && (t.isWord(i - 1) && !t.word(i - 1, "mid") || t.isDigits(i - 1) || t.sym(i - 1, '.')
        || t.sym(i - 1, ',') || t.sym(i - 1, '$') || t.sym(i - 1, '#'))) {
      return null;
    }
    if (t.touching(i) && t.sym(i - 1, '-') && !t.word(i - 2, "mid") && !(t.isDigits(i - 2) && t.get(i - 2).text.length() == 4)) {
      return null;
    }
    // decades: "1990s", "1990 s", "1990's", "90s" after "the"
    int sEnd = -1;
    if (t.word(i + 1, "s") && (t.touching(i + 1) || d.length() == 4)) {
      sEnd = i + 2;
    } else if ((t.sym(i + 1, '\'') || t.sym(i + 1, '\u2019')) && t.touching(i + 1) && t.word(i + 2, "s")
        && t.touching(i + 2)) {
      sEnd = i + 3;
    }
    if (sEnd > 0 && !(t.touching(sEnd) && (t.isWord(sEnd) || t.isDigits(sEnd)))) {
      if (d.length() == 4 && d.endsWith("0")) {
        int y = Integer.parseInt(d);
        if (y >= 1000 && y <= 2990) {
          return period(i, sEnd, LocalDate.of(y, 1, 1), LocalDate.of(y + 10, 1, 1), TimeExpr.Grain.DECADE);
        }
      }
      if (d.length() == 2 && d.endsWith("0") && (t.word(i - 1, "the") || t.word(i - 1, "mid") || t.word(i - 1, "early")
          || t.word(i - 1, "late") || t.sym(i - 1, '-') && t.word(i - 2, "mid"))) {
        int y = twoDigitYear(Integer.parseInt(d));
        return period(i, sEnd, LocalDate.of(y, 1, 1), LocalDate.of(y + 10, 1, 1), TimeExpr.Grain.DECADE);
      }
    }
    if (d.length() != 4) {
      return null;
    }
    int y = Integer.parseInt(d);
    if (y < 1000 || y > 2199 || !yearContext(i, y)) {
      return null;
    }
    return period(i, i + 1, LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1), TimeExpr.Grain.YEAR);
  }

  /** True when the four-digit number at {@code i} reads as a year in its context. */
  private boolean yearContext(int i, int y) {
    int j = i + 1;
    // followed by a unit, a currency, a percent sign, a decimal part or a thousands group: a number
    if (t.touching(j) && (t.isWord(j) || t.isDigits(j) || t.sym(j, '%')) || t.sym(j, '%')
        || (t.sym(j, '.') || t.sym(j, ',')) && t.touching(j) && t.isDigits(j + 1) && t.touching(j + 1)) {
      return false;
    }
    if (t.word(j, "percent") || t.word(j, "per") && t.word(j + 1, "cent") || Currencies.TABLE.match(t, j) != null
        && !t.word(j, "and") || Units.TABLE.match(t, j) != null && !t.word(j, "in") && !t.word(j, "m")
        || TimeUnits.at(t, j) != null) {
      return false;
    }
    if (t.word(j, "million") || t.word(j, "billion") || t.word(j, "thousand") || t.word(j, "hundred")) {
      return false;
    }
    String prev = t.isWord(i - 1) ? t.norm(i - 1) : "";
    // "more than 2,000" is a count, "greater than 2015" a year
    if (prev.equals("than")) {
      return (t.word(i - 2, "greater") || t.word(i - 2, "later") || t.word(i - 2, "earlier")) && !pluralNoun(j);
    }
    if (Hedges.before(t, i) != null && !prev.equals("than") && !prev.equals("around") && !prev.equals("after")
        && !prev.equals("before")) {
      return false;
    }
    // "-" or "to" after another year: the end of a year range
    if ((t.sym(i - 1, '-') || t.sym(i - 1, '\u2013') || prev.equals("to") || prev.equals("and"))
        && t.isDigits(i - 2) && t.get(i - 2).text.length() == 4) {
      return true;
    }
    if (month(i - 1) != 0 || t.sym(i - 1, ',') && (t.isDigits(i - 2) || month(i - 2) != 0)) {
      return true;
    }
    boolean countAfter = pluralNoun(j);
    if (YEAR_BEFORE.contains(prev) && !COUNT_BEFORE.contains(prev) && !countAfter) {
      return true;
    }
    if (prev.equals("of") && !countAfter) {
      return true;
    }
    if (COUNT_BEFORE.contains(prev) || countAfter) {
      return false;
    }
    return y >= 1900 && y <= 2100;
  }

  /** True for a lower-case plural noun at {@code k} ("fighters", "people"): what a count is of. */
  private boolean pluralNoun(int k) {
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
    return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !w.equals("was")
        && !w.equals("has") && !w.equals("does") && !w.equals("always") && !w.equals("sees") && !w.equals("saw")
        && !w.endsWith("ous");
  }

  // ------------------------------------------------------------------------------------ relative atoms

  /** "today", "tomorrow", "yesterday", "tonight", "now", "the day after tomorrow", "the day before yesterday". */
  private TimeExpr relativeDay(int i) {
    int k = t.word(i, "the") ? i + 1 : i;
    if (t.word(k, "day") && (t.word(k + 1, "after") && t.word(k + 2, "tomorrow")
        || t.word(k + 1, "before") && t.word(k + 2, "yesterday"))) {
      return dayOffset(i, k + 3, t.word(k + 1, "after") ? 2 : -2);
    }
    if (k != i) {
      return null;
    }
    switch (t.norm(i)) {
      case "today":
        return dayOffset(i, i + 1, 0);
      case "tomorrow":
      case "tmrw":
        return dayOffset(i, i + 1, 1);
      case "yesterday":
        return dayOffset(i, i + 1, -1);
      case "tonight": {
        TimeExpr e = dayOffset(i, i + 1, 0);
        e.part = DateWords.PARTS.get("night");
        return e;
      }
      case "now":
        if (!t.isWord(i)) {
          return null;
        }
        // "right now", "now", "as of now"; not "now that", "for now" is still a time
        if (t.word(i + 1, "that") || t.word(i - 1, "until") || t.word(i - 1, "till") || t.word(i - 1, "by")) {
          return null;
        }
        TimeExpr e = dayOffset(i, i + 1, 0);
        e.time = ref == null ? null : ref.toLocalTime();
        e.ampm = true;
        if (ref == null) {
          e.time = LocalTime.MIDNIGHT;
          e.dated = true;
        }
        return e;
      default:
        return null;
    }
  }

  private TimeExpr dayOffset(int from, int to, int days) {
    if (ref == null) {
      TimeExpr e = TimeExpr.unresolved(from, to);
      e.startGrain = TimeExpr.Grain.DAY;
      e.endGrain = TimeExpr.Grain.DAY;
      return e;
    }
    LocalDate d = ref.toLocalDate().plusDays(days);
    return period(from, to, d, d.plusDays(1), TimeExpr.Grain.DAY);
  }

  /** "last week", "this year", "next month", "the coming weekend", "last Wednesday", "next Monday", "this September". */
  private TimeExpr shifted(int i) {
    int k = i;
    if (t.word(k, "the")) {
      k++;
    }
    if (!t.isWord(k) || !DateWords.SHIFTS.containsKey(t.norm(k))) {
      return null;
    }
    String shiftWord = t.norm(k);
    int shift = DateWords.SHIFTS.get(shiftWord);
    if (k > i && !(shiftWord.equals("same") || shiftWord.equals("coming") || shiftWord.equals("following")
        || shiftWord.equals("previous") || shiftWord.equals("past") || shiftWord.equals("current")
        || shiftWord.equals("last") || shiftWord.equals("next") || shiftWord.equals("upcoming")
        || shiftWord.equals("preceding"))) {
      return null;
    }
    if (shiftWord.equals("that") && !(t.word(k + 1, "week") || t.word(k + 1, "weekend") || t.word(k + 1, "day")
        || t.word(k + 1, "month") || t.word(k + 1, "year"))) {
      return null;
    }
    int u = k + 1;
    String unit = t.norm(u);
    // "last Wednesday", "next Monday", "this Friday"
    Integer wd = t.isWord(u) ? DateWords.WEEKDAYS.get(unit) : null;
    if (wd != null && !(DateWords.AMBIGUOUS_WEEKDAYS.contains(unit) && !Character.isUpperCase(t.get(u).text.charAt(0)))) {
      if (ref == null) {
        TimeExpr e = TimeExpr.unresolved(i, u + 1);
        e.weekday = wd;
        return e;
      }
      LocalDate today = ref.toLocalDate();
      DayOfWeek day = DayOfWeek.of(wd);
      LocalDate d;
      if (shift < 0) {
        d = today.with(TemporalAdjusters.previous(day));
      } else if (shift > 0) {
        d = today.plusWeeks(1).with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
        if (shiftWord.equals("coming") || shiftWord.equals("upcoming")) {
          d = today.with(TemporalAdjusters.next(day));
        }
      } else {
        d = today.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
      }
      TimeExpr e = period(i, u + 1, d, d.plusDays(1), TimeExpr.Grain.DAY);
      e.weekday = wd;
      return e;
    }
    // "this September", "last May", "next August"
    int m = month(u);
    if (m != 0 && (!DateWords.AMBIGUOUS_MONTHS.contains(unit) || Character.isUpperCase(t.get(u).text.charAt(0))
        || unit.equals("may") || unit.equals("march"))) {
      if (ref == null) {
        TimeExpr e = TimeExpr.unresolved(i, monthEnd(u));
        e.month = m;
        return e;
      }
      int y = ref.getYear();
      if (shift < 0) {
        y = m < ref.getMonthValue() ? y : y - 1;
      } else if (shift > 0) {
        y = m > ref.getMonthValue() ? y : y + 1;
      }
      return monthOfYear(i, monthEnd(u), y, m);
    }
    TimeUnits.TimeUnit tu = TimeUnits.word(unit);
    if (tu == null || !t.isWord(u)) {
      // "the past three years", "the next 3 days"
      return shiftedCount(i, k, shift, shiftWord);
    }
    boolean weekend = unit.equals("weekend");
    if (t.get(u).text.length() <= 2 || unit.endsWith("s") && !weekend) {
      return null;
    }
    if (ref == null) {
      TimeExpr e = TimeExpr.unresolved(i, u + 1);
      return e;
    }
    LocalDate today = ref.toLocalDate();
    boolean rolling = shiftWord.equals("past");
    switch (tu.grain()) {
      case DAY: {
        if (weekend) {
          LocalDate sat = today.with(DayOfWeek.MONDAY).plusDays(5).plusWeeks(shift);
          return period(i, u + 1, sat, sat.plusDays(2), TimeExpr.Grain.DAY);
        }
        if (unit.equals("night")) {
          return null;
        }
        LocalDate d = today.plusDays(shift);
        return period(i, u + 1, d, d.plusDays(1), TimeExpr.Grain.DAY);
      }
      case WEEK: {
        if (unit.startsWith("fortnight")) {
          return null;
        }
        if (rolling) {
          return period(i, u + 1, today.minusWeeks(1), today, TimeExpr.Grain.DAY);
        }
        LocalDate mon = today.with(DayOfWeek.MONDAY).plusWeeks(shift);
        TimeExpr e = period(i, u + 1, mon, mon.plusWeeks(1), TimeExpr.Grain.WEEK);
        return e;
      }
      case MONTH: {
        if (rolling) {
          return period(i, u + 1, today.minusMonths(1), today, TimeExpr.Grain.DAY);
        }
        LocalDate first = today.withDayOfMonth(1).plusMonths(shift);
        return period(i, u + 1, first, first.plusMonths(1), TimeExpr.Grain.MONTH);
      }
      case YEAR: {
        if (tu.count() == 1) {
          if (rolling) {
            return period(i, u + 1, today.minusYears(1), today, TimeExpr.Grain.DAY);
          }
          LocalDate first = LocalDate.of(ref.getYear() + shift, 1, 1);
          return period(i, u + 1, first, first.plusYears(1), TimeExpr.Grain.YEAR);
        }
        if (tu.count() == 10) {
          if (rolling) {
            return period(i, u + 1, today.minusYears(10), today, TimeExpr.Grain.DAY);
          }
          int y = ref.getYear() - Math.floorMod(ref.getYear(), 10) + 10 * shift;
          return period(i, u + 1, LocalDate.of(y, 1, 1), LocalDate.of(y + 10, 1, 1), TimeExpr.Grain.DECADE);
        }
        return null;
      }
      default:
        return null;
    }
  }

  /** "the past three years", "the last 10 days", "next 3 days": a stretch next to the reference. */
  private TimeExpr shiftedCount(int i, int k, int shift, String shiftWord) {
    if (shift == 0) {
      return null;
    }
    NumberPhrase np = NumberParser.parse(t, k + 1, false);
    if (np == null || !np.integral() || np.value() <= 0 || np.value() > 1000) {
      return null;
    }
    int u = np.to();
    if (!t.isWord(u)) {
      return null;
    }
    TimeUnits.TimeUnit tu = TimeUnits.word(t.norm(u));
    if (tu == null) {
      return null;
    }
    int n = (int) np.value();
    if (ref == null) {
      return TimeExpr.unresolved(i, u + 1);
    }
    LocalDate today = ref.toLocalDate();
    LocalDate a;
    LocalDate b;
    if (shift < 0) {
      b = today;
      a = minus(today, tu, n);
      if (a == null) {
        return null;
      }
    } else {
      a = today.plusDays(1);
      b = plus(a, tu, n);
      if (b == null) {
        return null;
      }
    }
    return period(i, u + 1, a, b, TimeExpr.Grain.DAY);
  }

  /** "three days ago", "two years later", "in 2 weeks", "within 9 months", "a week from tomorrow". */
  private TimeExpr offset(int i) {
    boolean in = t.word(i, "in");
    boolean within = t.word(i, "within");
    int k = in || within ? i + 1 : i;
    if (in && t.word(k, "the")) {
      return null;
    }
    int n;
    int u;
    if ((t.word(k, "a") || t.word(k, "an")) && t.isWord(k + 1) && TimeUnits.word(t.norm(k + 1)) != null) {
      n = 1;
      u = k + 1;
    } else {
      NumberPhrase np = NumberParser.parse(t, k, false);
      if (np == null || !np.integral() || np.value() <= 0 || np.value() > 10000) {
        return null;
      }
      n = (int) np.value();
      u = np.to();
    }
    if (!t.isWord(u)) {
      return null;
    }
    TimeUnits.TimeUnit tu = TimeUnits.word(t.norm(u));
    if (tu == null || tu.count() != 1 && tu.grain() != TimeUnits.Grain.YEAR) {
      return null;
    }
    int e = u + 1;
    int sign;
    if (in || within) {
      if (t.word(e, "of") || t.word(e, "time") || t.word(e, "'s") || t.word(e, "ago")) {
        return null;
      }
      sign = 1;
    } else if (t.word(e, "ago") || t.word(e, "earlier") && !t.word(e + 1, "than") || t.word(e, "before")
        && t.atClauseEnd(e + 1)) {
      sign = -1;
      e++;
    } else if (t.word(e, "later") && !t.word(e + 1, "than") || t.word(e, "from") && t.word(e + 1, "now")
        || t.word(e, "hence")) {
      sign = 1;
      e += t.word(e, "from") ? 2 : 1;
    } else {
      return null;
    }
    int count = (int) Math.round(n * tu.count());
    if (ref == null) {
      return TimeExpr.unresolved(i, e);
    }
    LocalDateTime base = ref;
    TimeUnits.Grain g = tu.grain();
    if (within) {
      LocalDate a = ref.toLocalDate();
      LocalDate b = plus(a, tu, n);
      return b == null ? null : period(i, e, a, b, TimeExpr.Grain.DAY);
    }
    if (g == TimeUnits.Grain.HOUR || g == TimeUnits.Grain.MINUTE || g == TimeUnits.Grain.SECOND) {
      long secs = (long) AmountRecognizer.seconds(g) * count * sign;
      LocalDateTime at = base.plusSeconds(secs);
      TimeExpr x = period(i, e, at.toLocalDate(), at.toLocalDate().plusDays(1), TimeExpr.Grain.DAY);
      x.time = at.toLocalTime();
      x.ampm = true;
      return x;
    }
    LocalDate d = sign > 0 ? plus(ref.toLocalDate(), tu, n) : minus(ref.toLocalDate(), tu, n);
    return d == null ? null : period(i, e, d, d.plusDays(1), TimeExpr.Grain.DAY);
  }

  private static LocalDate plus(LocalDate d, TimeUnits.TimeUnit tu, int n) {
    long c = Math.round(n * tu.count());
    switch (tu.grain()) {
      case DAY:
        return d.plusDays(c);
      case WEEK:
        return d.plusWeeks(c);
      case MONTH:
        return d.plusMonths(c);
      case QUARTER:
        return d.plusMonths(3 * c);
      case YEAR:
        return d.plusYears(c);
      default:
        return null;
    }
  }

  private static LocalDate minus(LocalDate d, TimeUnits.TimeUnit tu, int n) {
    LocalDate p = plus(d, new TimeUnits.TimeUnit(tu.grain(), -tu.count()), n);
    return p;
  }

  /** "Wednesday", "on Friday": the nearest such day before the reference (after it when the verb is future). */
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
    if (DateWords.AMBIGUOUS_WEEKDAYS.contains(w) && !(capital && (t.sym(i + 1, ',') || t.sym(i + 1, '.')
        || month(i + 1) != 0 || t.isDigits(i + 1)))) {
      return null;
    }
    int e = i + 1;
    if (w.length() <= 4 && t.sym(e, '.') && t.touching(e) && !t.atClauseEnd(e + 1)) {
      e++;
    }
    if (ref == null) {
      TimeExpr x = TimeExpr.unresolved(i, e);
      x.weekday = wd;
      return x;
    }
    LocalDate today = ref.toLocalDate();
    DayOfWeek day = DayOfWeek.of(wd);
    LocalDate d = future(i) ? today.with(TemporalAdjusters.nextOrSame(day))
        : today.with(TemporalAdjusters.previousOrSame(day));
    TimeExpr x = period(i, e, d, d.plusDays(1), TimeExpr.Grain.DAY);
    x.weekday = wd;
    return x;
  }

  /** True when the clause before token {@code i} speaks of the future ("will", "'ll", "next", "plans to"). */
  private boolean future(int i) {
    for (int k = i - 1; k >= Math.max(0, i - 12); k--) {
      if (t.sym(k, '.') || t.sym(k, ';')) {
        break;
      }
      String w = t.norm(k);
      if (w.equals("will") || w.equals("'ll") || w.equals("ll") || w.equals("shall") || w.equals("upcoming")
          || w.equals("scheduled") || w.equals("plans") || w.equals("expected") || w.equals("going")) {
        return true;
      }
    }
    return false;
  }

  private TimeExpr clock(int i) {
    ClockTimes.Clock c = ClockTimes.at(t, i);
    if (c == null) {
      return null;
    }
    TimeExpr e = TimeExpr.clock(c.from(), c.to(), c.time(), c.ampm());
    return e;
  }

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
      java.util.function.IntFunction<LocalDate> f = Holidays.DAYS.get(key.toString());
      if (f == null) {
        continue;
      }
      if (!Character.isUpperCase(t.get(i).text.charAt(0)) && !t.get(i).text.equals("xmas")) {
        continue;
      }
      int e = k + 1;
      int year = 0;
      int ye = t.sym(e, ',') ? e + 1 : e;
      int[] y = yearInDate(ye);
      if (y != null) {
        year = y[0];
        e = y[1];
      }
      if (year == 0 && ref == null) {
        best = TimeExpr.unresolved(i, e);
        continue;
      }
      int yy = year != 0 ? year : ref.getYear();
      LocalDate d = f.apply(yy);
      if (year == 0 && d.isAfter(ref.toLocalDate().plusMonths(6))) {
        d = f.apply(yy - 1);
      }
      best = period(i, e, d, d.plusDays(1), TimeExpr.Grain.DAY);
    }
    return best;
  }

  // ------------------------------------------------------------------------------------ builders

  private static TimeExpr period(int from, int to, LocalDate a, LocalDate b, TimeExpr.Grain g) {
    return TimeExpr.period(from, to, a.atStartOfDay(), b.atStartOfDay(), g);
  }

  /** A day; {@code year} 0 takes the year nearest the reference. Null for an impossible date. */
  private TimeExpr day(int from, int to, int year, int month, int dayOfMonth) {
    if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) {
      return null;
    }
    if (year == 0) {
      if (ref == null) {
        TimeExpr e = TimeExpr.unresolved(from, to);
        e.month = month;
        e.day = dayOfMonth;
        e.startGrain = TimeExpr.Grain.DAY;
        e.endGrain = TimeExpr.Grain.DAY;
        return e;
      }
      LocalDate best = null;
      long bestGap = Long.MAX_VALUE;
      for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
        LocalDate d = safeDate(y, month, dayOfMonth);
        if (d == null) {
          continue;
        }
        long gap = Math.abs(d.toEpochDay() - ref.toLocalDate().toEpochDay());
        if (gap < bestGap) {
          bestGap = gap;
          best = d;
        }
      }
      if (best == null) {
        return null;
      }
      TimeExpr e = period(from, to, best, best.plusDays(1), TimeExpr.Grain.DAY);
      e.month = month;
      e.day = dayOfMonth;
      return e;
    }
    LocalDate d = safeDate(year, month, dayOfMonth);
    if (d == null) {
      return null;
    }
    TimeExpr e = period(from, to, d, d.plusDays(1), TimeExpr.Grain.DAY);
    e.year = year;
    e.month = month;
    e.day = dayOfMonth;
    return e;
  }

  /** A month; {@code year} 0 takes the year nearest the reference. */
  private TimeExpr monthOfYear(int from, int to, int year, int month) {
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
      int y = ref.getYear();
      int diff = month - ref.getMonthValue();
      if (diff > 6) {
        y--;
      } else if (diff < -6) {
        y++;
      }
      year = y;
    }
    LocalDate first = LocalDate.of(year, month, 1);
    TimeExpr e = period(from, to, first, first.plusMonths(1), TimeExpr.Grain.MONTH);
    e.year = explicit ? year : 0;
    e.month = month;
    return e;
  }

  private static LocalDate safeDate(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  /** An interval from the start of {@code a} to the end of {@code b}, over tokens [from, to). */
  private static TimeExpr join(TimeExpr a, TimeExpr b, int from, int to) {
    if (!a.resolved() || !b.resolved()) {
      TimeExpr e = TimeExpr.unresolved(from, to);
      return e;
    }
    if (!a.start.isBefore(b.end)) {
      return null;
    }
    TimeExpr e = TimeExpr.period(from, to, a.start, b.end, a.startGrain);
    e.endGrain = b.endGrain;
    return e;
  }

  // ------------------------------------------------------------------------------------ joins

  private boolean dayPrecise(TimeExpr e) {
    return e.time == null && e.part == null && (e.day > 0 || e.startGrain == TimeExpr.Grain.DAY && e.end != null
        && e.start.plusDays(1).equals(e.end));
  }

  /** "last Wednesday, August 10", "Tue May 9", "Tuesday, March 7, 2023": the date wins. */
  private List<TimeExpr> joinWeekdayAndDate(List<TimeExpr> in) {
    List<TimeExpr> out = new ArrayList<>(in.size());
    for (int x = 0; x < in.size(); x++) {
      TimeExpr a = in.get(x);
      if (a.weekday > 0 && x + 1 < in.size()) {
        TimeExpr b = in.get(x + 1);
        int gap = b.from - a.to;
        boolean sep = gap == 0 || gap == 1 && (t.sym(a.to, ',') || t.word(a.to, "the"));
        if (sep && (b.day > 0 || b.month > 0 && b.day > 0) && b.weekday == 0) {
          out.add(b.span(a.from, b.to));
          x++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  /** "December 29 at 6pm", "tomorrow 8:00am", "6pm on Friday", "this morning at 7". */
  private List<TimeExpr> joinDateAndTime(List<TimeExpr> in) {
    List<TimeExpr> out = new ArrayList<>(in.size());
    for (int x = 0; x < in.size(); x++) {
      TimeExpr a = in.get(x);
      if (x + 1 < in.size()) {
        TimeExpr b = in.get(x + 1);
        int gap = b.from - a.to;
        boolean sep = gap == 0 || gap == 1 && (t.word(a.to, "at") || t.sym(a.to, ',') || t.word(a.to, "on")
            || t.word(a.to, "by") || t.word(a.to, "around")) || gap == 2 && t.sym(a.to, ',') && t.word(a.to + 1, "at");
        if (sep && a.dated && a.time == null && a.part == null && b.time != null && !b.dated && dayPrecise(a)) {
          a.time = b.time;
          a.ampm = b.ampm;
          out.add(a.span(a.from, b.to));
          x++;
          continue;
        }
        if (sep && b.dated && b.time == null && a.time != null && !a.dated && dayPrecise(b) && b.bound == null) {
          b.time = a.time;
          b.ampm = a.ampm;
          out.add(b.span(a.from, b.to));
          x++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static final Set<String> RANGE_WORDS = Set.of("to", "until", "till", "through", "thru", "-", "\u2013",
      "\u2014");

  /** "between September and May 2022", "from 2004 to 2021", "2004-2021", "Monday to Friday", "4pm to 6pm". */
  private List<TimeExpr> ranges(List<TimeExpr> in) {
    List<TimeExpr> out = new ArrayList<>(in.size());
    for (int x = 0; x < in.size(); x++) {
      TimeExpr a = in.get(x);
      if (x + 1 < in.size()) {
        TimeExpr b = in.get(x + 1);
        TimeExpr r = range(a, b);
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
    if (b.from - a.to != 1 || a.bound != null || b.bound != null) {
      return null;
    }
    String c = t.norm(a.to);
    boolean between = t.word(a.from - 1, "between");
    boolean from = t.word(a.from - 1, "from");
    boolean ok = RANGE_WORDS.contains(c) || c.equals("and") && between;
    if (!ok) {
      return null;
    }
    if ((c.equals("until") || c.equals("till")) && !from) {
      return null;
    }
    int start = between || from ? a.from - 1 : a.from;
    // two times of day
    if (a.time != null && b.time != null && !a.dated && !b.dated) {
      TimeExpr e = TimeExpr.clock(start, b.to, a.time, a.ampm || b.ampm);
      LocalTime first = a.time;
      if (!a.ampm && b.ampm && b.time.getHour() >= 12 && first.getHour() < 12 && first.plusHours(12).isBefore(b.time)) {
        first = first.plusHours(12);
      }
      e.time = first;
      e.timeEnd = b.time;
      return e;
    }
    if (a.time != null || b.time != null || a.part != null || b.part != null) {
      return null;
    }
    if (!a.dated || !b.dated) {
      return null;
    }
    if (!a.resolved() || !b.resolved()) {
      return TimeExpr.unresolved(start, b.to);
    }
    // "between September and May 2022": the first end takes the year before when it would come after
    if (a.year == 0 && b.year != 0 && a.month > 0 && a.day == 0) {
      TimeExpr a2 = monthOfYear(a.from, a.to, b.year, a.month);
      if (a2 != null && !a2.start.isBefore(b.start)) {
        a2 = monthOfYear(a.from, a.to, b.year - 1, a.month);
      }
      a = a2;
    } else if (a.year == 0 && b.year != 0 && a.month > 0 && a.day > 0) {
      TimeExpr a2 = day(a.from, a.to, b.year, a.month, a.day);
      if (a2 != null) {
        a = a2;
      }
    }
    if (a == null || !a.start.isBefore(b.end)) {
      return null;
    }
    return join(a, b, start, b.to);
  }

  // ------------------------------------------------------------------------------------ modifiers and bounds

  /** "early 2021", "the mid-1990s", "late August", "the end of the year": a part of the period. */
  private void modifier(TimeExpr e) {
    if (!e.resolved() || e.end == null || e.time != null || e.part != null) {
      return;
    }
    int k = e.from - 1;
    if (t.sym(k, '-') && t.touching(e.from) && t.word(k - 1, "mid")) {
      k--;
    }
    if (t.word(e.from, "the") || !t.isWord(k)) {
      return;
    }
    String w = t.norm(k);
    long days = java.time.temporal.ChronoUnit.DAYS.between(e.start, e.end);
    if (days < 28) {
      return;
    }
    LocalDateTime s = e.start;
    LocalDateTime en = e.end;
    long third = days / 3;
    int from;
    switch (w) {
      case "early":
        en = s.plusDays(third);
        from = k;
        break;
      case "mid":
        s = s.plusDays(third);
        en = en.minusDays(third);
        from = k;
        break;
      case "late":
        s = en.minusDays(third);
        from = k;
        break;
      default:
        return;
    }
    if (t.word(from - 1, "the")) {
      from--;
    }
    // keep the grain's writing: decades and years are written by year, months by month
    TimeExpr.Grain g = e.startGrain == TimeExpr.Grain.DECADE ? TimeExpr.Grain.YEAR
        : e.startGrain == TimeExpr.Grain.YEAR ? TimeExpr.Grain.MONTH : TimeExpr.Grain.DAY;
    s = floor(s, g);
    en = floor(en, g);
    if (!s.isBefore(en)) {
      return;
    }
    e.start = s;
    e.end = en;
    e.startGrain = g;
    e.endGrain = g;
    e.from = from;
  }

  private static LocalDateTime floor(LocalDateTime d, TimeExpr.Grain g) {
    switch (g) {
      case YEAR:
        return LocalDate.of(d.getYear(), 1, 1).atStartOfDay();
      case MONTH:
        return LocalDate.of(d.getYear(), d.getMonthValue(), 1).atStartOfDay();
      default:
        return d.toLocalDate().atStartOfDay();
    }
  }

  /** "since 1896", "after 2016", "before 2018", "until April 27", "greater than 2015". */
  private void bound(TimeExpr e) {
    if (e.bound != null || e.time != null && !e.dated) {
      return;
    }
    int k = e.from - 1;
    String w = t.norm(k);
    if (!t.isWord(k)) {
      return;
    }
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
        break;
      case "before":
        q = Qualifier.LESS_THAN;
        break;
      case "until":
      case "till":
      case "through":
        q = Qualifier.AT_MOST;
        break;
      case "than":
        if (t.word(k - 1, "later") || t.word(k - 1, "greater")) {
          q = Qualifier.AT_LEAST;
          after = true;
          from = t.word(k - 2, "no") ? k - 2 : k - 1;
          if (t.word(k - 2, "no")) {
            q = Qualifier.AT_MOST;
            after = false;
          }
        } else if (t.word(k - 1, "earlier")) {
          q = Qualifier.LESS_THAN;
          from = k - 1;
        } else {
          return;
        }
        break;
      case "to":
        if (!t.word(k - 1, "prior")) {
          return;
        }
        q = Qualifier.LESS_THAN;
        from = k - 1;
        break;
      default:
        return;
    }
    e.bound = q;
    e.from = from;
    if (after && e.resolved() && e.end != null) {
      TimeExpr.Grain g = e.endGrain;
      e.start = e.end;
      e.end = null;
      e.startGrain = g;
    }
  }
}
