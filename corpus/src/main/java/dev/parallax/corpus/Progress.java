package dev.parallax.corpus;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress lines on the terminal (standard error), each prefixed with "parallax corpus:". */
final class Progress {
  private final PrintWriter err;

  Progress(PrintWriter err) {
    this.err = err;
  }

  /** Progress that prints nothing. */
  static Progress silent() {
    return new Progress(new PrintWriter(java.io.Writer.nullWriter()));
  }

  synchronized void say(String line) {
    err.println("parallax corpus: " + line);
    err.flush();
  }

  static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  static String count(long n, String noun, String plural) {
    return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? noun : plural);
  }
}
