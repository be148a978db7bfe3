package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A short, readable label for what claims share: the noun phrase most of them use ("state of
 * emergency", "national day of mourning"), with the verb that goes with it in the first claim that
 * uses it ("declared a state of emergency"); else the first claim's subject and verb; else its first
 * words. Stateless.
 */
final class Topics {
  private Topics() {}

  private static final int MAX_WORDS = 9;

  static String of(List<AlignableClaim> claims) {
    Map<String, Set<String>> articlesOf = new LinkedHashMap<>();
    Map<String, Phrase> first = new LinkedHashMap<>();
    for (AlignableClaim c : claims) {
      for (Phrase p : phrases(c)) {
        articlesOf.computeIfAbsent(p.key(), k -> new LinkedHashSet<>()).add(c.articleId());
        first.putIfAbsent(p.key(), p);
      }
    }
    Phrase best = null;
    int bestArticles = 1;
    for (Map.Entry<String, Set<String>> e : articlesOf.entrySet()) {
      Phrase p = first.get(e.getKey());
      int n = e.getValue().size();
      if (n > bestArticles || n == bestArticles && best != null && p.words() > best.words()) {
        best = p;
        bestArticles = n;
      }
    }
    if (best != null) {
      return withVerb(best);
    }
    AlignableClaim c = claims.get(0);
    var prop = c.claim().proposition();
    if (prop.subject() != null && prop.predicate() != null && prop.subject().split(" ").length <= 6) {
      return prop.subject() + ": " + prop.predicate();
    }
    return firstWords(c.claim().text());
  }

  /** A run of content words (with "of" inside: "day of mourning") in one claim, and its lemma key. */
  private record Phrase(AlignableClaim claim, int from, int to, String key, int words) {}

  private static List<Phrase> phrases(AlignableClaim c) {
    List<Phrase> out = new ArrayList<>();
    List<Token> t = c.tokens();
    int i = 0;
    while (i < t.size()) {
      if (!content(t.get(i))) {
        i++;
        continue;
      }
      int j = i;
      int nouns = 0;
      int last = i;
      while (j < t.size() && (content(t.get(j)) || t.get(j).text().equalsIgnoreCase("of") && j + 1 < t.size()
          && content(t.get(j + 1)) && j > i)) {
        if (t.get(j).noun()) {
          nouns++;
          last = j;
        }
        j++;
      }
      if (nouns > 0) {
        StringBuilder key = new StringBuilder();
        int words = 0;
        for (int k = i; k <= last; k++) {
          if (k > i) {
            key.append(' ');
          }
          key.append(t.get(k).lemma().toLowerCase(Locale.ROOT));
          words++;
        }
        if (words >= 2 || t.get(last).tag().equals("PROPN") || t.get(last).text().length() > 5) {
          out.add(new Phrase(c, i, last, key.toString(), words));
        }
      }
      i = j + 1;
    }
    return out;
  }

  private static boolean content(Token t) {
    return (t.noun() || t.tag().equals("ADJ") || t.tag().equals("NUM")) && t.word();
  }

  /** The phrase as written, with the verb right before it ("declared a state of emergency"). */
  private static String withVerb(Phrase p) {
    List<Token> t = p.claim().tokens();
    int from = p.from();
    for (int k = p.from() - 1; k >= Math.max(0, p.from() - 3); k--) {
      if (t.get(k).tag().equals("VERB")) {
        from = k;
        break;
      }
      if (!(t.get(k).tag().equals("DET") || t.get(k).tag().equals("ADP") || t.get(k).tag().equals("ADV"))) {
        break;
      }
    }
    String text = p.claim().claim().text();
    int base = p.claim().claim().start();
    String out = text.substring(t.get(from).start() - base, t.get(p.to()).end() - base);
    String[] words = out.split("\\s+");
    if (words.length > MAX_WORDS) {
      out = String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + "...";
    }
    return out;
  }

  private static String firstWords(String text) {
    String[] words = text.split("\\s+");
    if (words.length <= MAX_WORDS) {
      return text.replaceAll("[.!?\"]+$", "");
    }
    return String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + "...";
  }
}
