package dev.parallax.model;

/**
 * The normalized content of a claim: who did what to what, which thing a number measures, when,
 * and on whose figures. Every component may be null when the sentence does not say.
 *
 * @param subject the subject phrase, such as "TTP attacks against Pakistani positions", or null
 * @param predicate the main verb's lemma with its particle, such as "increase", or null
 * @param object the object phrase, or null
 * @param measured the thing the claim's numbers measure, as a head noun with its modifiers
 *     ("terrorist attacks in Pakistan"), or null when the claim has no comparable number
 * @param timeFrame the period the claim covers ("since the Taliban came to power", "in 2023"), or null
 * @param citedSource whom the text credits for a figure ("Pakistani research centers"), or null
 */
public record Proposition(
    String subject, String predicate, String object, String measured, String timeFrame, String citedSource) {

  /** A proposition that says nothing beyond its sentence. */
  public static final Proposition EMPTY = new Proposition(null, null, null, null, null, null);
}
