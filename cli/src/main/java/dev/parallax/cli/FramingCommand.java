package dev.parallax.cli;

import dev.parallax.analysis.bias.FramingModels;
import dev.parallax.analysis.bias.SentenceFraming;
import dev.parallax.analysis.text.MorphyLemmatizer;
import dev.parallax.analysis.text.OpenNlpTextAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parallax framing}: the framing indicators of articles as a table, or, with
 * {@code --jsonl}, sentence-by-sentence framing over a JSON-lines protocol for measurement.
 */
@Command(
    name = "framing",
    description = {
      "Shows how each article frames its story: loaded language, hedges and certainty, prescription "
          + "and opinion, the labels it gives each actor, how it portrays them, whom it quotes, what it "
          + "leaves out, each with the words behind it.",
      "With --jsonl, reads JSON lines {\"id\",\"text\",\"targets\":[{\"start\",\"end\"}]} from standard input "
          + "and answers each with {\"id\",\"loaded\",\"loadedWords\",\"targets\":[{...,\"sentiment\"}]}."
    },
    mixinStandardHelpOptions = true)
public final class FramingCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Option(names = "--jsonl", description = "Speak the JSON-lines protocol on standard input and output.")
  boolean jsonl;

  @Option(names = "--outlets", paramLabel = "FILE", description = "An outlet registry file read on top of the built-in one.")
  Path outlets;

  @Parameters(paramLabel = "FILES", arity = "0..*", description = "Article files (plain text).")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (jsonl) {
      if (!files.isEmpty()) {
        throw new UserError(ExitCode.USAGE, "--jsonl reads standard input; give no files with it");
      }
      OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer(new MorphyLemmatizer());
      SentenceFraming framing = new SentenceFraming(analyzer, FramingModels.load());
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      new FramingJsonl(framing).run(in, out, err);
      return ExitCode.OK;
    }
    if (files.isEmpty()) {
      throw new UserError(ExitCode.USAGE, "give article files, or --jsonl");
    }
    return new FramingTable(outlets).print(files, out);
  }
}
