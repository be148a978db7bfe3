package dev.parallax.corpus;

import java.io.Serializable;

/** What reading one file or row gave: an article, or the reason it was skipped. */
record ReadResult(CorpusArticle article, SkippedRow skipped) implements Serializable {
  private static final long serialVersionUID = 1L;

  ReadResult {
    if ((article == null) == (skipped == null)) {
      throw new IllegalArgumentException("a read gives an article or a skipped row");
    }
  }

  static ReadResult of(CorpusArticle a) {
    return new ReadResult(a, null);
  }

  static ReadResult skip(String source, String code, String message) {
    return new ReadResult(null, new SkippedRow(source, code, message));
  }
}
