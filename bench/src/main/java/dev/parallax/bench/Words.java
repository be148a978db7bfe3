package dev.parallax.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the words a benchmark processes, so that JMH prints words per second beside operations per
 * second (the {@code words} row of a throughput result).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Words {
  /** Words processed in this iteration. Public, as JMH requires of counters. */
  public long words;

  @Setup(Level.Iteration)
  public void clear() {
    words = 0;
  }
}
