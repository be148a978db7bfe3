package dev.parallax.analysis.pipeline;

import java.util.List;

/**
 * No input could be analysed: every path was missing, empty, binary or otherwise unusable. The
 * message is one readable line; {@link #problems()} lists each file's problem.
 */
public final class NoUsableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public NoUsableInputException(String message, List<String> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
