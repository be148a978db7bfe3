package dev.parallax.analysis.ingest;

import dev.parallax.analysis.lexicon.FunctionWords;
import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.lexicon.WordNetLexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs words that scraping glued together ("hasincreasedby", "theCrawford", "NTVUntil") by
 * inserting spaces, only where the split is unambiguous.
 *
 * <p>Two repairs, both limited to words that are not words:
 *
 * <ul>
 *   <li>At a change of case: a lower-case word glued to a capitalized one ("sameTaliban"), or an
 *       acronym glued to a capitalized word ("NTVUntil").
 *   <li>Inside a run of letters that is not a known word and occurs nowhere else in the article:
 *       the split into the fewest pieces, each a function word, a word used elsewhere in the same
 *       article, or a common English word (WordNet lemma or inflection with some use in WordNet's
 *       tagged corpus), taken only when no other split has as few pieces.
 * </ul>
 *
 * <p>Words the article uses elsewhere are never split, so a name that appears twice is safe; a
 * capitalized word is split only into pieces of three letters or more, so a name seen once
 * ("Marina") is not read as glue ("mar in a"), and not at all right after another capitalized word,
 * where it is part of a name ("Odile Marchand", not "March and").
 * Stateless apart from the shared lexicon; thread-safe.
 */
final class GluedWordRepairer {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int MIN_GLUED_LENGTH = 5;

  /**
   * Runs of letters longer than this are left as they are: glue joins a few words, and a longer run
   * is no text at all (a line of "aaaa…", a key, base64), which a split would only turn into
   * thousands of one-letter "words". The limit also keeps the work on one run bounded, so a page of
   * millions of letters without a space is read in linear time.
   */
  static final int MAX_GLUED_LENGTH = 64;

  private final WordNetLexicon lexicon;

  GluedWordRepairer(WordNetLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The blocks with glued words split. */
  List<String> repair(List<String> blocks) {
    Map<String, Integer> counts = new HashMap<>();
    for (String b : blocks) {
      Matcher m = WORD.matcher(b);
      while (m.find()) {
        counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    List<String> out = new ArrayList<>(blocks.size());
    for (String b : blocks) {
      out.add(repairBlock(b, counts));
    }
    return out;
  }

  private String repairBlock(String block, Map<String, Integer> counts) {
    Matcher m = WORD.matcher(block);
    StringBuilder out = new StringBuilder(block.length() + 16);
    int last = 0;
    int previousStart = -1;
    int previousEnd = -1;
    while (m.find()) {
      out.append(block, last, m.start());
      // a capitalized word right after another is part of a name ("Odile Marchand"), not glue
      boolean inName = previousStart >= 0 && Character.isUpperCase(m.group().charAt(0)) && previousEnd == m.start() - 1
          && block.charAt(previousEnd) == ' ' && previousEnd - previousStart >= 2
          && Character.isUpperCase(block.charAt(previousStart));
      out.append(m.end() - m.start() > MAX_GLUED_LENGTH ? m.group() : inName ? String.join(" ", splitAtCase(m.group(), counts)) : repairWord(m.group(), counts));
      previousStart = m.start();
      previousEnd = m.end();
      last = m.end();
    }
    out.append(block, last, block.length());
    return out.toString();
  }

  private String repairWord(String word, Map<String, Integer> counts) {
    if (word.length() < 4 || word.length() > MAX_GLUED_LENGTH || counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0) > 1 && isWord(word)) {
      return word;
    }
    List<String> parts = splitAtCase(word, counts);
    StringBuilder out = new StringBuilder(word.length() + 4);
    for (String part : parts) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(segment(part, counts));
    }
    return out.toString();
  }

  /** "theCrawford" gives [the, Crawford]; "NTVUntil" gives [NTV, Until]; other words stay whole. */
  private List<String> splitAtCase(String word, Map<String, Integer> counts) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < word.length(); i++) {
      char prev = word.charAt(i - 1);
      char c = word.charAt(i);
      boolean lowerUpper = Character.isLowerCase(prev) && Character.isUpperCase(c);
      boolean acronymWord =
          Character.isUpperCase(prev) && Character.isUpperCase(c) && i + 2 < word.length()
              && Character.isLowerCase(word.charAt(i + 1)) && Character.isLowerCase(word.charAt(i + 2));
      if (lowerUpper) {
        String left = word.substring(start, i);
        if (left.chars().allMatch(Character::isLowerCase) && (left.length() >= 2 || left.equals("a"))
            && (FunctionWords.contains(left) || common(left) || !segment(left, counts).equals(left))) {
          parts.add(left);
          start = i;
        }
      } else if (acronymWord && i - start >= 2 && allUpper(word.substring(start, i))) {
        String right = rightWord(word, i);
        if (FunctionWords.contains(right) || common(right.toLowerCase(Locale.ROOT))) {
          parts.add(word.substring(start, i));
          start = i;
        }
      }
    }
    parts.add(word.substring(start));
    return parts;
  }

  /** The capitalized word starting at {@code i}: up to the next capital letter. */
  private static String rightWord(String word, int i) {
    int j = i + 1;
    while (j < word.length() && Character.isLowerCase(word.charAt(j))) {
      j++;
    }
    return word.substring(i, j);
  }

  private String segment(String part, Map<String, Integer> counts) {
    String lower = part.toLowerCase(Locale.ROOT);
    if (part.length() < MIN_GLUED_LENGTH || isWord(lower) || counts.getOrDefault(lower, 0) > 1) {
      return part;
    }
    if (!(part.chars().allMatch(Character::isLowerCase)
        || Character.isUpperCase(part.charAt(0)) && part.substring(1).chars().allMatch(Character::isLowerCase))) {
      return part;
    }
    int n = lower.length();
    int[] best = new int[n + 1];
    int[] ways = new int[n + 1];
    int[] back = new int[n + 1];
    java.util.Arrays.fill(best, Integer.MAX_VALUE);
    best[0] = 0;
    ways[0] = 1;
    for (int end = 1; end <= n; end++) {
      for (int start = Math.max(0, end - 20); start < end; start++) {
        if (best[start] == Integer.MAX_VALUE) {
          continue;
        }
        String piece = lower.substring(start, end);
        if (piece.length() == n || !acceptablePiece(piece, counts)) {
          continue;
        }
        // Fewest pieces first; among those, prefer function words and words the article uses elsewhere.
        boolean familiar = FunctionWords.contains(piece) || counts.getOrDefault(piece, 0) > 0;
        int cost = best[start] + (familiar ? 9 : 10);
        if (cost < best[end]) {
          best[end] = cost;
          ways[end] = ways[start];
          back[end] = start;
        } else if (cost == best[end]) {
          ways[end] = Math.min(2, ways[end] + ways[start]);
        }
      }
    }
    if (best[n] == Integer.MAX_VALUE || best[n] < 18 || ways[n] != 1) {
      return part;
    }
    List<Integer> cuts = new ArrayList<>();
    for (int end = n; end > 0; end = back[end]) {
      cuts.add(0, back[end]);
    }
    if (cuts.size() == 2 && !closedCompoundUnlikely(lower, cuts.get(1))) {
      return part;
    }
    if (Character.isUpperCase(part.charAt(0)) && hasShortPiece(cuts, n)) {
      return part; // a capitalized word is likelier a name ("Amina", "Marina") than "am in a", "mar in a"
    }
    StringBuilder out = new StringBuilder(n + cuts.size());
    for (int k = 0; k < cuts.size(); k++) {
      int from = cuts.get(k);
      int to = k + 1 < cuts.size() ? cuts.get(k + 1) : n;
      if (k > 0) {
        out.append(' ');
      }
      out.append(part, from, to);
    }
    return out.toString();
  }

  /** Whether a piece between the cuts has fewer than three letters. */
  private static boolean hasShortPiece(List<Integer> cuts, int n) {
    for (int k = 0; k < cuts.size(); k++) {
      int to = k + 1 < cuts.size() ? cuts.get(k + 1) : n;
      if (to - cuts.get(k) < 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two content words glued together are often a closed compound the dictionary lacks
   * ("airstrikes", "screengrab"); such a split is taken only when a piece is a function word or
   * both pieces are long ("policyindependent").
   */
  private static boolean closedCompoundUnlikely(String lower, int cut) {
    String left = lower.substring(0, cut);
    String right = lower.substring(cut);
    return FunctionWords.contains(left) || FunctionWords.contains(right) || left.length() >= 5 && right.length() >= 5;
  }

  private boolean acceptablePiece(String piece, Map<String, Integer> counts) {
    if (piece.length() == 1) {
      return piece.equals("a");
    }
    if (FunctionWords.contains(piece)) {
      return true;
    }
    if (piece.length() < 3) {
      return false;
    }
    return counts.getOrDefault(piece, 0) > 0 || common(piece);
  }

  /** A lemma or inflection whose lemma WordNet's tagged corpus uses at least once. */
  private boolean common(String lower) {
    for (WordClass wc : WordClass.values()) {
      for (String base : lexicon.baseForms(lower, wc)) {
        if (lexicon.tagCount(base) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return FunctionWords.contains(lower) || lexicon.knows(lower);
  }

  private static boolean allUpper(String s) {
    return s.chars().allMatch(Character::isUpperCase);
  }
}
