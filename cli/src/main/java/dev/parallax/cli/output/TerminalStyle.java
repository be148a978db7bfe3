package dev.parallax.cli.output;

import dev.parallax.model.FindingKind;
import java.util.Map;

/**
 * ANSI colours for terminal output, or none. Colour is on only when standard output is a terminal
 * and the user has not asked for plain text ({@code NO_COLOR} set, or {@code TERM=dumb}), so piped
 * and redirected output never carries escape codes.
 */
public final class TerminalStyle {
  private static final String RESET = "\u001b[0m";
  private final boolean colour;

  private TerminalStyle(boolean colour) {
    this.colour = colour;
  }

  /** Plain text, no escape codes. */
  public static final TerminalStyle PLAIN = new TerminalStyle(false);

  /** ANSI colours. */
  public static final TerminalStyle COLOUR = new TerminalStyle(true);

  /** Colour when this process writes to a terminal and the environment allows it. */
  public static TerminalStyle detect() {
    return detect(System.console() != null, System.getenv());
  }

  /** Colour when {@code terminal} is true and {@code env} has no {@code NO_COLOR} and no {@code TERM=dumb}. */
  static TerminalStyle detect(boolean terminal, Map<String, String> env) {
    boolean off = env.containsKey("NO_COLOR") || "dumb".equals(env.get("TERM"));
    return terminal && !off ? COLOUR : PLAIN;
  }

  /** True when this style writes escape codes. */
  public boolean colour() {
    return colour;
  }

  String bold(String s) {
    return wrap("1", s);
  }

  String dim(String s) {
    return wrap("2", s);
  }

  /** Highlighted words: bold and underlined. */
  String mark(String s) {
    return wrap("1;4", s);
  }

  /** Words only the first of two sentences has: red, struck through. */
  String removed(String s) {
    return wrap("9;31", s);
  }

  /** Words only the second of two sentences has: green, underlined. */
  String added(String s) {
    return wrap("4;32", s);
  }

  /** The colour of a finding kind: red, magenta, yellow, green. */
  String kind(FindingKind k, String s) {
    switch (k) {
      case NUMERIC_DISCREPANCY:
        return wrap("1;31", s);
      case CONTRADICTION:
        return wrap("1;35", s);
      case DISPUTE:
        return wrap("1;33", s);
      default:
        return wrap("1;32", s);
    }
  }

  private String wrap(String code, String s) {
    return colour && !s.isEmpty() ? "\u001b[" + code + "m" + s + RESET : s;
  }
}
