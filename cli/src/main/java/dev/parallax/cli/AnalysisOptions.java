package dev.parallax.cli;

import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.cli.output.FileNames;
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
    Settings settings = settings(timestamp);
    Components components = Components.standard(outlets(), settings);
    StandardInput stdin = PathArguments.readsStandardInput(paths) ? StandardInput.save(in, settings.maxFileBytes()) : null;
    try {
      List<String> given = paths;
      if (stdin != null) {
        given = stdin.paths(paths);
        components = components.withReader(stdin.naming(components.reader()));
      }
      return compare(new ComparisonPipeline(components, settings, Clock.systemUTC(), Parallax.version()), given, progress);
    } finally {
      if (stdin != null) {
        stdin.close();
      }
    }
  }

  /**
   * The pipeline of these options with the standard stages, for a command that compares several sets
   * of files in one run ({@code compare --each}): its models load once, on first use, and serve every
   * comparison. Standard input is not read through it.
   */
  ComparisonPipeline pipeline(boolean timestamp) {
    Settings settings = settings(timestamp);
    return new ComparisonPipeline(Components.standard(outlets(), settings), settings, Clock.systemUTC(), Parallax.version());
  }

  /**
   * Compares the articles at {@code paths} with {@code pipeline}.
   *
   * @throws UserError with {@link ExitCode#INPUT} when no path gives a usable article
   */
  static Report compare(ComparisonPipeline pipeline, List<String> paths, ProgressListener progress) {
    try {
      return pipeline.compare(paths, progress);
    } catch (NoUsableInputException e) {
      throw new UserError(ExitCode.INPUT, e.getMessage());
    }
  }

  private Settings settings(boolean timestamp) {
    return new Settings(maxFileMegabytes * 1024L * 1024L, maxWords,
        threads != null ? threads : Runtime.getRuntime().availableProcessors(), timestamp);
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
      if (d.severity() == Severity.INFO && !d.code().equals("notes") && !d.code().equals("report-files")) {
        continue;
      }
      if (named < NAMED_SKIPS) {
        err.println("parallax: " + FileNames.terminal(d.message()));
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
    if (java.nio.file.Files.exists(outletFile) && !java.nio.file.Files.isRegularFile(outletFile)) {
      throw new UserError(ExitCode.INPUT, "cannot read the outlet file " + outletFile + ": it is "
          + (java.nio.file.Files.isDirectory(outletFile) ? "a folder" : "a device, FIFO or socket") + ", not a file");
    }
    try {
      return OutletRegistry.builtInWith(outletFile);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new UserError(ExitCode.INPUT, "cannot read the outlet file " + outletFile + ": it is not UTF-8 text "
          + "(it should be a tab-separated text file: name, aliases, country, ownership, note)");
    } catch (IOException e) {
      throw new UserError(ExitCode.INPUT, "cannot read the outlet file " + outletFile + ": " + OutputFolder.describe(e));
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.INPUT, e.getMessage());
    }
  }
}
