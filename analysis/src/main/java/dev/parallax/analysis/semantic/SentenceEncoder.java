package dev.parallax.analysis.semantic;

import java.util.List;

/**
 * Maps sentences to vectors whose cosine similarity reflects similarity of meaning.
 *
 * <p>Contract: one vector per input, in input order, each of {@link #dimension()} components and of
 * unit length, so the dot product of two vectors is their cosine similarity. The same sentence
 * always gives the same vector. Implementations are thread-safe.
 */
public interface SentenceEncoder {

  List<float[]> encode(List<String> sentences);

  int dimension();

  /** A short name of the model, for the report's provenance. */
  String modelName();

  /** The dot product of two unit vectors: their cosine similarity. */
  static double cosine(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
