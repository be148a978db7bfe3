package dev.parallax.corpus;

import dev.parallax.analysis.lexicon.FunctionWords;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What story finding knows of one article: its day, the sentence vector of its title and lead, the
 * names in them, the dates its lead mentions, and the hashed word shingles of its whole text.
 *
 * @param uid the article's number in the corpus
 * @param day the publication date as days since 1970-01-01, or null when the article has none
 * @param vector the unit-length MiniLM vector of the title and lead
 * @param names the names in the title and lead, lower case, sorted
 * @param dates the days the lead mentions ({@code yyyy-MM-dd}), sorted
 * @param shingles the hashed three-word shingles of the text, sorted, distinct
 */
record Features(long uid, Long day, float[] vector, String[] names, String[] dates, int[] shingles)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Words of the text after the title that make its lead. */
  static final int LEAD_WORDS = 60;
  /** Words of the text searched for names and dates. */
  static final int NAME_WORDS = 150;
  /** Shingles are hashed into this many buckets (a power of two). */
  static final int SHINGLE_SPACE = 1 << 20;

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'\u2019-]*|\\p{N}+");
  private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mr", "mrs", "ms", "dr");

  /** The features of one article, with the executor's encoder and quantity reader. */
  static Features of(long uid, CorpusArticle a) {
    String lead = leadOf(a.text(), LEAD_WORDS);
    String title = a.title() == null ? "" : a.title().strip();
    String encoded = title.isEmpty() ? lead : title + ". " + lead;
    float[] v = Workers.encoder().encode(List.of(encoded)).get(0);
    return new Features(uid, a.epochDay(), unit(v), names(title, leadOf(a.text(), NAME_WORDS)),
        dates(leadOf(a.text(), NAME_WORDS), a.published()), shingles(a.text()));
  }

  /** The first {@code words} words of {@code text}, as written. */
  static String leadOf(String text, int words) {
    Matcher m = WORD.matcher(text);
    int n = 0;
    int end = text.length();
    while (m.find()) {
      if (++n == words) {
        end = m.end();
        break;
      }
    }
    return text.substring(0, end);
  }

  /**
   * Names: capitalized words that do not open a sentence, words in capitals (two letters or more), and
   * words of the title that the lead also writes with a capital. Function words, months, weekdays and
   * titles of address are not names; a possessive 's is dropped.
   */
  static String[] names(String title, String lead) {
    Set<String> out = new TreeSet<>();
    Set<String> capitalized = new TreeSet<>();
    Matcher m = WORD.matcher(lead);
    while (m.find()) {
      String w = m.group();
      if (!Character.isUpperCase(w.codePointAt(0))) {
        continue;
      }
      String key = key(w);
      capitalized.add(key);
      if ((acronym(w) || !opensSentence(lead, m.start())) && name(key)) {
        out.add(key);
      }
    }
    Matcher t = WORD.matcher(title);
    while (t.find()) {
      String w = t.group();
      String key = key(w);
      if (Character.isUpperCase(w.codePointAt(0)) && (acronym(w) || capitalized.contains(key)) && name(key)) {
        out.add(key);
      }
    }
    return out.toArray(String[]::new);
  }

  private static boolean acronym(String w) {
    return w.chars().filter(Character::isLetter).count() >= 2
        && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static boolean name(String key) {
    return key.length() >= 2 && !FunctionWords.contains(key) && !CALENDAR.contains(key);
  }

  private static String key(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    return w.replaceAll("['-]+$", "");
  }

  private static boolean opensSentence(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) && c != '\n') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"' || c == '\u201c' || c == '(' || c == '|';
    }
    return true;
  }

  /** The days the lead names, read against the publication date. */
  static String[] dates(String lead, String published) {
    java.time.LocalDateTime reference = published == null ? null : LocalDate.parse(published).atTime(LocalTime.NOON);
    Set<String> out = new TreeSet<>();
    for (QuantityMention q : Workers.quantities().extract(lead, reference)) {
      if (q.kind() == QuantityKind.DATE && q.date() != null && q.date().length() == 10
          && (q.dateEnd() == null || q.dateEnd().equals(q.date()))) {
        out.add(q.date());
      }
    }
    return out.toArray(String[]::new);
  }

  /** Hashed three-word shingles of the text, lower case (single words for a text under three words). */
  static int[] shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    int k = Math.min(3, words.size());
    Set<Integer> out = new TreeSet<>();
    for (int i = 0; k > 0 && i + k <= words.size(); i++) {
      out.add(Math.floorMod(String.join(" ", words.subList(i, i + k)).hashCode() * 0x9E3779B1, SHINGLE_SPACE));
    }
    if (out.isEmpty()) {
      out.add(0);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    float[] out = Arrays.copyOf(v, v.length);
    if (norm > 0) {
      for (int i = 0; i < out.length; i++) {
        out[i] = (float) (out[i] / norm);
      }
    }
    return out;
  }

  /** The cosine of two unit vectors, rounded to two decimals so no decision hangs on the last bits. */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return Math.round(dot * 100) / 100.0;
  }
}
