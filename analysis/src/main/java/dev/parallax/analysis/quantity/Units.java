package dev.parallax.analysis.quantity;

/**
 * Units of measure ({@code units.tsv}): names and abbreviations with the symbol the quantities
 * protocol uses ("kilometres" and "km" give {@code km}). Loaded once; immutable and thread-safe.
 */
final class Units {
  private Units() {}

  /**
   * One row of the table.
   *
   * @param symbol the protocol symbol
   * @param name true for a word ("inch"), which may also be used as an adjective ("3-inch")
   */
  record Unit(String symbol, boolean name) {}

  static final PhraseTable<Unit> TABLE =
      PhraseTable.load("/dev/parallax/analysis/quantity/units.tsv", cols -> new Unit(cols[1], cols[2].equals("name")));
}
