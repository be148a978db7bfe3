package dev.parallax.cli;

/**
 * A problem the user can fix (a missing file, an unwritable folder), reported as one line on
 * standard error with an exit code and no stack trace.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public UserError(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public UserError(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** The exit code, one of {@link ExitCode}. */
  public int exitCode() {
    return exitCode;
  }
}
