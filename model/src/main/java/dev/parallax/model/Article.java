package dev.parallax.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One article as the analysis saw it: where it came from, what it says about itself, and the
 * cleaned text every offset in the report points into.
 *
 * @param id stable identifier within one report, such as {@code a1}
 * @param source the path the article was read from, as given on the command line
 * @param title the headline, or null when none was found
 * @param outlet the publishing outlet's canonical name, or null when the text does not name one
 * @param author the byline, or null
 * @param published the publication date, or null when the text prints none
 * @param language ISO 639-1 code of the text's language, such as {@code en}
 * @param wordCount words in {@link #text()}
 * @param sha256 hex SHA-256 of the file's bytes as read
 * @param text the cleaned body the analysis ran on
 * @param url the article's address, or null when unknown
 * @param metadataOrigin for each metadata field that was filled in ({@code title}, {@code outlet},
 *     {@code author}, {@code published}, {@code url}), how it was found, such as "a 'Source:' line";
 *     keys sorted
 */
public record Article(
    String id,
    String source,
    String title,
    String outlet,
    String author,
    LocalDate published,
    String language,
    int wordCount,
    String sha256,
    String text,
    String url,
    Map<String, String> metadataOrigin) {

  public Article {
    Checks.nonBlank(id, "id");
    Objects.requireNonNull(source, "source");
    Checks.nonBlank(language, "language");
    if (wordCount < 0) {
      throw new IllegalArgumentException("wordCount must be >= 0, got " + wordCount);
    }
    Checks.nonBlank(sha256, "sha256");
    Objects.requireNonNull(text, "text");
    metadataOrigin = Checks.sortedMap(metadataOrigin == null ? Map.of() : metadataOrigin, "metadataOrigin");
  }

  /** The outlet's name, or a placeholder that says the text does not name one. */
  public String outletOrUnknown() {
    return outlet != null ? outlet : "(outlet not named)";
  }

  /** The text covered by {@code span}. */
  public String textAt(Span span) {
    return span.of(text);
  }
}
