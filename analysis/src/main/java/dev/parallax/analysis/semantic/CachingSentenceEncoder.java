package dev.parallax.analysis.semantic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sentence encoder that remembers what it has encoded.
 *
 * <p>Several stages encode the same sentences (alignment encodes claims, framing encodes the
 * sentences they come from), so one run asks for many sentences twice; each distinct text is encoded
 * once, up to {@value #MAX_ENTRIES} texts, after which new texts are encoded without being kept. New
 * texts are encoded on the calling thread, in one call to the wrapped encoder: callers that want every
 * core call from several threads at once (the pipeline hands out slices of its sentences; framing
 * works on articles side by side). A text that another thread is encoding at that moment is waited
 * for, not encoded twice. The vectors are exactly the wrapped encoder's. Thread-safe when the wrapped
 * encoder is.
 */
public final class CachingSentenceEncoder implements SentenceEncoder {
  static final int MAX_ENTRIES = 200_000;

  private final SentenceEncoder encoder;
  private final Map<String, CompletableFuture<float[]>> cache = new ConcurrentHashMap<>();
  private final AtomicLong asked = new AtomicLong();
  private final AtomicLong encoded = new AtomicLong();
  private final AtomicLong encodedWords = new AtomicLong();

  /**
   * What the encoder has been asked for since it was made, for benchmarks.
   *
   * @param asked texts asked for, repeats included
   * @param encoded texts the wrapped encoder ran on; the rest were answered from memory
   * @param encodedWords words (runs of non-space) of the texts the wrapped encoder ran on
   */
  public record Counts(long asked, long encoded, long encodedWords) {
    /** The share of texts asked for that were answered without the wrapped encoder; 0 when none were asked. */
    public double hitRate() {
      return asked == 0 ? 0.0 : 1.0 - encoded / (double) asked;
    }
  }

  public CachingSentenceEncoder(SentenceEncoder encoder) {
    this.encoder = encoder;
  }

  /** Forgets every vector it has kept (the counts stay), so that a benchmark's next run starts afresh. */
  public void clear() {
    cache.clear();
  }

  /** The counts so far. */
  public Counts counts() {
    return new Counts(asked.get(), encoded.get(), encodedWords.get());
  }

  @Override
  public List<float[]> encode(List<String> sentences) {
    asked.addAndGet(sentences.size());
    // Each text's vector, or the promise of it: this call's own new texts, and texts another thread is encoding.
    Map<String, CompletableFuture<float[]>> found = new LinkedHashMap<>();
    Map<String, CompletableFuture<float[]>> mine = new LinkedHashMap<>();
    for (String s : sentences) {
      if (found.containsKey(s)) {
        continue;
      }
      CompletableFuture<float[]> v = cache.get(s);
      if (v == null) {
        CompletableFuture<float[]> promise = new CompletableFuture<>();
        v = cache.size() < MAX_ENTRIES ? cache.putIfAbsent(s, promise) : null;
        if (v == null) {
          v = promise;
          mine.put(s, promise);
        }
      }
      found.put(s, v);
    }
    if (!mine.isEmpty()) {
      List<String> missing = new ArrayList<>(mine.keySet());
      encoded.addAndGet(missing.size());
      encodedWords.addAndGet(missing.stream().mapToLong(CachingSentenceEncoder::words).sum());
      List<float[]> vectors;
      try {
        vectors = encoder.encode(missing);
      } catch (RuntimeException | Error e) {
        // Forget the promises, so that a later call tries again; callers waiting on them see the failure.
        for (Map.Entry<String, CompletableFuture<float[]>> m : mine.entrySet()) {
          cache.remove(m.getKey(), m.getValue());
          m.getValue().completeExceptionally(e);
        }
        throw e;
      }
      for (int k = 0; k < missing.size(); k++) {
        mine.get(missing.get(k)).complete(vectors.get(k));
      }
    }
    // Own texts are done by now, so waiting here for another thread's never waits on this one.
    List<float[]> out = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      out.add(vector(found.get(s)));
    }
    return out;
  }

  private static float[] vector(CompletableFuture<float[]> promise) {
    try {
      return promise.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private static long words(String s) {
    long n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
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
