package dev.parallax.analysis.quantity;

import dev.parallax.model.Change;
import dev.parallax.model.QuantityKind;

/**
 * A numeric amount being assembled from tokens: a number with its unit, hedge, range and change.
 * Working state of {@link AmountRecognizer}, confined to one extraction call.
 */
final class Amount {
  /** Tokens covered, hedge words included: [from, to). */
  int from;
  int to;
  /** Tokens of the number itself (and its unit), without hedge words. */
  int coreFrom;
  int coreTo;
  QuantityKind kind;
  /** The stated value; NaN when the amount is only an interval (a range, a vague amount). */
  double value = Double.NaN;
  /** Ends of a range or of a vague amount; NaN otherwise. */
  double low = Double.NaN;
  double high = Double.NaN;
  /** ISO code, unit symbol, "%", "pp", a time unit symbol, or null. */
  String unit;
  Hedge hedge = Hedge.EXACT;
  /** The scale word or suffix in the number ("million" is 1e6), for ranges that share it. */
  double scale = 1;
  /** The number that was read, when there is one. */
  NumberPhrase number;
  /** An ISO 8601 duration for durations ("P20Y"), else null. */
  String iso;
  /** The grain of a duration. */
  TimeUnits.Grain grain;
  Change change;
  /** True when the unit was written before the number ("$5", "USD 5"). */
  boolean unitBefore;
  /** True for a lone pronoun-like "one" or an ordinal that should not stand as a number. */
  boolean weak;
  /** True for an ordinal ("21st"). */
  boolean ordinal;

  Amount(int from, int to, QuantityKind kind) {
    this.from = from;
    this.to = to;
    this.coreFrom = from;
    this.coreTo = to;
    this.kind = kind;
  }

  boolean isRange() {
    return !Double.isNaN(low) && !Double.isNaN(high) && hedge == Hedge.RANGE;
  }

  boolean isVague() {
    return hedge == Hedge.VAGUE;
  }

  /** True for a plain integer of four digits: a candidate year. */
  boolean yearLike() {
    return number != null && number.plainInteger() && number.digits() == 4 && kind == QuantityKind.NUMBER
        && unit == null && hedge == Hedge.EXACT;
  }

  @Override
  public String toString() {
    return kind + "[" + from + "," + to + ") v=" + value + " [" + low + "," + high + "] " + unit + " " + hedge;
  }
}
