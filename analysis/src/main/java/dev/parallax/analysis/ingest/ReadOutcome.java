package dev.parallax.analysis.ingest;

import java.util.Objects;

/** What came of reading one file: a document, or the reason it was skipped. */
public sealed interface ReadOutcome permits ReadOutcome.Accepted, ReadOutcome.Rejected {

  /** The source path as given by the user. */
  String source();

  /** The file was read. */
  record Accepted(Document document) implements ReadOutcome {
    public Accepted {
      Objects.requireNonNull(document, "document");
    }

    @Override
    public String source() {
      return document.source();
    }
  }

  /**
   * The file was not read.
   *
   * @param source the path as given
   * @param code a stable code: {@code missing}, {@code unreadable}, {@code empty-file}, {@code binary},
   *     {@code too-large}, {@code too-long}, {@code not-an-article}, {@code no-text}, {@code not-english},
   *     {@code read-failed}
   * @param message one readable sentence that names the file and says what to do
   * @param sha256 the bytes' hash when they could be read, or null
   * @param bytes the size, or -1
   */
  record Rejected(String source, String code, String message, String sha256, long bytes) implements ReadOutcome {
    public Rejected {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }
}
