package dev.parallax.cli;

import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.analysis.pipeline.ComparisonPipeline;
import dev.parallax.analysis.pipeline.Components;
import dev.parallax.analysis.pipeline.NoUsableInputException;
import dev.parallax.analysis.pipeline.ProgressListener;
import dev.parallax.analysis.pipeline.Settings;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Report;
import dev.parallax.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of a run of the analysis, shared by {@code compare} and {@code framing} so that both
 * read articles the same way, and the one place the command line builds a {@link ComparisonPipeline}.
 */
public final class AnalysisOptions {
  @Option(names = "--outlets", paramLabel = "FILE",
      description = "An outlet registry file (tab-separated: name, aliases, country, ownership, note) read on top of the built-in one.")
  Path outletFile;

  @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "20",
      description = "Skip files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
  int maxFileMegabytes;

  @Option(names = "--max-words", paramLabel = "N", defaultValue = "100000",
      description = "Skip articles whose text has more words than this (default: ${DEFAULT-VALUE}).")
  int maxWords;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  Integer threads;

  /**
   * Fails with a {@link UserError} when an option's value is out of range or a path is a web address;
   * cheap, so commands call it before they do anything else.
   */
  void check(String command, List<String> paths) {
    if (maxFileMegabytes <= 0) {
      throw new UserError(ExitCode.USAGE, "--max-file-size must be a positive number of megabytes");
    }
    if (maxWords <= 0) {
      throw new UserError(ExitCode.USAGE, "--max-words must be a positive number of words");
    }
    if (threads != null && threads < 1) {
      throw new UserError(ExitCode.USAGE, "--threads must be at least 1");
    }
    PathArguments.check(command, paths);
  }

  /**
   * Reads and analyses the articles at {@code paths} ({@code -} is standard input, read from
   * {@code in}) with the standard stages.
   *
   * @throws UserError with {@link ExitCode#INPUT} when no path gives a usable article
   */
  Report analyse(List<String> paths, InputStream in, boolean timestamp, ProgressListener progress) {
    long maxBytes = maxFileMegabytes * 1024L * 1024L;
    Settings settings = new Settings(maxBytes, maxWords,
        threads != null ? threads : Runtime.getRuntime().availableProcessors(), timestamp);
    Components components = Components.standard(outlets(), settings);
    StandardInput stdin = PathArguments.readsStandardInput(paths) ? StandardInput.save(in, maxBytes) : null;
    try {
      List<String> given = paths;
      if (stdin != null) {
        given = stdin.paths(paths);
        components = components.withReader(stdin.naming(components.reader()));
      }
      return new ComparisonPipeline(components, settings, Clock.systemUTC(), Parallax.version()).compare(given, progress);
    } catch (NoUsableInputException e) {
      throw new UserError(ExitCode.INPUT, e.getMessage());
    } finally {
      if (stdin != null) {
        stdin.close();
      }
    }
  }

  /** How many skipped inputs are named on standard error; the report lists them all. */
  private static final int NAMED_SKIPS = 10;

  /**
   * One line on standard error for each input that was skipped or read in a degraded way (errors and
   * warnings), so that nothing is left out silently; the report has them all.
   */
  static void warnAboutSkippedInput(Report report, PrintWriter err) {
    int named = 0;
    int more = 0;
    for (Diagnostic d : report.diagnostics()) {
      if (d.severity() == Severity.INFO) {
        continue;
      }
      if (named < NAMED_SKIPS) {
        err.println("parallax: " + d.message());
        named++;
      } else {
        more++;
      }
    }
    if (more > 0) {
      err.println("parallax: and " + more + " more; the report lists them all");
    }
    err.flush();
  }

  private OutletRegistry outlets() {
    if (outletFile == null) {
      return OutletRegistry.builtIn();
    }
    try {
      return OutletRegistry.builtInWith(outletFile);
    } catch (IOException e) {
      throw new UserError(ExitCode.INPUT, "cannot read the outlet file " + outletFile + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.INPUT, e.getMessage());
    }
  }
}
