/**
 * The framing stage: per-article indicators (loaded language, stance, prescription, labels,
 * portrayal of actors, who is quoted, omission), each with the words and sentences behind it.
 */
package dev.parallax.analysis.bias;
