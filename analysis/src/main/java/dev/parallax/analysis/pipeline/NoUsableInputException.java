package dev.parallax.analysis.pipeline;

import java.util.List;

/**
 * No input could be analysed: every path was missing, empty, binary, not English or otherwise
 * unusable. The message is one readable line; {@link #problems()} lists each path's or file's
 * problem.
 */
public final class NoUsableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message names before it says how many more there are. */
  static final int NAMED = 3;

  private final transient List<String> problems;

  public NoUsableInputException(String message, List<String> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  /** An exception whose message names the problem, or the first few of them and how many more. */
  static NoUsableInputException of(List<String> problems) {
    if (problems.isEmpty()) {
      return new NoUsableInputException("no input files given", problems);
    }
    if (problems.size() == 1) {
      return new NoUsableInputException(problems.get(0), problems);
    }
    String named = String.join("; ", problems.subList(0, Math.min(NAMED, problems.size())));
    int more = problems.size() - NAMED;
    return new NoUsableInputException("none of the " + problems.size() + " inputs could be used: " + named
        + (more > 0 ? "; and " + more + " more" : ""), problems);
  }

  /** Each problem, one sentence each, in input order. */
  public List<String> problems() {
    return problems;
  }
}
