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

  /**
   * The dot product of two unit vectors: their cosine similarity. Four float accumulators let the JIT
   * keep the loop in registers; the result differs from a plain double sum only in the last bits, and
   * is the same on every run.
   */
  static double cosine(float[] a, float[] b) {
    int n = a.length;
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
    }
    for (; i < n; i++) {
      s0 += a[i] * b[i];
    }
    return (double) s0 + s1 + s2 + s3;
  }
}
