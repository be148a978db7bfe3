package dev.parallax.analysis.align;

import java.util.List;
import java.util.Objects;

/**
 * How a clause of each of two claims says the same who-did-what: the word of each side that matched
 * (their predicates, "shelter" / "harbor", or one's predicate found among the other's arguments,
 * "fenced" / "fences") and the arguments they share, when those made the match.
 *
 * @param wordA the matched word of the pair's first claim
 * @param wordB the matched word of the pair's second claim
 * @param arguments the shared arguments that made the match, each "x" or "x / y"; empty when the words
 *     matched on their own
 */
public record FrameMatch(String wordA, String wordB, List<String> arguments) {

  public FrameMatch {
    Objects.requireNonNull(wordA, "wordA");
    Objects.requireNonNull(wordB, "wordB");
    arguments = List.copyOf(arguments);
  }

  /** As a reader sees it: "shelter / harbor; leader / leadership". */
  public String display() {
    return wordA + " / " + wordB + (arguments.isEmpty() ? "" : "; " + String.join(", ", arguments));
  }
}
