package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values that rules read off a single claim (its denial, its predicates) and ask for again for every
 * pair the claim is in, worked out once per claim and kept for one run. Each value is a pure function
 * of the claim, so keeping it changes no result. Thread-safe.
 */
final class ClaimMemo {
  private final Map<String, Map<String, Optional<Object>>> values = new ConcurrentHashMap<>();

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
