package dev.parallax.cli;

/**
 * The exit codes of the {@code parallax} command, listed in {@code parallax --help} and the README.
 *
 * <p>A run that reads some files and skips others still succeeds: the report lists what was skipped
 * and why, and each skip is one line on standard error.
 */
public final class ExitCode {
  private ExitCode() {}

  /** The command did what was asked (files that could not be used are listed in the report). */
  public static final int OK = 0;
  /** The command line was wrong: an unknown option, a bad option value, a missing argument. */
  public static final int USAGE = 2;
  /**
   * No usable input: every path was missing or an empty folder, or no file could be analysed (each
   * was empty, binary, too large, too long, not an article or not in English). With {@code compare
   * --each}: a story folder could not be compared (no articles, or fewer than two usable ones), though
   * the other stories were.
   */
  public static final int INPUT = 3;
  /** The output could not be written. */
  public static final int OUTPUT = 4;
  /** An internal error: a bug. The message says what failed; {@code --debug} shows the stack trace. */
  public static final int INTERNAL = 70;
}
