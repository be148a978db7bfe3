package dev.parallax.analysis.quantity;

import dev.parallax.model.Interval;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A {@link QuantityExtractor} built from hand-written patterns over the quantity stage's own
 * tokens: no statistical model, no OpenNLP.
 *
 * <p>How a text is read:
 *
 * <ol>
 *   <li>{@link Tokens} cuts it into words, digit runs and single symbols, keeping exact offsets.
 *   <li>{@link DateRecognizer} finds dates, times and periods first, so that "2021" in "in 2021"
 *       or "10" in "August 10" belongs to a date and never becomes a number as well.
 *   <li>{@link AmountRecognizer} reads the remaining tokens: numbers in digits and words
 *       ({@link NumberParser}), percentages and percentage points, money ({@link Currencies}),
 *       units ({@link Units}), durations ({@link TimeUnits}), vague amounts ({@link
 *       VagueAmounts}), ranges ({@link Ranges}), hedges ({@link Hedges}) and changes ({@link
 *       Changes}).
 *   <li>Each numeric mention gets its {@link Interval reading} from {@link Readings}.
 * </ol>
 *
 * <p>Mentions never overlap, whatever their kinds, and come in text order. Percentage points are
 * a {@link QuantityKind#QUANTITY} with unit {@code pp}, never a {@link QuantityKind#PERCENT}.
 *
 * <p>Instances hold no mutable state; the tables are loaded once per class loader. One instance
 * may serve any number of threads.
 */
public final class PatternQuantityExtractor implements QuantityExtractor {

  /** Creates an extractor; the unit and currency tables are loaded on first use of the class. */
  public PatternQuantityExtractor() {
    Objects.requireNonNull(Units.TABLE, "units table");
    Objects.requireNonNull(Currencies.TABLE, "currencies table");
  }

  @Override
  public List<QuantityMention> extract(String text, LocalDateTime reference) {
    Objects.requireNonNull(text, "text");
    Tokens t = Tokens.of(text);
    if (t.size() == 0) {
      return List.of();
    }
    List<TimeExpr> times = DateRecognizer.find(t, reference);
    boolean[] taken = new boolean[t.size()];
    for (TimeExpr e : times) {
      for (int k = e.from; k < e.to; k++) {
        taken[k] = true;
      }
    }
    List<Amount> amounts = AmountRecognizer.find(t, taken);
    List<QuantityMention> out = new ArrayList<>(times.size() + amounts.size());
    for (TimeExpr e : times) {
      out.add(mention(t, e));
    }
    for (Amount a : amounts) {
      QuantityMention m = mention(t, a);
      if (m != null) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(QuantityMention::start).thenComparing(m -> -m.end()));
    List<QuantityMention> clean = new ArrayList<>(out.size());
    int end = -1;
    for (QuantityMention m : out) {
      if (m.start() >= end) {
        clean.add(m);
        end = m.end();
      }
    }
    return List.copyOf(clean);
  }

  private static QuantityMention mention(Tokens t, TimeExpr e) {
    int start = t.start(e.from);
    int end = t.endOf(e.to);
    String text = t.text.substring(start, end);
    QuantityKind kind = e.kind();
    if (kind == QuantityKind.DURATION) {
      return new QuantityMention(text, start, end, kind, finite(e.durationValue), null, null, e.durationUnit,
          dev.parallax.model.Qualifier.EXACT, e.durationIso, null, null, Interval.point(e.durationValue));
    }
    return new QuantityMention(text, start, end, kind, null, null, null, null, e.bound, e.date(), e.dateEnd(), null,
        null);
  }

  private static QuantityMention mention(Tokens t, Amount a) {
    if (a.weak && a.kind == QuantityKind.NUMBER) {
      return null;
    }
    boolean range = a.isRange() || a.isVague();
    if (Double.isNaN(a.value) && !range) {
      return null;
    }
    int start = t.start(a.from);
    int end = t.endOf(a.to);
    String text = t.text.substring(start, end);
    Double value = finite(a.value);
    Double low = range ? finite(a.low) : null;
    Double high = range ? finite(a.high) : null;
    Interval reading = null;
    if (a.kind != QuantityKind.ORDINAL) {
      if (range && low != null && high != null) {
        reading = Readings.range(low, high);
      } else if (value != null) {
        reading = Readings.of(a.hedge, value, text);
      }
    }
    if (reading == null && a.kind != QuantityKind.ORDINAL) {
      // every numeric mention carries its reading; one without a value cannot be compared and is left out
      return null;
    }
    String date = a.kind == QuantityKind.DURATION ? a.iso : null;
    return new QuantityMention(text, start, end, a.kind, value, low, high, a.unit,
        a.kind == QuantityKind.ORDINAL ? null : a.hedge.qualifier, date, null, a.change, reading);
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
