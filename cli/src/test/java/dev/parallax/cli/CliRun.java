package dev.parallax.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Parallax.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }

  /** True when standard error holds no stack trace. */
  boolean noStackTrace() {
    return !err.contains("\tat ") && !err.contains("Exception") && !err.contains("Caused by");
  }
}
