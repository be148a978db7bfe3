package dev.parallax.analysis.quantity;

import dev.parallax.model.QuantityMention;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Finds the numbers, amounts, dates, times and durations in a text.
 *
 * <p>Contract: offsets are half-open ranges into {@code text} and each mention's {@code text}
 * equals {@code text.substring(start, end)}; mentions come in text order; no two mentions overlap
 * (a number inside a date or an amount of money belongs to that mention only). Relative dates
 * ("last week", "in July") are resolved against {@code reference}; when it is null they keep a
 * null {@code date}. Numeric mentions carry a {@link dev.parallax.model.Interval reading}.
 * Implementations are thread-safe.
 */
public interface QuantityExtractor {

  List<QuantityMention> extract(String text, LocalDateTime reference);
}
