package dev.parallax.model;

import java.util.Objects;

/**
 * One file given to the analysis and what became of it.
 *
 * @param source the path as given on the command line
 * @param sha256 hex SHA-256 of the bytes, or null when the file could not be read
 * @param bytes its size in bytes, or -1 when unknown
 * @param status analysed, duplicate or skipped
 * @param reason why it was skipped or which article it duplicates, or null
 */
public record InputFile(String source, String sha256, long bytes, InputStatus status, String reason) {

  public InputFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
  }
}
