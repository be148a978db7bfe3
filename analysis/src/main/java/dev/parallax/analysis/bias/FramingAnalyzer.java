package dev.parallax.analysis.bias;

import dev.parallax.model.BiasProfile;
import java.util.List;

/**
 * Measures how each article of a story frames it.
 *
 * <p>Contract: exactly one profile per article, in article order; every profile has the same
 * indicator names in the same order; every evidence span satisfies
 * {@code article.text().substring(start, end).equals(evidence.text())} for the article the
 * evidence names. Implementations are thread-safe and deterministic.
 */
public interface FramingAnalyzer {

  List<BiasProfile> analyze(FramingInput input);
}
