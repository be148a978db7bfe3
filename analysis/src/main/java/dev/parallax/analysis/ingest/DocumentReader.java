package dev.parallax.analysis.ingest;

import java.nio.file.Path;

/**
 * Reads one file into a {@link Document}.
 *
 * <p>Contract: never throws for a bad file; a file that cannot be used becomes a
 * {@link ReadOutcome.Rejected} with a readable message. Implementations are thread-safe.
 */
public interface DocumentReader {

  /**
   * @param file the file to read
   * @param source how the user named it (kept in the report)
   */
  ReadOutcome read(Path file, String source);
}
