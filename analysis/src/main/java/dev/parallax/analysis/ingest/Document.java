package dev.parallax.analysis.ingest;

import dev.parallax.model.Diagnostic;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article as ingest read it: the cleaned text and what the file says about itself.
 *
 * @param source the path as given by the user
 * @param sha256 hex SHA-256 of the file's bytes
 * @param bytes the file's size
 * @param title the headline, or null
 * @param outlet the outlet's canonical name, or null when the text names none
 * @param author the byline, or null
 * @param published the publication date, or null
 * @param url the article's address, or null
 * @param text the cleaned body: one paragraph, heading or list item per line, paragraphs separated
 *     by a blank line, quotes and dashes normalized, page furniture removed, glued words repaired
 * @param metadataOrigin for each metadata field found, how it was found; keys sorted
 * @param diagnostics what the reader wants the user to know about this file (a guessed encoding)
 */
public record Document(
    String source,
    String sha256,
    long bytes,
    String title,
    String outlet,
    String author,
    LocalDate published,
    String url,
    String text,
    Map<String, String> metadataOrigin,
    List<Diagnostic> diagnostics) {

  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(text, "text");
    metadataOrigin = Map.copyOf(metadataOrigin);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The words of {@link #text()}: runs of letters and digits. */
  public int wordCount() {
    return words(text);
  }

  /** The runs of letters and digits in {@code text}: the word count the report gives. */
  public static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !inWord) {
        words++;
      }
      inWord = w;
    }
    return words;
  }
}
