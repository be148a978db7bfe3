package dev.parallax.cli;

import dev.parallax.analysis.bias.FramingModels;
import dev.parallax.analysis.bias.SentenceFraming;
import dev.parallax.analysis.text.MorphyLemmatizer;
import dev.parallax.analysis.text.OpenNlpTextAnalyzer;
import dev.parallax.cli.output.ProgressDisplay;
import dev.parallax.model.Report;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parallax framing}: the framing indicators of articles as a table, or, with
 * {@code --jsonl}, sentence-by-sentence framing over a JSON-lines protocol for measurement. The
 * table comes from the same reading and analysis {@code compare} runs ({@link AnalysisOptions}), so
 * both show the same values for the same files.
 */
@Command(
    name = "framing",
    description = {
      "Shows how each article frames its story: loaded language, hedges and certainty, prescription "
          + "and opinion, the labels it gives each actor, how it portrays them, whom it quotes, what it "
          + "leaves out, each with the words behind it.",
      "Reads the articles as compare does and prints the framing part of the same report.",
      "With --jsonl, reads JSON lines {\"id\",\"text\",\"targets\":[{\"start\",\"end\"}]} from standard input "
          + "and answers each with {\"id\",\"loaded\",\"loadedWords\",\"targets\":[{...,\"sentiment\"}]}."
    },
    mixinStandardHelpOptions = true)
public final class FramingCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin AnalysisOptions analysis;

  @Spec CommandSpec spec;
  @ParentCommand Parallax parent;

  @Option(names = "--jsonl", description = "Speak the JSON-lines protocol on standard input and output.")
  boolean jsonl;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Article files or folders of articles, read as compare reads them; - reads one article from "
          + "standard input.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (jsonl) {
      if (!paths.isEmpty() && !paths.equals(List.of(PathArguments.STANDARD_INPUT))) {
        throw new UserError(ExitCode.USAGE, "--jsonl reads standard input; give no files with it");
      }
      OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer(new MorphyLemmatizer());
      SentenceFraming framing = new SentenceFraming(analyzer, FramingModels.load());
      BufferedReader in =
          new BufferedReader(new InputStreamReader(Parallax.standardInput(parent), StandardCharsets.UTF_8));
      new FramingJsonl(framing).run(in, out, err);
      return ExitCode.OK;
    }
    if (paths.isEmpty()) {
      throw new UserError(ExitCode.USAGE, "give article files or folders, - for standard input, or --jsonl");
    }
    analysis.check("framing", paths);
    Report report;
    try (ProgressDisplay progress = ProgressDisplay.onTerminal(err)) {
      report = analysis.analyse(paths, Parallax.standardInput(parent), false, progress);
    }
    AnalysisOptions.warnAboutSkippedInput(report, err);
    FramingTable.print(report, out);
    return ExitCode.OK;
  }
}
