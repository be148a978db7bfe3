package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values that rules read off a single claim (its denial, its predicates) and ask for again for every
 * pair the claim is in, worked out once per claim and kept for one run; and values of the whole story
 * (its year), worked out once. Each value is a pure function of the claim or of the story, so keeping
 * it changes no result. Thread-safe.
 */
final class ClaimMemo {
  private final Map<String, Map<String, Optional<Object>>> values = new ConcurrentHashMap<>();
  private final Map<String, Object> story = new ConcurrentHashMap<>();

  /** {@code f}'s value, worked out on the first call for this {@code what}; {@code f} must not give null. */
  @SuppressWarnings("unchecked")
  <T> T once(String what, java.util.function.Supplier<T> f) {
    Object v = story.get(what);
    if (v == null) {
      v = java.util.Objects.requireNonNull(f.get(), what);
      story.putIfAbsent(what, v);
    }
    return (T) v;
  }

  /**
   * {@code f} of {@code c}, worked out on the first call for this {@code what} and claim.
   *
   * @param what names the function; one name must always go with one function
   */
  @SuppressWarnings("unchecked")
  <T> T get(String what, AlignableClaim c, Function<AlignableClaim, T> f) {
    Map<String, Optional<Object>> byClaim = values.computeIfAbsent(what, k -> new ConcurrentHashMap<>());
    Optional<Object> v = byClaim.get(c.id());
    if (v == null) {
      v = Optional.ofNullable(f.apply(c));
      byClaim.putIfAbsent(c.id(), v);
    }
    return (T) v.orElse(null);
  }
}
