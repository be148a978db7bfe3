package dev.parallax.cli;

import dev.parallax.analysis.quantity.PatternQuantityExtractor;
import dev.parallax.analysis.quantity.QuantityExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code parallax quantities}: the numbers, amounts, dates and times in text. With {@code --jsonl}
 * it speaks the JSON-lines protocol on standard input and output ({@link QuantitiesProtocol});
 * with files it prints a readable table per file ({@link QuantitiesTable}).
 */
@Command(
    name = "quantities",
    mixinStandardHelpOptions = true,
    description = {
      "Finds numbers, percentages, money, measured amounts, ranges, dates, times and durations in text, "
          + "each read as an interval with its qualifier."
    })
public final class QuantitiesCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Option(
      names = "--jsonl",
      description = "Read JSON lines {\"id\",\"text\",\"referenceDate\"?} on standard input and answer each "
          + "with one JSON line {\"id\",\"mentions\"} on standard output.")
  boolean jsonl;

  @Option(
      names = "--reference-date",
      paramLabel = "DATE",
      description = "Resolve relative dates (\"last week\") against this date, YYYY-MM-DD[THH:MM[:SS]]. "
          + "Without it they are found but left unresolved.")
  String referenceDate;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "UTF-8 text files to read; - reads standard input (one text, or JSON lines with --jsonl).")
  List<String> files = List.of();

  @ParentCommand Parallax parent;

  @Override
  public Integer call() throws IOException {
    QuantityExtractor extractor = new PatternQuantityExtractor();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PathArguments.check("quantities", files);
    if (jsonl) {
      if (!files.isEmpty() && !files.equals(List.of(PathArguments.STANDARD_INPUT))) {
        throw new UserError(ExitCode.USAGE, "--jsonl reads standard input; give no FILE with it (or just -)");
      }
      new QuantitiesProtocol(extractor).run(standardInput(), out, err);
      return ExitCode.OK;
    }
    if (files.isEmpty()) {
      throw new UserError(ExitCode.USAGE, "give a FILE to read, - to read a text on standard input, or --jsonl to read "
          + "requests on standard input");
    }
    LocalDateTime reference = reference(referenceDate);
    boolean several = files.size() > 1;
    for (String f : files) {
      String text = f.equals(PathArguments.STANDARD_INPUT) ? readStandardInput() : read(Path.of(f));
      if (several) {
        out.println("== " + f);
      }
      QuantitiesTable.write(extractor.extract(text, reference), out);
      if (several) {
        out.println();
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  /** The reference date of the option, or null. */
  static LocalDateTime reference(String value) {
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay();
      }
      return LocalDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new UserError(ExitCode.USAGE, "--reference-date must look like 2024-08-15 or 2024-08-15T09:30, got '"
          + value + "'");
    }
  }

  private BufferedReader standardInput() {
    return new BufferedReader(new InputStreamReader(Parallax.standardInput(parent), StandardCharsets.UTF_8));
  }

  /** All of standard input as one text, with line breaks kept. */
  private String readStandardInput() {
    try (BufferedReader in = standardInput()) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(buffer, 0, n);
      }
      return text.toString();
    } catch (IOException e) {
      throw new UserError(ExitCode.INPUT, "cannot read standard input: " + e.getMessage(), e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserError(ExitCode.INPUT, "no such file: " + f);
    } catch (CharacterCodingException e) {
      throw new UserError(ExitCode.INPUT, "not UTF-8 text: " + f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }
}
