package dev.parallax.model;

import java.util.Objects;

/**
 * Something the analysis wants the reader to know: a skipped file, a guessed encoding, a sentence
 * a stage could not handle. Nothing is dropped silently.
 *
 * @param severity how much it matters
 * @param code a stable machine-readable code, such as {@code empty-file}
 * @param subject what it is about: a source path, an article id or a claim id
 * @param message one readable sentence
 */
public record Diagnostic(Severity severity, String code, String subject, String message) {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Checks.nonBlank(code, "code");
    Objects.requireNonNull(subject, "subject");
    Checks.nonBlank(message, "message");
  }
}
