package dev.parallax.analysis.claim;

import dev.parallax.analysis.quote.Quote;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.AttributionStyle;
import dev.parallax.model.Proposition;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a clause's proposition from its tagged tokens: the subject and object phrases around the
 * main verb, the verb's lemma, the thing its first number measures, its time frame and the source
 * it credits. A shallow reading (no parser), good enough to compare claims; a part it cannot find
 * is null. Stateless.
 */
final class PropositionReader {
  private PropositionReader() {}

  private static final Set<String> TIME_PREPOSITIONS =
      Set.of("since", "in", "during", "between", "from", "after", "before", "until", "by", "over", "throughout", "last", "this");

  /** The index in {@code tokens} of the clause's main verb (after "X said (that)" when quoted), or -1. */
  static int mainVerbIndex(List<Token> tokens, Quote quote) {
    List<Token> core = core(tokens, quote);
    int verb = mainVerb(core);
    return verb < 0 ? -1 : tokens.indexOf(core.get(verb));
  }

  static Proposition read(String text, List<Token> tokens, List<QuantityMention> quantities, Quote quote) {
    List<Token> core = core(tokens, quote);
    int verb = mainVerb(core);
    String subject = null;
    String predicate = null;
    String object = null;
    if (verb >= 0) {
      subject = phrase(text, core, start(core, verb), verb);
      predicate = predicate(core, verb);
      object = phrase(text, core, verb + 1, objectEnd(core, verb + 1));
    }
    String timeFrame = timeFrame(text, tokens, quantities);
    String cited = quote != null && quote.style() == AttributionStyle.ACCORDING_TO ? quote.speaker() : null;
    return new Proposition(subject, predicate, object, null, timeFrame, cited);
  }

  /** The tokens of what is stated: after "X said (that)" or "according to X," when present. */
  private static List<Token> core(List<Token> tokens, Quote quote) {
    if (quote == null) {
      return skipIntroduction(tokens);
    }
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.start() >= quote.start() && t.end() <= quote.end()) {
        out.add(t);
      }
    }
    while (!out.isEmpty() && (out.get(0).text().equalsIgnoreCase("that") || out.get(0).tag().equals("PUNCT"))) {
      out.remove(0);
    }
    return out.isEmpty() ? tokens : skipIntroduction(out);
  }

  /** Drops an opening adverbial up to its comma: "Since the Taliban came to power, ..." */
  private static List<Token> skipIntroduction(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return tokens;
    }
    String tag = tokens.get(0).tag();
    String first = tokens.get(0).text().toLowerCase(Locale.ROOT);
    boolean participle = tag.equals("VERB") && (first.endsWith("ing") || first.endsWith("ed"));
    if (!(tag.equals("ADP") || tag.equals("SCONJ") || tag.equals("ADV") || tag.equals("CCONJ")
        || tag.equals("PART") || participle)) {
      return tokens;
    }
    for (int i = 1; i < Math.min(tokens.size() - 3, 25); i++) {
      if (tokens.get(i).text().equals(",")) {
        return tokens.subList(i + 1, tokens.size());
      }
    }
    return tokens;
  }

  private static int mainVerb(List<Token> t) {
    // "There is no evidence that ...": the existential verb is the predicate.
    for (int i = 0; i + 1 < t.size() && i < 4; i++) {
      if (t.get(i).text().equalsIgnoreCase("there") && t.get(i + 1).lemma().equals("be")) {
        return i + 1;
      }
    }
    int auxiliaryLike = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).tag().equals("VERB")) {
        String lemma = t.get(i).lemma();
        boolean auxiliary = lemma.equals("have") || lemma.equals("be") || lemma.equals("do");
        if (!auxiliary) {
          return i;
        }
        if (auxiliaryLike < 0) {
          auxiliaryLike = i;
        }
      }
    }
    if (auxiliaryLike >= 0) {
      return auxiliaryLike;
    }
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).tag().equals("AUX")) {
        return i;
      }
    }
    return -1;
  }

  /** The verb's lemma, with a following particle ("carry out") or a copula's complement ("be unlikely"). */
  private static String predicate(List<Token> t, int verb) {
    Token v = t.get(verb);
    if (v.tag().equals("AUX") && verb + 1 < t.size()) {
      Token next = t.get(verb + 1);
      if (next.tag().equals("ADJ") || next.tag().equals("NOUN")) {
        return "be " + next.lemma();
      }
    }
    if (verb + 1 < t.size() && t.get(verb + 1).tag().equals("ADP") && t.get(verb + 1).text().matches("(?i)out|up|off|down|over|back")) {
      return v.lemma() + " " + t.get(verb + 1).text().toLowerCase(Locale.ROOT);
    }
    return v.lemma();
  }

  /** The subject starts after the last clause boundary before the verb. */
  private static int start(List<Token> t, int verb) {
    int s = verb;
    while (s > 0) {
      Token prev = t.get(s - 1);
      if (prev.tag().equals("PUNCT") && !prev.text().equals("-") && !prev.text().equals("'")
          || prev.tag().equals("SCONJ") || prev.tag().equals("CCONJ") && s - 1 == 0) {
        break;
      }
      s--;
    }
    // Leave out auxiliaries and adverbs right before the verb.
    return s;
  }

  private static boolean isAuxiliaryLemma(String lemma) {
    return lemma.equals("have") || lemma.equals("be") || lemma.equals("do");
  }

  private static int objectEnd(List<Token> t, int from) {
    int e = from;
    while (e < t.size() && e - from < 12) {
      Token x = t.get(e);
      if (x.tag().equals("PUNCT") && !x.text().equals("-") && !x.text().equals("%") || x.tag().equals("SCONJ")
          || x.tag().equals("VERB") && e > from + 1) {
        break;
      }
      e++;
    }
    return e;
  }

  private static String phrase(String text, List<Token> t, int from, int to) {
    while (from < to && (t.get(from).tag().equals("PUNCT") || t.get(from).tag().equals("CCONJ"))) {
      from++;
    }
    while (to > from && (t.get(to - 1).tag().equals("AUX") || t.get(to - 1).tag().equals("PART")
        || t.get(to - 1).tag().equals("PUNCT") || t.get(to - 1).verb() && isAuxiliaryLemma(t.get(to - 1).lemma()))) {
      to--;
    }
    // An adverb right before the verb ("has long had") is not part of the subject, unless it is all there is ("much").
    while (to - from > 1 && t.get(to - 1).tag().equals("ADV")) {
      to--;
    }
    if (to <= from) {
      return null;
    }
    return text.substring(t.get(from).start(), t.get(to - 1).end());
  }

  /** The first date phrase with its preposition ("in August 2021"), or a "since ..." phrase. */
  private static String timeFrame(String text, List<Token> tokens, List<QuantityMention> quantities) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().equalsIgnoreCase("since") && i + 1 < tokens.size()) {
        int e = i + 1;
        while (e < tokens.size() && !tokens.get(e).text().equals(",") && e - i < 10) {
          e++;
        }
        return text.substring(tokens.get(i).start(), tokens.get(e - 1).end());
      }
    }
    for (QuantityMention q : quantities) {
      if (q.kind() == QuantityKind.DATE) {
        for (int i = 0; i < tokens.size(); i++) {
          if (tokens.get(i).end() <= q.start() && i + 1 < tokens.size() && tokens.get(i + 1).start() >= q.start()
              && TIME_PREPOSITIONS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
            return text.substring(tokens.get(i).start(), q.end());
          }
        }
        return q.text();
      }
    }
    return null;
  }
}
