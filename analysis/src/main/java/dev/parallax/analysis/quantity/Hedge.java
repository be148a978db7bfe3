package dev.parallax.analysis.quantity;

import dev.parallax.model.Qualifier;

/**
 * How the text hedges or bounds a number, finer than {@link Qualifier}: "about" and "nearly" are
 * both {@link Qualifier#APPROXIMATE} but are read differently (see {@link Readings}).
 */
enum Hedge {
  /** No hedge: "56%", "exactly 40". */
  EXACT(Qualifier.EXACT),
  /** Either side of the number: "about", "around", "some", "roughly", "approximately", "~". */
  ABOUT(Qualifier.APPROXIMATE),
  /** A little under the number: "nearly", "almost", "close to", "just under". */
  NEARLY(Qualifier.APPROXIMATE),
  /** Strictly above: "more than", "over", "above", "exceeding", "40-plus". */
  MORE_THAN(Qualifier.MORE_THAN),
  /** The number or above: "at least", "no fewer than", "or more". */
  AT_LEAST(Qualifier.AT_LEAST),
  /** Strictly below: "less than", "fewer than", "under", "below". */
  LESS_THAN(Qualifier.LESS_THAN),
  /** The number or below: "up to", "at most", "no more than", "as many as". */
  AT_MOST(Qualifier.AT_MOST),
  /** Two explicit ends: "between 30,000 and 35,000", "10 to 12", "35-30 thousand". */
  RANGE(Qualifier.RANGE),
  /** A vague amount with a conventional interval: "dozens", "millions", "tens of thousands". */
  VAGUE(Qualifier.APPROXIMATE);

  final Qualifier qualifier;

  Hedge(Qualifier qualifier) {
    this.qualifier = qualifier;
  }

  /** True for hedges that bound from below. */
  boolean lower() {
    return this == MORE_THAN || this == AT_LEAST;
  }

  /** True for hedges that bound from above. */
  boolean upper() {
    return this == LESS_THAN || this == AT_MOST;
  }
}
