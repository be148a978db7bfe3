package dev.parallax.analysis.quantity;

import java.util.Locale;

/**
 * Currency symbols, codes and names ({@code currencies.tsv}), each with its ISO 4217 code and the
 * factor to the main unit (a cent is 0.01 USD). Loaded once; immutable and thread-safe.
 */
final class Currencies {
  private Currencies() {}

  /** Where a currency phrase may stand and what it means. */
  enum Role {
    /** "$", "€", "US$": before or after the amount. */
    SYMBOL,
    /** "dollars", "Swiss francs": after the amount; a few also before it. */
    NAME,
    /** "won": only after the amount. */
    NAME_AFTER,
    /** "pounds": money or mass, decided by the words around it. */
    POUND,
    /** "cents", "pence": a subunit, after the amount. */
    MINOR,
    /** "c" in "43c": a subunit symbol glued to the amount. */
    MINOR_SYMBOL,
    /** "USD", "EUR": an ISO code, before or after the amount. */
    CODE,
    /** "Rs.": only before the amount. */
    PREFIX
  }

  /** One row of the table. */
  record Currency(String code, Role role, double factor) {}

  static final PhraseTable<Currency> TABLE =
      PhraseTable.load(
          "/dev/parallax/analysis/quantity/currencies.tsv",
          cols ->
              new Currency(
                  cols[1],
                  Role.valueOf(cols[2].toUpperCase(Locale.ROOT).replace('-', '_')),
                  cols.length > 3 && !cols[3].isEmpty() ? Double.parseDouble(cols[3]) : 1.0));

  /** True when a currency phrase may stand before the amount ("$5", "USD 5", "Rs 20", "dollar 22.5 million"). */
  static boolean before(Currency c, String phrase) {
    switch (c.role()) {
      case SYMBOL:
      case CODE:
      case PREFIX:
        return true;
      case NAME:
        return phrase.equals("dollar") || phrase.endsWith("ringgit") || phrase.endsWith("ringgits")
            || phrase.equals("rmb") || phrase.equals("euro");
      default:
        return false;
    }
  }
}
