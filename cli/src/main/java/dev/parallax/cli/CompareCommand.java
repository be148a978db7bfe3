package dev.parallax.cli;

import dev.parallax.analysis.pipeline.ComparisonPipeline;
import dev.parallax.cli.output.ChartSet;
import dev.parallax.cli.output.FileNames;
import dev.parallax.cli.output.HtmlReportWriter;
import dev.parallax.cli.output.JsonReportWriter;
import dev.parallax.cli.output.MarkdownReportWriter;
import dev.parallax.cli.output.ProgressDisplay;
import dev.parallax.cli.output.TerminalSummary;
import dev.parallax.model.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
          + "save a page as a file first.",
      "With --each DIR, compares many stories in one run: each folder inside DIR is one story, compared on "
          + "its own, and its report goes into a folder of the same name under -o. Files named like a "
          + "story's notes (--exclude) are never read as articles. A story that cannot be compared (no "
          + "articles, or fewer than two that can be read) is named on standard error and skipped; the "
          + "others are still compared, and the run ends with exit code 3."
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

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Article files or folders of articles; - reads one article from standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--each", paramLabel = "DIR",
      description = "Compare each folder inside DIR as a story of its own (in order of name), instead of PATHs; "
          + "writes one report folder per story into the -o folder.")
  String each;

  @Option(names = "--exclude", split = ",", paramLabel = "GLOB", defaultValue = StoryFolders.DEFAULT_NOTES,
      description = "With --each: names of files that are notes about a story, never articles, comma-separated "
          + "patterns matched in any case (default: ${DEFAULT-VALUE}); giving --exclude replaces the list.")
  List<String> exclude;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "parallax-report",
      description = "Folder to write the report into, or with --each the story folders (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "Report formats to write, comma-separated: json, md, html (default: all three).")
  Set<Format> formats = EnumSet.allOf(Format.class);

  @Option(names = "--timestamp",
      description = "Record the time in the report's provenance (off by default, so the same input gives byte-identical reports).")
  boolean timestamp;

  @Override
  public Integer call() {
    if (each != null) {
      return compareEach();
    }
    if (spec.commandLine().getParseResult().hasMatchedOption("--exclude")) {
      throw new ParameterException(spec.commandLine(), "--exclude applies only with --each");
    }
    if (paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PATH' (or --each DIR)");
    }
    analysis.check("compare", paths);
    try (ReportFolder folder = ReportFolder.open(output, sink)) {
      Report report;
      try (ProgressDisplay progress = ProgressDisplay.onTerminal(spec.commandLine().getErr())) {
        report = analysis.analyse(paths, Parallax.standardInput(parent), timestamp, progress);
      }
      AnalysisOptions.warnAboutSkippedInput(report, spec.commandLine().getErr());
      List<Path> written = write(report, folder);
      new TerminalSummary().print(report, written, spec.commandLine().getOut());
    }
    return ExitCode.OK;
  }

  /** Where the report's files are written; tests replace it with one that fails midway. */
  ReportFolder.Sink sink = ReportFolder.FILES;

  /**
   * {@code --each}: one comparison per story folder, all through one pipeline, so the models load once.
   * A story that fails with a {@link UserError} is named on standard error and skipped; the exit code
   * is then that of the first failure.
   */
  private int compareEach() {
    if (!paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give either PATHs or --each DIR, not both");
    }
    analysis.check("compare", List.of());
    if (PathArguments.webAddress(each)) {
      throw new UserError(ExitCode.USAGE, each + " is a web address, and Parallax does not fetch pages (it never goes "
          + "online): --each takes a folder on this computer whose folders hold the articles of one story each");
    }
    List<PathMatcher> notes = StoryFolders.notes(exclude);
    OutputFolder.check(output);
    List<StoryFolders.Story> stories = StoryFolders.list(each);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // The output folder may sit among the stories (--each stories -o stories/reports): its reports
    // are not a story, and a second run must not call it a failed one.
    List<StoryFolders.Story> reports = stories.stream().filter(s -> StoryFolders.isOutput(s.path(), output)).toList();
    for (StoryFolders.Story s : reports) {
      err.println("parallax: " + FileNames.terminal(s.folder()) + " is the output folder (-o), not a story; left out");
    }
    stories = stories.stream().filter(s -> !reports.contains(s)).toList();
    if (stories.isEmpty()) {
      throw new UserError(ExitCode.INPUT, each + " has no story folders other than the output folder " + output);
    }
    ComparisonPipeline pipeline = analysis.pipeline(timestamp);
    TerminalSummary summary = new TerminalSummary();
    Map<String, Integer> notesLeftOut = new TreeMap<>();
    List<String> failed = new ArrayList<>();
    int code = ExitCode.OK;
    for (StoryFolders.Story story : stories) {
      try {
        Path folder = output.resolve(story.name());
        OutputFolder.check(folder);
        StoryFolders.Contents contents = StoryFolders.read(story, notes);
        contents.notes().forEach(n -> notesLeftOut.merge(n, 1, Integer::sum));
        Report report = compareStory(pipeline, story, contents);
        try (ReportFolder writing = ReportFolder.open(folder, sink)) {
          write(report, writing);
        }
        summary.printStory(story.name(), report, out);
      } catch (UserError e) {
        err.println(spec.commandLine().getColorScheme().errorText("parallax: " + FileNames.terminal(e.getMessage())
            + "; skipped"));
        err.flush();
        failed.add(story.name());
        if (code == ExitCode.OK) {
          code = e.exitCode();
        }
      }
    }
    out.println();
    out.println("Compared " + (failed.isEmpty() ? "" : (stories.size() - failed.size()) + " of ")
        + stories.size() + (stories.size() == 1 ? " story" : " stories") + "; the reports are in " + output
        + (failed.isEmpty() ? "" : "; failed: " + String.join(", ", failed)) + ".");
    if (!notesLeftOut.isEmpty()) {
      List<String> named = new ArrayList<>();
      notesLeftOut.forEach((name, n) -> named.add(name + (n > 1 ? " (" + n + " stories)" : "")));
      out.println("Not read as articles (--exclude): " + String.join(", ", named) + ".");
    }
    out.flush();
    return code;
  }

  /**
   * Compares the articles of one story.
   *
   * @throws UserError with {@link ExitCode#INPUT} when the story has no articles, none can be used, or
   *     only one, which leaves nothing to compare
   */
  private Report compareStory(ComparisonPipeline pipeline, StoryFolders.Story story, StoryFolders.Contents contents) {
    PrintWriter err = spec.commandLine().getErr();
    for (String line : contents.unreadable()) {
      err.println("parallax: " + FileNames.terminal(line));
    }
    if (contents.articles().isEmpty()) {
      throw new UserError(ExitCode.INPUT, story.folder() + " has no articles (no .txt, .md, .html or .json files"
          + (contents.notes().isEmpty() ? "" : " other than the notes " + String.join(", ", contents.notes())) + ")");
    }
    Report report;
    try (ProgressDisplay progress = ProgressDisplay.onTerminal(err)) {
      report = AnalysisOptions.compare(pipeline, contents.articles(), progress);
    }
    AnalysisOptions.warnAboutSkippedInput(report, err);
    if (report.articles().size() < 2) {
      throw new UserError(ExitCode.INPUT, story.folder() + ": only one article could be read ("
          + report.articles().get(0).source() + "), so there is nothing to compare");
    }
    return report;
  }

  /**
   * Writes {@code report} into {@code folder} in the chosen formats, with its charts, and returns the
   * files written. Every file is made and written whole before any replaces a file of an earlier
   * report, so a failure leaves that report as it was.
   */
  private List<Path> write(Report report, ReportFolder folder) {
    try {
      if (formats.contains(Format.json)) {
        folder.stage(JsonReportWriter.FILE, new JsonReportWriter().render(report).getBytes(StandardCharsets.UTF_8));
      }
      ChartSet charts = ChartSet.draw(report);
      for (Map.Entry<String, byte[]> chart : charts.files().entrySet()) {
        folder.stage(chart.getKey(), chart.getValue());
      }
      if (formats.contains(Format.md)) {
        folder.stage(MarkdownReportWriter.FILE,
            new MarkdownReportWriter().render(report, charts).getBytes(StandardCharsets.UTF_8));
      }
      if (formats.contains(Format.html)) {
        folder.stage(HtmlReportWriter.FILE, new HtmlReportWriter().render(report, charts).getBytes(StandardCharsets.UTF_8));
      }
      List<Path> written = new ArrayList<>(folder.commit());
      written.removeIf(p -> p.getParent() != null && p.getParent().getFileName() != null
          && p.getParent().getFileName().toString().equals(ChartSet.FOLDER));
      return written;
    } catch (IOException e) {
      throw new UserError(ExitCode.OUTPUT, "cannot write the report into " + folder.folder() + ": "
          + OutputFolder.describe(e) + "; the report it held before, if any, is unchanged", e);
    }
  }
}
