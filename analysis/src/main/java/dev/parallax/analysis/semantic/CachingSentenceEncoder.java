package dev.parallax.analysis.semantic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * A sentence encoder that remembers what it has encoded and spreads new work over all cores.
 *
 * <p>Several stages encode the same sentences (alignment encodes claims, framing encodes the
 * sentences they come from), so one run asks for many sentences twice; each distinct text is encoded
 * once, up to {@value #MAX_ENTRIES} texts, after which new texts are encoded without being kept. New
 * texts are encoded in chunks on the common fork-join pool. The vectors are exactly the wrapped
 * encoder's. Thread-safe when the wrapped encoder is.
 */
public final class CachingSentenceEncoder implements SentenceEncoder {
  static final int MAX_ENTRIES = 200_000;
  private static final int CHUNK = 16;

  private final SentenceEncoder encoder;
  private final Map<String, float[]> cache = new ConcurrentHashMap<>();

  public CachingSentenceEncoder(SentenceEncoder encoder) {
    this.encoder = encoder;
  }

  @Override
  public List<float[]> encode(List<String> sentences) {
    Map<String, float[]> found = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String s : sentences) {
      if (found.containsKey(s)) {
        continue;
      }
      float[] v = cache.get(s);
      found.put(s, v);
      if (v == null) {
        missing.add(s);
      }
    }
    if (!missing.isEmpty()) {
      int chunks = (missing.size() + CHUNK - 1) / CHUNK;
      List<List<float[]>> encoded =
          IntStream.range(0, chunks)
              .parallel()
              .mapToObj(c -> encoder.encode(missing.subList(c * CHUNK, Math.min(missing.size(), (c + 1) * CHUNK))))
              .toList();
      int k = 0;
      for (List<float[]> chunk : encoded) {
        for (float[] v : chunk) {
          String s = missing.get(k++);
          found.put(s, v);
          if (cache.size() < MAX_ENTRIES) {
            cache.put(s, v);
          }
        }
      }
    }
    List<float[]> out = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      out.add(found.get(s));
    }
    return out;
  }

  @Override
  public int dimension() {
    return encoder.dimension();
  }

  @Override
  public String modelName() {
    return encoder.modelName();
  }
}
