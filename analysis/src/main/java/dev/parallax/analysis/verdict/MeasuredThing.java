package dev.parallax.analysis.verdict;

import dev.parallax.analysis.text.Token;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one number in a claim measures, read from the claim's tokens.
 *
 * @param head the lemma of the measured noun ("attack", "refugee", "people"), or null when none was found
 * @param phrase the measured noun phrase as written ("TTP attacks against Pakistani positions")
 * @param verb the lemma of the verb that governs the number ("host", "kill", "increase"), or null
 * @param headText the measured noun as written ("attacks"), or null
 */
record MeasuredThing(String head, String phrase, String verb, String headText) {
  private static final Set<String> COUNTING =
      Set.of("number", "total", "count", "share", "proportion", "percentage", "rate", "level", "amount", "figure",
          "tally", "toll");
  /** Adjectives that say what a counted group is: "1,000 people are missing". */
  private static final Set<String> PREDICATE_ADJECTIVES = Set.of("missing", "dead", "injured", "wounded", "homeless");

  private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "say", "include", "reach", "stand");

  /** Reads what {@code q} measures among {@code tokens} (the claim's tokens). */
  static MeasuredThing of(dev.parallax.model.Claim claim, List<Token> tokens, QuantityMention q) {
    Text text = new Text(claim.text(), claim.start());
    int after = 0;
    while (after < tokens.size() && tokens.get(after).start() < q.end()) {
      after++;
    }
    int before = after - 1;
    while (before >= 0 && tokens.get(before).end() > q.start()) {
      before--;
    }
    String verb = governingVerb(tokens, before);
    // The noun the number counts: "3.7 million Afghan refugees", "dozens of soldiers".
    if (q.kind() != QuantityKind.PERCENT) {
      int i = after;
      if (i < tokens.size() && tokens.get(i).text().equalsIgnoreCase("of")) {
        i++;
      }
      int from = i;
      int lastNoun = -1;
      while (i < tokens.size() && i - from < 6 && (tokens.get(i).tag().equals("ADJ") || tokens.get(i).noun()
          || tokens.get(i).text().equals("-"))) {
        if (tokens.get(i).noun()) {
          lastNoun = i;
        }
        i++;
      }
      if (lastNoun >= from) {
        String phrase = text.substring(tokens.get(from).start(), tokens.get(lastNoun).end());
        int end = extendWithPrepositionalPhrase(tokens, lastNoun + 1);
        if (end > lastNoun + 1) {
          phrase = text.substring(tokens.get(from).start(), tokens.get(end - 1).end());
        }
        // A counted subject takes the verb that follows it: "2,000 people were killed".
        int following = followingVerb(tokens, end);
        if (following >= 0) {
          return new MeasuredThing(lemma(tokens.get(lastNoun)), phrase + " " + tokens.get(following).text(),
              tokens.get(following).lemma().toLowerCase(Locale.ROOT), tokens.get(lastNoun).text());
        }
        return new MeasuredThing(lemma(tokens.get(lastNoun)), phrase, verb, tokens.get(lastNoun).text());
      }
    }
    // A percentage or a change measures the subject: "the number of terrorist attacks in Pakistan
    // has increased by 56%".
    int v = verbIndex(tokens, before);
    if (v > 0) {
      int end = v;
      while (end > 0 && (tokens.get(end - 1).tag().equals("AUX") || tokens.get(end - 1).tag().equals("ADV")
          || tokens.get(end - 1).tag().equals("PART"))) {
        end--;
      }
      int start = end;
      while (start > 0 && !boundary(tokens.get(start - 1))) {
        start--;
      }
      while (start < end && (tokens.get(start).tag().equals("DET") || COUNTING.contains(lemma(tokens.get(start)))
          || tokens.get(start).text().equalsIgnoreCase("of"))) {
        start++;
      }
      int head = -1;
      for (int k = start; k < end; k++) {
        if (tokens.get(k).noun()) {
          head = k;
          if (k + 1 < end && tokens.get(k + 1).tag().equals("ADP")) {
            break;
          }
        }
      }
      if (head >= 0) {
        return new MeasuredThing(lemma(tokens.get(head)),
            text.substring(tokens.get(start).start(), tokens.get(end - 1).end()), verb, tokens.get(head).text());
      }
    }
    return new MeasuredThing(null, null, verb, null);
  }

  /** The claim's text, addressed with article offsets. */
  private record Text(String claimText, int base) {
    String substring(int start, int end) {
      return claimText.substring(start - base, end - base);
    }
  }

  private static int extendWithPrepositionalPhrase(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return i;
    }
    String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
    if (!(w.equals("in") || w.equals("against") || w.equals("of") || w.equals("from") || w.equals("without"))) {
      return i;
    }
    int j = i + 1;
    int lastNoun = -1;
    while (j < tokens.size() && j - i < 5 && (tokens.get(j).tag().equals("DET") || tokens.get(j).tag().equals("ADJ")
        || tokens.get(j).noun())) {
      if (tokens.get(j).noun()) {
        lastNoun = j;
      }
      j++;
    }
    return lastNoun > 0 ? lastNoun + 1 : i;
  }

  /**
   * The index of the content verb right after a noun phrase, past auxiliaries, adverbs and "not"
   * ("were killed", "had been displaced"), or -1.
   */
  private static int followingVerb(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size() && k - from < 5; k++) {
      Token t = tokens.get(k);
      if (t.tag().equals("VERB") && !LIGHT_VERBS.contains(t.lemma()) || t.tag().equals("ADJ") && k > from
          && PREDICATE_ADJECTIVES.contains(t.text().toLowerCase(Locale.ROOT))) {
        return k;
      }
      if (!(t.tag().equals("AUX") || t.tag().equals("ADV") || t.tag().equals("PART")
          || t.tag().equals("VERB") && LIGHT_VERBS.contains(t.lemma()))) {
        return -1;
      }
    }
    return -1;
  }

  /** The nearest content verb before the number, not past a clause boundary. */
  private static String governingVerb(List<Token> tokens, int before) {
    int v = verbIndex(tokens, before);
    return v >= 0 ? tokens.get(v).lemma().toLowerCase(Locale.ROOT) : null;
  }

  private static int verbIndex(List<Token> tokens, int before) {
    for (int k = before; k >= 0 && before - k < 8; k--) {
      Token t = tokens.get(k);
      if (boundary(t) && k != before) {
        break;
      }
      if (t.tag().equals("VERB") && !LIGHT_VERBS.contains(t.lemma())) {
        return k;
      }
    }
    return -1;
  }

  private static boolean boundary(Token t) {
    return t.tag().equals("PUNCT") && (t.text().equals(",") || t.text().equals(";") || t.text().equals(":"))
        || t.tag().equals("SCONJ") || t.tag().equals("CCONJ");
  }

  private static String lemma(Token t) {
    return t.tag().equals("PROPN") ? t.text().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
  }
}
