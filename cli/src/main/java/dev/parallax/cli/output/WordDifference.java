package dev.parallax.cli.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

/**
 * What differs between two sentences, word by word: the words both share, the words only the first
 * has and the words only the second has, in reading order ("increased by [50%]" against "increased by
 * [a record 56%]").
 *
 * <p>The comparison is Commons Text's {@link StringsComparator} (Myers' difference algorithm), which
 * compares strings character by character. Each distinct word (compared without case) is given one
 * character of its own, so the two sentences become two short strings whose characters are words,
 * and the edit script over them is the word-level difference. Deterministic: the same two sentences
 * give the same runs.
 *
 * @param first the first sentence
 * @param second the second sentence
 * @param runs the difference in reading order, consecutive words of one side joined into one run
 */
public record WordDifference(String first, String second, List<Run> runs) {
  /** Words are letters and digits with inner apostrophes, dots, commas or dashes and a trailing %; any other mark is a word of its own. */
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,\\-][\\p{L}\\p{N}]+)*%?|\\S");

  /** Which sentence a run comes from. */
  public enum Side {
    /** Words both sentences have (offsets into the first). */
    BOTH,
    /** Words only the first sentence has. */
    FIRST,
    /** Words only the second sentence has. */
    SECOND
  }

  /**
   * Consecutive words of one side, as a half-open range of the sentence they come from: the
   * second sentence for {@link Side#SECOND}, the first for the others.
   *
   * @param side where the words are
   * @param start offset of the first word
   * @param end offset just after the last word
   */
  public record Run(Side side, int start, int end) {
    public Run {
      Objects.requireNonNull(side, "side");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("a run covers at least one character, not [" + start + ", " + end + ")");
      }
    }
  }

  public WordDifference {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    runs = List.copyOf(runs);
    for (Run r : runs) {
      if (r.end() > sentence(first, second, r).length()) {
        throw new IllegalArgumentException("run " + r + " ends after its sentence");
      }
    }
  }

  /**
   * Sentences longer than this many words are not compared word by word but shown apart (each
   * whole, as words only it has): the comparison takes time and memory growing with the product
   * of the lengths and the number of differences, and a "sentence" this long is text the splitter
   * could not cut (a list, a table), whose word difference nobody reads.
   */
  static final int MAX_WORDS = 400;

  /** The difference between {@code first} and {@code second}. */
  public static WordDifference of(String first, String second) {
    List<Word> a = words(first);
    List<Word> b = words(second);
    Map<String, Character> codes = new HashMap<>();
    String left = a.size() > MAX_WORDS ? null : encode(a, codes);
    String right = b.size() > MAX_WORDS ? null : encode(b, codes);
    if (left == null || right == null) {
      List<Run> apart = new ArrayList<>();
      if (!a.isEmpty()) {
        apart.add(new Run(Side.FIRST, a.get(0).start(), a.get(a.size() - 1).end()));
      }
      if (!b.isEmpty()) {
        apart.add(new Run(Side.SECOND, b.get(0).start(), b.get(b.size() - 1).end()));
      }
      return new WordDifference(first, second, apart);
    }
    Builder builder = new Builder(a, b);
    new StringsComparator(left, right).getScript().visit(builder);
    return new WordDifference(first, second, builder.runs());
  }

  /** True when the two sentences have the same words. */
  public boolean same() {
    return runs.stream().allMatch(r -> r.side() == Side.BOTH);
  }

  /** How many words both sentences share. */
  public int sharedWords() {
    return runs.stream().filter(r -> r.side() == Side.BOTH).mapToInt(r -> words(text(r)).size()).sum();
  }

  /** The words of a run as its sentence writes them. */
  public String text(Run r) {
    return sentence(first, second, r).substring(r.start(), r.end());
  }

  /**
   * True when the run, shown after other words, takes a space before it: a space comes before it
   * in its sentence, or it starts its sentence.
   */
  public boolean spaceBefore(Run r) {
    return r.start() == 0 || Character.isWhitespace(sentence(first, second, r).charAt(r.start() - 1));
  }

  /** The runs of one side joined with " … ", such as {@code 50%} or {@code a record 56%}. */
  public String only(Side side) {
    return String.join(" … ", runs.stream().filter(r -> r.side() == side).map(this::text).toList());
  }

  private static String sentence(String first, String second, Run r) {
    return r.side() == Side.SECOND ? second : first;
  }

  /** A word and where it is in its sentence. */
  private record Word(String text, int start, int end) {}

  private static List<Word> words(String s) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(new Word(m.group(), m.start(), m.end()));
    }
    return out;
  }

  /** One character per word, the same character for the same word (without case). */
  private static String encode(List<Word> words, Map<String, Character> codes) {
    StringBuilder out = new StringBuilder(words.size());
    for (Word w : words) {
      String key = w.text().toLowerCase(Locale.ROOT);
      Character code = codes.get(key);
      if (code == null) {
        // At most 2 × MAX_WORDS distinct words, far fewer than there are chars.
        code = (char) codes.size();
        codes.put(key, code);
      }
      out.append(code.charValue());
    }
    return out.toString();
  }

  /**
   * Walks the edit script, turning each character back into its word on the side it came from.
   * Between two shared words, the first sentence's words come before the second's, whatever order
   * the script lists them in (within such a change they are consecutive in each sentence).
   */
  private static final class Builder implements CommandVisitor<Character> {
    private final List<Word> first;
    private final List<Word> second;
    private final List<Run> runs = new ArrayList<>();
    private int i;
    private int j;
    private Word sameFrom;
    private Word sameTo;
    private Word firstFrom;
    private Word firstTo;
    private Word secondFrom;
    private Word secondTo;

    Builder(List<Word> first, List<Word> second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void visitKeepCommand(Character c) {
      Word w = first.get(i++);
      j++;
      if (firstFrom != null || secondFrom != null) {
        flush();
      }
      sameFrom = sameFrom == null ? w : sameFrom;
      sameTo = w;
    }

    @Override
    public void visitDeleteCommand(Character c) {
      Word w = first.get(i++);
      flushSame();
      firstFrom = firstFrom == null ? w : firstFrom;
      firstTo = w;
    }

    @Override
    public void visitInsertCommand(Character c) {
      Word w = second.get(j++);
      flushSame();
      secondFrom = secondFrom == null ? w : secondFrom;
      secondTo = w;
    }

    private void flushSame() {
      if (sameFrom != null) {
        runs.add(new Run(Side.BOTH, sameFrom.start(), sameTo.end()));
        sameFrom = null;
      }
    }

    private void flush() {
      flushSame();
      if (firstFrom != null) {
        runs.add(new Run(Side.FIRST, firstFrom.start(), firstTo.end()));
        firstFrom = null;
      }
      if (secondFrom != null) {
        runs.add(new Run(Side.SECOND, secondFrom.start(), secondTo.end()));
        secondFrom = null;
      }
    }

    List<Run> runs() {
      flush();
      return runs;
    }
  }
}
