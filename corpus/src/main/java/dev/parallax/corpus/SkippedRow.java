package dev.parallax.corpus;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input row or file that was left out, and why.
 *
 * @param source the file, {@code FILE:LINE} for a line of JSON Lines, or {@code FILE/ID} for a row
 * @param code a short word for the reason: {@code bad-json}, {@code no-text}, {@code bad-date},
 *     {@code unreadable-parquet}, or the reader's own code ({@code empty-file}, {@code binary}, ...)
 * @param message one sentence that names the row
 */
public record SkippedRow(String source, String code, String message) implements Serializable {
  private static final long serialVersionUID = 1L;

  public SkippedRow {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
