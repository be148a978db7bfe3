package dev.parallax.analysis.quantity;

import java.util.Map;
import java.util.Set;

/**
 * English number words: cardinals, ordinals, fraction denominators, scale words and the suffixes
 * that stand for them ("k", "bn"). All keys are lower case.
 */
final class NumberWords {
  private NumberWords() {}

  /** Zero to nineteen. */
  static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0), Map.entry("nought", 0), Map.entry("naught", 0), Map.entry("nil", 0),
          Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
          Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
          Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
          Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
          Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
          Map.entry("nineteen", 19));

  /** Twenty to ninety. */
  static final Map<String, Integer> TENS =
      Map.of("twenty", 20, "thirty", 30, "forty", 40, "fourty", 40, "fifty", 50, "sixty", 60,
          "seventy", 70, "eighty", 80, "ninety", 90);

  /** Scale words above a hundred, with their spellings in Indian English. */
  static final Map<String, Double> SCALES =
      Map.ofEntries(
          Map.entry("thousand", 1e3), Map.entry("million", 1e6), Map.entry("billion", 1e9),
          Map.entry("trillion", 1e12), Map.entry("lakh", 1e5), Map.entry("lac", 1e5),
          Map.entry("lakhs", 1e5), Map.entry("lacs", 1e5), Map.entry("lkh", 1e5), Map.entry("lkhs", 1e5),
          Map.entry("crore", 1e7), Map.entry("crores", 1e7), Map.entry("cr", 1e7), Map.entry("koti", 1e7),
          Map.entry("krore", 1e7), Map.entry("krores", 1e7), Map.entry("kr", 1e7),
          Map.entry("thousands", 1e3), Map.entry("millions", 1e6), Map.entry("billions", 1e9),
          Map.entry("trillions", 1e12));

  /** Scale words that may only follow a number (their bare plural is a vague amount). */
  static final Set<String> PLURAL_SCALES = Set.of("thousands", "millions", "billions", "trillions");

  /**
   * Abbreviated scales written right after digits ("5k", "$48.2m", "£3.2bn"). "m" and "mm" are only
   * read as million next to a currency, since after a bare number they are metres and millimetres.
   */
  static final Map<String, Double> SUFFIXES =
      Map.ofEntries(
          Map.entry("k", 1e3), Map.entry("K", 1e3), Map.entry("M", 1e6), Map.entry("MM", 1e6),
          Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("mil", 1e6), Map.entry("mio", 1e6),
          Map.entry("G", 1e9), Map.entry("b", 1e9), Map.entry("B", 1e9), Map.entry("bn", 1e9),
          Map.entry("bln", 1e9), Map.entry("BN", 1e9), Map.entry("Bn", 1e9), Map.entry("tn", 1e12),
          Map.entry("tln", 1e12), Map.entry("trn", 1e12), Map.entry("T", 1e12));

  /** Suffixes read as million only next to a currency. */
  static final Map<String, Double> MONEY_SUFFIXES = Map.of("m", 1e6, "mm", 1e6, "MM", 1e6, "Mn", 1e6);

  /** Ordinal words: first to nineteenth, the tens, and the scales. */
  static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
          Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
          Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11),
          Map.entry("twelfth", 12), Map.entry("thirteenth", 13), Map.entry("fourteenth", 14),
          Map.entry("fifteenth", 15), Map.entry("sixteenth", 16), Map.entry("seventeenth", 17),
          Map.entry("eighteenth", 18), Map.entry("nineteenth", 19), Map.entry("twentieth", 20),
          Map.entry("thirtieth", 30), Map.entry("fortieth", 40), Map.entry("fiftieth", 50),
          Map.entry("sixtieth", 60), Map.entry("seventieth", 70), Map.entry("eightieth", 80),
          Map.entry("ninetieth", 90), Map.entry("hundredth", 100), Map.entry("thousandth", 1000));

  /**
   * Fraction denominators, singular and plural: "a third", "two thirds", "three quarters". "second"
   * is left out on purpose: "a second" is a unit of time, never a half.
   */
  static final Map<String, Double> DENOMINATORS =
      Map.ofEntries(
          Map.entry("half", 2.0), Map.entry("halves", 2.0), Map.entry("third", 3.0), Map.entry("thirds", 3.0),
          Map.entry("quarter", 4.0), Map.entry("quarters", 4.0), Map.entry("fourth", 4.0),
          Map.entry("fourths", 4.0), Map.entry("fifth", 5.0), Map.entry("fifths", 5.0),
          Map.entry("sixth", 6.0), Map.entry("sixths", 6.0), Map.entry("seventh", 7.0),
          Map.entry("sevenths", 7.0), Map.entry("eighth", 8.0), Map.entry("eighths", 8.0),
          Map.entry("ninth", 9.0), Map.entry("ninths", 9.0), Map.entry("tenth", 10.0),
          Map.entry("tenths", 10.0), Map.entry("eleventh", 11.0), Map.entry("elevenths", 11.0),
          Map.entry("twelfth", 12.0), Map.entry("twelfths", 12.0), Map.entry("thirteenth", 13.0),
          Map.entry("thirteenths", 13.0), Map.entry("fourteenth", 14.0), Map.entry("fourteenths", 14.0),
          Map.entry("fifteenth", 15.0), Map.entry("fifteenths", 15.0), Map.entry("sixteenth", 16.0),
          Map.entry("sixteenths", 16.0), Map.entry("seventeenth", 17.0), Map.entry("seventeenths", 17.0),
          Map.entry("eighteenth", 18.0), Map.entry("eighteenths", 18.0), Map.entry("nineteenth", 19.0),
          Map.entry("nineteenths", 19.0), Map.entry("twentieth", 20.0), Map.entry("twentieths", 20.0),
          Map.entry("thirtieth", 30.0), Map.entry("thirtieths", 30.0), Map.entry("fortieth", 40.0),
          Map.entry("fortieths", 40.0), Map.entry("fiftieth", 50.0), Map.entry("fiftieths", 50.0),
          Map.entry("sixtieth", 60.0), Map.entry("sixtieths", 60.0), Map.entry("seventieth", 70.0),
          Map.entry("seventieths", 70.0), Map.entry("eightieth", 80.0), Map.entry("eightieths", 80.0),
          Map.entry("ninetieth", 90.0), Map.entry("ninetieths", 90.0), Map.entry("hundredth", 100.0),
          Map.entry("hundredths", 100.0), Map.entry("thousandth", 1e3), Map.entry("thousandths", 1e3),
          Map.entry("millionth", 1e6), Map.entry("millionths", 1e6), Map.entry("billionth", 1e9),
          Map.entry("billionths", 1e9), Map.entry("trillionth", 1e12), Map.entry("trillionths", 1e12));

  /** Denominators that name a unit-ordinal and may close a compound with a tens word ("twenty-fifth"). */
  static boolean unitDenominator(String w) {
    Double d = DENOMINATORS.get(w);
    return d != null && d >= 1 && d <= 9 && !w.startsWith("half") && !w.startsWith("quarter");
  }

  /** True for a singular denominator ("fifth"), false for a plural one ("fifths"). */
  static boolean singularDenominator(String w) {
    return !w.endsWith("s");
  }

  /** Suffixes of ordinals written in digits: "1st", "22nd", "3rd", "4th". */
  static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  /** Value of a cardinal word below a hundred, or -1. */
  static int small(String w) {
    Integer u = UNITS.get(w);
    if (u != null) {
      return u;
    }
    Integer t = TENS.get(w);
    return t != null ? t : -1;
  }
}
