package dev.parallax.cli;

import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.analysis.pipeline.ComparisonPipeline;
import dev.parallax.analysis.pipeline.Components;
import dev.parallax.analysis.pipeline.NoUsableInputException;
import dev.parallax.analysis.pipeline.Settings;
import dev.parallax.cli.output.ChartSet;
import dev.parallax.cli.output.HtmlReportWriter;
import dev.parallax.cli.output.JsonReportWriter;
import dev.parallax.cli.output.MarkdownReportWriter;
import dev.parallax.cli.output.ProgressDisplay;
import dev.parallax.cli.output.TerminalSummary;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Report;
import dev.parallax.model.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax compare}: compares articles about one story and writes the report. */
@Command(
    name = "compare",
    description = {
      "Compares articles about one story: lines up their claims and reports agreements, numeric "
          + "discrepancies, contradictions and disputes, with the sentences behind each, and how each "
          + "outlet frames the story.",
      "Reads .txt, .md, .html and .json files; folders are searched for them."
    },
    mixinStandardHelpOptions = true)
public final class CompareCommand implements Callable<Integer> {
  /** The report formats. */
  enum Format {
    json,
    md,
    html
  }

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders of articles.")
  List<String> paths;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "parallax-report",
      description = "Folder to write the report into (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "Report formats to write, comma-separated: json, md, html (default: all three).")
  Set<Format> formats = EnumSet.allOf(Format.class);

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

  @Option(names = "--timestamp",
      description = "Record the time in the report's provenance (off by default, so the same input gives byte-identical reports).")
  boolean timestamp;

  @Override
  public Integer call() throws IOException {
    if (maxFileMegabytes <= 0) {
      throw new UserError(ExitCode.USAGE, "--max-file-size must be a positive number of megabytes");
    }
    if (maxWords <= 0) {
      throw new UserError(ExitCode.USAGE, "--max-words must be a positive number of words");
    }
    if (threads != null && threads < 1) {
      throw new UserError(ExitCode.USAGE, "--threads must be at least 1");
    }
    OutletRegistry outlets = outlets();
    Settings settings =
        new Settings(maxFileMegabytes * 1024L * 1024L, maxWords,
            threads != null ? threads : Runtime.getRuntime().availableProcessors(), timestamp);
    ComparisonPipeline pipeline =
        new ComparisonPipeline(Components.standard(outlets, settings), settings, Clock.systemUTC(),
            Parallax.version());
    Report report;
    try (ProgressDisplay progress = ProgressDisplay.onTerminal(spec.commandLine().getErr())) {
      report = pipeline.compare(paths, progress);
    } catch (NoUsableInputException e) {
      throw new UserError(ExitCode.INPUT, e.getMessage());
    }
    warnAboutSkippedInput(report);
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      throw new UserError(ExitCode.OUTPUT, "cannot create the output folder " + output + ": " + e.getMessage());
    }
    List<Path> written = new ArrayList<>();
    try {
      if (formats.contains(Format.json)) {
        written.add(new JsonReportWriter().write(report, output));
      }
      ChartSet charts = ChartSet.write(report, output);
      if (formats.contains(Format.md)) {
        written.add(new MarkdownReportWriter().write(report, charts, output));
      }
      if (formats.contains(Format.html)) {
        written.add(new HtmlReportWriter().write(report, charts, output));
      }
    } catch (IOException e) {
      throw new UserError(ExitCode.OUTPUT, "cannot write the report into " + output + ": " + e.getMessage());
    }
    new TerminalSummary().print(report, written, spec.commandLine().getOut());
    return ExitCode.OK;
  }

  /** How many skipped inputs are named on standard error; the report lists them all. */
  private static final int NAMED_SKIPS = 10;

  /**
   * One line on standard error for each input that was skipped or read in a degraded way (errors and
   * warnings), so that nothing is left out silently; the report has them all.
   */
  private void warnAboutSkippedInput(Report report) {
    PrintWriter err = spec.commandLine().getErr();
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
