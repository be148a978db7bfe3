package dev.parallax.cli;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the paths a user gives on the command line before anything is read: a web address is
 * named as such (Parallax does not go online), and {@value #STANDARD_INPUT} stands for standard
 * input, at most once.
 */
final class PathArguments {
  /** The argument that stands for standard input. */
  static final String STANDARD_INPUT = "-";

  private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(https?|ftp)://\\S*");

  private PathArguments() {}

  /**
   * Fails with a {@link UserError} ({@link ExitCode#USAGE}) when a path is a web address or
   * {@value #STANDARD_INPUT} is given more than once.
   *
   * @param command the subcommand, named in the advice ("compare")
   */
  static void check(String command, List<String> paths) {
    int standardInputs = 0;
    for (String p : paths) {
      if (webAddress(p)) {
        throw new UserError(ExitCode.USAGE, p + " is a web address, and Parallax does not fetch pages (it never goes "
            + "online): save the page first, with your browser's \"Save Page As\" or with curl -L -o article.html '"
            + p + "', then give the file: parallax " + command + " article.html");
      }
      if (p.equals(STANDARD_INPUT)) {
        standardInputs++;
      }
    }
    if (standardInputs > 1) {
      throw new UserError(ExitCode.USAGE, "'-' (standard input) can be given only once");
    }
  }

  /** True when {@code path} is a web address ({@code https://...}), which Parallax never fetches. */
  static boolean webAddress(String path) {
    return WEB_ADDRESS.matcher(path).matches();
  }

  /** True when {@value #STANDARD_INPUT} is among {@code paths}. */
  static boolean readsStandardInput(List<String> paths) {
    return paths.contains(STANDARD_INPUT);
  }
}
