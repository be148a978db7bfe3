package dev.parallax.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

  /** Runs with an empty standard input. */
  static CliRun of(String... args) {
    return withInput(new ByteArrayInputStream(new byte[0]), args);
  }

  /** Runs with {@code stdin}, in UTF-8, as standard input. */
  static CliRun withInput(String stdin, String... args) {
    return withInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  static CliRun withInput(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Parallax.run(args, stdin, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }

  /** True when standard error holds no stack trace. */
  boolean noStackTrace() {
    return !err.contains("\tat ") && !err.contains("Exception") && !err.contains("Caused by");
  }
}
