package dev.parallax.charts;

import java.awt.Graphics2D;

/**
 * A symbol in a chart's key, drawn exactly as the chart draws the thing it stands for: an
 * outlet's marker, a bar, a patterned box, an arrow. Implementations are immutable.
 */
interface Swatch {
  /** Width of the symbol in pixels. */
  double width();

  /** Height of the symbol in pixels. */
  double height();

  /** Draws the symbol centred on ({@code cx}, {@code cy}); leaves {@code g}'s paint and stroke as they were. */
  void draw(Graphics2D g, double cx, double cy);
}
