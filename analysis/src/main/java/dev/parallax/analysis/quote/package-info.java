/**
 * Quotes and attributed statements: who said what, with which reporting verb, in which style.
 *
 * <p>Used by the claim stage to attribute claims and by the framing stage to count whom each
 * outlet quotes.
 */
package dev.parallax.analysis.quote;
