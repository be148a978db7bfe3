/**
 * The alignment stage: which claims from different articles are about the same thing. Candidate
 * pairs come from blocking and nearest-neighbour search, never from comparing every pair.
 */
package dev.parallax.analysis.align;
