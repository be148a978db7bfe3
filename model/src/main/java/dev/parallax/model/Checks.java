package dev.parallax.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Argument checks shared by the records of this package. Messages name the argument and
 * show the offending value, so a failure explains itself.
 */
final class Checks {
  private Checks() {}

  static String nonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  static <T> List<T> list(Collection<? extends T> values, String name) {
    Objects.requireNonNull(values, name);
    for (T value : values) {
      Objects.requireNonNull(value, () -> name + " must not contain null");
    }
    return List.copyOf(values);
  }

  /** Copies a map into an unmodifiable map whose iteration order is the keys' natural order. */
  static <V> Map<String, V> sortedMap(Map<String, ? extends V> values, String name) {
    Objects.requireNonNull(values, name);
    TreeMap<String, V> copy = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, () -> name + " must not contain a null key");
          Objects.requireNonNull(v, () -> name + " must not contain a null value for " + k);
          copy.put(k, v);
        });
    return java.util.Collections.unmodifiableSortedMap(copy);
  }

  static void span(int start, int end, String what) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          what + " must be a half-open range with 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, got " + value);
    }
    return value;
  }

  static Double finiteOrNull(Double value, String name) {
    if (value != null) {
      finite(value, name);
    }
    return value;
  }

  static double unit(double value, String name) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must lie in [0, 1], got " + value);
    }
    return value;
  }
}
