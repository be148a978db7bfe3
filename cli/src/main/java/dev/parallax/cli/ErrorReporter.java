package dev.parallax.cli;

import dev.parallax.cli.output.FileNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns an exception into a message and an exit code. Users see one line on
 * standard error; the stack trace only with {@code --debug}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    int code;
    String message;
    if (e instanceof UserError u) {
      code = u.exitCode();
      message = u.getMessage();
    } else if (e instanceof UncheckedIOException || e instanceof IOException) {
      code = ExitCode.OUTPUT;
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      message = "I/O error: " + describe(cause);
    } else {
      code = ExitCode.INTERNAL;
      message = "internal error: " + describe(e) + " (please report it; --debug shows the stack trace)";
    }
    err.println(cmd.getColorScheme().errorText("parallax: " + FileNames.terminal(message)));
    if (debug(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
