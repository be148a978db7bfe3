/**
 * The quantity stage: numbers, money, units, percentages, ranges, changes, dates, times and
 * durations found in text, each read as an interval ({@link dev.parallax.model.QuantityMention}).
 */
package dev.parallax.analysis.quantity;
