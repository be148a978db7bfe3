package dev.parallax.corpus;

/** {@code parallax corpus}. */
public final class CorpusCommand {
  static final int DEFAULT_WINDOW = 7;
  private CorpusCommand() {}
}
