package dev.parallax.analysis.pipeline;

/** Hears how far a run has got; for a progress display. Called from several threads. */
public interface ProgressListener {

  /** {@code done} of {@code total} units of stage {@code stage} are finished. */
  void progress(String stage, int done, int total);

  /** A listener that ignores everything. */
  ProgressListener NONE = (stage, done, total) -> {};
}
