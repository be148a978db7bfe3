package dev.parallax.corpus;

import java.io.Serializable;
import java.util.Objects;

/**
 * One article of the corpus as read by the analysis's own reader ({@code ArticleFileReader}): the
 * cleaned text and the metadata the reader found.
 *
 * @param source how the article is named in tables and reports: the file as found under a folder
 *     given on the command line, or {@code FILE/ID} for a row of a JSON Lines or Parquet file
 * @param path the file to read it from again (an article file), or null for a row
 * @param json the row as a JSON article, or null for an article file
 * @param title the title, or null
 * @param outlet the outlet, or null
 * @param published the publication date as {@code yyyy-MM-dd}, or null
 * @param url the address, or null
 * @param text the cleaned text
 */
public record CorpusArticle(
    String source, String path, String json, String title, String outlet, String published, String url, String text)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public CorpusArticle {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if ((path == null) == (json == null)) {
      throw new IllegalArgumentException("an article has a path or a JSON row, not both or neither: " + source);
    }
  }

  /** The outlet, or "unknown outlet". */
  public String outletOrUnknown() {
    return outlet == null ? "unknown outlet" : outlet;
  }

  /** The publication date as days since 1970-01-01, or null. */
  public Long epochDay() {
    return published == null ? null : java.time.LocalDate.parse(published).toEpochDay();
  }
}
