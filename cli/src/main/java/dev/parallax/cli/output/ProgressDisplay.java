package dev.parallax.cli.output;

import dev.parallax.analysis.pipeline.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A one-line progress display on standard error for runs that take a while: nothing for the first
 * {@link #DELAY_NANOS} (a short run stays quiet), then the current stage with a bar, redrawn at most
 * ten times a second, and erased when the run ends. Only on a terminal: like {@code git}, a run whose
 * output goes to a file or a pipe shows no progress, so logs never fill with carriage returns.
 *
 * <p>Thread-safe: the pipeline reports from several threads.
 */
public final class ProgressDisplay implements ProgressListener, AutoCloseable {
  /** Runs shorter than this show no progress. */
  public static final long DELAY_NANOS = 2_000_000_000L;

  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR = 24;
  private static final Map<String, String> STAGES = Map.of(
      "read", "reading the articles",
      "analyse", "analysing sentences",
      "encode", "encoding sentences",
      "claims", "extracting claims",
      "align", "aligning claims",
      "verdicts", "weighing findings");

  private final PrintWriter err;
  private final LongSupplier clock;
  private final boolean enabled;
  private final long started;
  private long lastDraw = Long.MIN_VALUE;
  private String lastStage;
  private boolean drawn;

  /**
   * A display on {@code err}, timed by {@code nanoClock}; shows nothing at all unless {@code enabled}.
   */
  public ProgressDisplay(PrintWriter err, LongSupplier nanoClock, boolean enabled) {
    this.err = Objects.requireNonNull(err, "err");
    this.clock = Objects.requireNonNull(nanoClock, "nanoClock");
    this.enabled = enabled;
    this.started = nanoClock.getAsLong();
  }

  /** A display on {@code err} that shows only when this process runs on a terminal. */
  public static ProgressDisplay onTerminal(PrintWriter err) {
    return new ProgressDisplay(err, System::nanoTime, System.console() != null);
  }

  @Override
  public synchronized void progress(String stage, int done, int total) {
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - started < DELAY_NANOS) {
      return;
    }
    boolean newStage = !stage.equals(lastStage);
    if (!newStage && done < total && drawn && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastStage = stage;
    lastDraw = now;
    drawn = true;
    err.print("\r\u001b[K" + line(stage, done, total));
    err.flush();
  }

  /** The text of the display: "parallax: analysing sentences [#######.....]  31/120". */
  static String line(String stage, int done, int total) {
    String name = STAGES.getOrDefault(stage, stage);
    if (total <= 0) {
      return "parallax: " + name + " …";
    }
    int clamped = Math.max(0, Math.min(done, total));
    int filled = (int) ((long) clamped * BAR / total);
    return "parallax: " + name + " [" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] "
        + String.format(Locale.ROOT, "%d/%d", clamped, total);
  }

  /** Erases the display, if it was ever drawn. */
  @Override
  public synchronized void close() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }
}
