/**
 * Quotes and attributed statements: who said what, with which reporting verb, in which style, and
 * which named person a speaker phrase ("he", "the retired general") stands for.
 *
 * <p>Used by the claim stage to attribute claims and by the framing stage to count whom each
 * outlet quotes. {@link dev.parallax.analysis.quote.SpeakerRoles} is the shared list of role nouns
 * ("minister", "analyst", "resident") with the kind of source each suggests.
 */
package dev.parallax.analysis.quote;
