package dev.parallax.cli.output;

import java.util.Locale;

/**
 * File names (and messages that hold them) made safe where they are shown. A file name can hold any
 * character but {@code /} and NUL: a {@code |} or a line break would break a Markdown table, a line
 * break would start a line of HTML that a renderer shows as markup, and on a terminal a line break
 * or an escape sequence could forge lines of output or change the terminal's state.
 */
public final class FileNames {
  private FileNames() {}

  /**
   * {@code s} inside a Markdown code span in a table cell: between backticks (added here), with
   * backticks turned to quotes, {@code |} escaped (GitHub's tables split cells at a bare one, even in
   * a code span) and line breaks and other control characters written as escapes such as {@code \n}.
   */
  public static String markdownCode(String s) {
    return "`" + visible(s).replace('`', '\'').replace("|", "\\|") + "`";
  }

  /**
   * {@code s} as one line on a terminal: line breaks, escape characters and the other control
   * characters (C0, DEL, C1) and the characters that reverse the direction of text are written as
   * escapes such as {@code \n} or {@code \u001b}, so no name can start a line or colour the screen.
   */
  public static String terminal(String s) {
    return visible(s);
  }

  private static String visible(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escape = escape(c);
      if (escape != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (escape != null) {
          out.append(escape);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  private static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
    boolean direction = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
        || c == '\u200F';
    return control || direction ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
  }
}
