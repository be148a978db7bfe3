package dev.parallax.analysis.quote;

import dev.parallax.analysis.text.Sentence;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.AttributionStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds attributed statements with patterns over tagged tokens, one sentence at a time:
 * "according to X, ...", "X said (that) ...", "..., X said.", "'...', said X".
 *
 * <p>The speaker is the noun phrase next to the reporting verb; a leading connective ("But",
 * "Meanwhile,") is left out, and so is a trailing appositive ("Tahir Khan, a political analyst,").
 * Thread-safe and stateless.
 */
public final class PatternQuoteFinder implements QuoteFinder {
  /** Lemmas of verbs that report speech or writing. */
  static final Set<String> REPORTING_VERBS =
      Set.of(
          "say", "tell", "state", "claim", "add", "argue", "warn", "believe", "announce", "accuse",
          "deny", "insist", "note", "explain", "write", "report", "allege", "admit", "suggest",
          "conclude", "emphasize", "emphasise", "stress", "ask", "respond", "reply", "criticize",
          "criticise", "reject", "acknowledge", "confirm", "declare", "assert", "maintain", "contend",
          "estimate", "predict", "vow", "promise", "urge", "demand", "describe", "call", "cite",
          "mention", "indicate", "point", "tweet", "testify", "complain", "concede", "recall");

  private static final Set<String> DATA_NOUNS =
      Set.of(
          "statistics", "statistic", "research", "researches", "figures", "figure", "data", "report",
          "reports", "study", "studies", "survey", "surveys", "estimates", "estimate", "count",
          "analysis", "findings", "records", "tally", "numbers");

  private static final Set<String> LEADING_CONNECTIVES =
      Set.of("but", "and", "so", "meanwhile", "however", "also", "moreover", "yet", "then", "still");

  @Override
  public List<Quote> find(String text, List<Sentence> sentences) {
    List<Quote> out = new ArrayList<>();
    for (Sentence s : sentences) {
      Quote q = accordingTo(s);
      if (q == null) {
        q = reportingVerb(text, s);
      }
      if (q != null) {
        out.add(q);
      }
    }
    return out;
  }

  /** "According to X, ..." or "..., according to X." */
  private static Quote accordingTo(Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 0; i + 1 < t.size(); i++) {
      if (t.get(i).text().equalsIgnoreCase("according") && t.get(i + 1).text().equalsIgnoreCase("to")) {
        int from = i + 2;
        int to = from;
        while (to < t.size() && !isBoundary(t.get(to))) {
          to++;
        }
        if (to == from) {
          return null;
        }
        // "the statistics of the UNHCR" -> "the UNHCR"
        for (int k = from; k < to - 1; k++) {
          if (t.get(k + 1).text().equalsIgnoreCase("of") && DATA_NOUNS.contains(lower(t.get(k)))) {
            from = k + 2;
            break;
          }
        }
        if (from >= to) {
          return null;
        }
        int[] content = i == 0 ? new int[] {t.get(to - 1).end(), s.end()} : new int[] {s.start(), t.get(i).start()};
        return quote(s, content, t.get(from).start(), t.get(to - 1).end(), "according to",
            AttributionStyle.ACCORDING_TO);
      }
    }
    return null;
  }

  private static Quote reportingVerb(String text, Sentence s) {
    List<Token> t = s.tokens();
    boolean quoted = s.text().indexOf('"') >= 0;
    for (int i = 0; i < t.size(); i++) {
      Token v = t.get(i);
      if (!v.tag().equals("VERB") || !REPORTING_VERBS.contains(v.lemma())) {
        continue;
      }
      // Speaker before the verb: the noun phrase ending right before it (allowing auxiliaries).
      int end = i;
      while (end > 0 && (t.get(end - 1).tag().equals("AUX") || t.get(end - 1).tag().equals("ADV")
          || t.get(end - 1).tag().equals("PART"))) {
        end--;
      }
      int start = end;
      while (start > 0 && nominal(t.get(start - 1))) {
        start--;
      }
      if (start < end && hasHead(t, start, end)) {
        // Leave out an appositive: "Tahir Khan, a political analyst ..., believes" keeps "Tahir Khan".
        int[] speaker = trimSpeaker(t, start, end, s);
        int contentStart = i + 1 < t.size() ? t.get(i + 1).start() : v.end();
        int[] content = start == 0 || !quoted ? new int[] {contentStart, s.end()} : new int[] {s.start(), t.get(start).start()};
        if (content[1] <= content[0]) {
          content = new int[] {s.start(), s.end()};
        }
        return quote(s, content, speaker[0], speaker[1], v.lemma(),
            quoted ? AttributionStyle.DIRECT_QUOTE : AttributionStyle.REPORTED_SPEECH);
      }
      // Speaker after the verb: '"...," said X.'
      int a = i + 1;
      int b = a;
      while (b < t.size() && nominal(t.get(b))) {
        b++;
      }
      if (b > a && hasHead(t, a, b) && i > 0 && (t.get(i - 1).text().equals(",") || t.get(i - 1).text().equals("\""))) {
        return quote(s, new int[] {s.start(), t.get(i - 1).start()}, t.get(a).start(), t.get(b - 1).end(), v.lemma(),
            quoted ? AttributionStyle.DIRECT_QUOTE : AttributionStyle.REPORTED_SPEECH);
      }
    }
    return null;
  }

  private static int[] trimSpeaker(List<Token> t, int start, int end, Sentence s) {
    while (start < end && LEADING_CONNECTIVES.contains(lower(t.get(start)))) {
      start++;
    }
    return new int[] {t.get(start).start(), t.get(end - 1).end()};
  }

  private static Quote quote(Sentence s, int[] content, int speakerStart, int speakerEnd, String verb, AttributionStyle style) {
    String speaker = s.text().substring(speakerStart - s.start(), speakerEnd - s.start());
    return new Quote(content[0], content[1], speaker, speakerStart, speakerEnd, verb, style);
  }

  private static boolean nominal(Token t) {
    return switch (t.tag()) {
      case "PROPN", "NOUN", "ADJ", "DET", "PRON", "NUM" -> true;
      case "ADP" -> t.text().equalsIgnoreCase("of") || t.text().equalsIgnoreCase("for");
      case "PART" -> t.text().equals("'s");
      case "PUNCT" -> t.text().equals("-");
      default -> false;
    };
  }

  private static boolean hasHead(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      String tag = t.get(k).tag();
      if (tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("PRON")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBoundary(Token t) {
    return t.tag().equals("PUNCT") && !t.text().equals("-") || t.tag().equals("VERB") || t.tag().equals("AUX")
        || t.tag().equals("SCONJ");
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
