/**
 * The quantity stage: numbers, money, units, percentages, ranges, changes, dates, times and
 * durations found in text, each read as an interval ({@link dev.parallax.model.QuantityMention}).
 *
 * <p>{@link dev.parallax.analysis.quantity.QuantityExtractor} is the stage's interface and {@link
 * dev.parallax.analysis.quantity.PatternQuantityExtractor} its implementation. Everything else is
 * package-private and works on the stage's own tokens ({@code Tokens}), never on OpenNLP's:
 *
 * <ul>
 *   <li>dates first: {@code DateRecognizer} joins what {@code CalendarDates}, {@code
 *       RelativeDates}, {@code ClockTimes} and {@code RecurringDates} read, resolving against the
 *       reference date through {@code DateContext};
 *   <li>then amounts on the tokens left: {@code AmountRecognizer} with {@code NumberParser},
 *       {@code Currencies}, {@code Units}, {@code TimeUnits}, {@code VagueAmounts}, {@code Ranges},
 *       {@code Hedges} and {@code Changes};
 *   <li>{@code Readings} and {@code VagueAmounts} hold the rules that turn a hedged number into an
 *       interval, in one table each.
 * </ul>
 *
 * <p>The unit and currency tables ({@code units.tsv}, {@code currencies.tsv}) are Parallax's own.
 */
package dev.parallax.analysis.quantity;
