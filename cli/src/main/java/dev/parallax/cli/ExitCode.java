package dev.parallax.cli;

/** The exit codes of the {@code parallax} command, listed in {@code parallax --help}. */
public final class ExitCode {
  private ExitCode() {}

  /** The command did what was asked. */
  public static final int OK = 0;
  /** The command line was wrong: an unknown option, a missing argument. */
  public static final int USAGE = 2;
  /** No usable input: a missing path, an empty folder, nothing readable, or too few articles. */
  public static final int INPUT = 3;
  /** The output could not be written. */
  public static final int OUTPUT = 4;
  /** An internal error: a bug. The message says what failed; {@code --debug} shows the stack trace. */
  public static final int INTERNAL = 70;

  /** The footer of {@code parallax --help}. */
}
