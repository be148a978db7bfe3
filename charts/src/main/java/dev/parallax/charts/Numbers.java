package dev.parallax.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** Number formatting for chart labels: {@link Locale#ROOT} symbols, so every machine prints the same. */
final class Numbers {
  private Numbers() {}

  /** A new format for axis ticks: grouped thousands, up to three decimals ("11,300", "0.125"). */
  static NumberFormat axisFormat() {
    return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /** {@code v} with grouped thousands and up to three decimals. */
  static String format(double v) {
    return axisFormat().format(v);
  }

  /** {@code share} (0..1) as a whole percentage, such as {@code 45%}. */
  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
