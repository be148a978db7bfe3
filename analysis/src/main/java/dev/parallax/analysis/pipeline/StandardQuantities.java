package dev.parallax.analysis.pipeline;

import dev.parallax.analysis.quantity.QuantityExtractor;
import java.util.List;

/** The quantity extractor the standard pipeline uses. */
final class StandardQuantities {
  private StandardQuantities() {}

  static QuantityExtractor extractor() {
    return new dev.parallax.analysis.quantity.PatternQuantityExtractor();
  }
}
