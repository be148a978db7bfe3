package dev.parallax.cli;

import dev.parallax.cli.output.ChartSet;
import dev.parallax.cli.output.HtmlReportWriter;
import dev.parallax.cli.output.JsonReportWriter;
import dev.parallax.cli.output.MarkdownReportWriter;
import dev.parallax.cli.output.ProgressDisplay;
import dev.parallax.cli.output.TerminalSummary;
import dev.parallax.model.Report;
import java.io.IOException;
import java.nio.file.Path;
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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code parallax compare}: compares articles about one story and writes the report. */
@Command(
    name = "compare",
    description = {
      "Compares articles about one story: lines up their claims and reports agreements, numeric "
          + "discrepancies, contradictions and disputes, with the sentences behind each, and how each "
          + "outlet frames the story.",
      "Reads .txt, .md, .html and .json files; folders are searched for them. Web pages are not fetched: "
          + "save a page as a file first."
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
  @ParentCommand Parallax parent;
  @Mixin CommonOptions common;
  @Mixin AnalysisOptions analysis;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Article files or folders of articles; - reads one article from standard input.")
  List<String> paths;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "parallax-report",
      description = "Folder to write the report into (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "Report formats to write, comma-separated: json, md, html (default: all three).")
  Set<Format> formats = EnumSet.allOf(Format.class);

  @Option(names = "--timestamp",
      description = "Record the time in the report's provenance (off by default, so the same input gives byte-identical reports).")
  boolean timestamp;

  @Override
  public Integer call() {
    analysis.check("compare", paths);
    OutputFolder.check(output);
    Report report;
    try (ProgressDisplay progress = ProgressDisplay.onTerminal(spec.commandLine().getErr())) {
      report = analysis.analyse(paths, Parallax.standardInput(parent), timestamp, progress);
    }
    AnalysisOptions.warnAboutSkippedInput(report, spec.commandLine().getErr());
    OutputFolder.create(output);
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
      throw new UserError(ExitCode.OUTPUT, "cannot write the report into " + output + ": " + OutputFolder.describe(e), e);
    }
    new TerminalSummary().print(report, written, spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
