package dev.parallax.cli;

import dev.parallax.charts.OutletPalette;
import dev.parallax.cli.output.FindingsView;
import dev.parallax.cli.output.TerminalStyle;
import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax inspect REPORT}: the findings of a report in the terminal, each with its sentences
 * side by side, the outlets, the figures and why it was flagged. Reads {@code report.json} (or the
 * folder holding it) with {@link ReportCodec}; filters narrow the findings shown.
 */
@Command(
    name = "inspect",
    description = {
      "Shows the findings of a report in the terminal: the sentences side by side with their outlets, "
          + "the figures compared and the reason each was flagged.",
      "REPORT is a report.json file or the folder compare wrote it into."
    },
    mixinStandardHelpOptions = true)
public final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "REPORT", description = "A report.json file, or a folder that holds one.")
  String report;

  @Option(names = "--kind", paramLabel = "K", split = ",",
      description = "Only findings of these kinds: numeric (numeric_discrepancy), contradiction, dispute, agreement. "
          + "Repeatable or comma-separated.")
  List<String> kinds = new ArrayList<>();

  @Option(names = "--id", paramLabel = "F", split = ",",
      description = "Only the findings with these ids, such as f3. Repeatable or comma-separated.")
  List<String> ids = new ArrayList<>();

  @Option(names = "--outlet", paramLabel = "O",
      description = "Only findings that rest on a claim of this outlet (its name, any case) or article (such as a2). "
          + "Repeatable.")
  List<String> outlets = new ArrayList<>();

  @Option(names = "--word-diff-agreements",
      description = "Also print the word-by-word difference of agreements' sentences (numeric discrepancies, "
          + "contradictions and disputes always show theirs).")
  boolean agreementDifferences;

  @Override
  public Integer call() {
    PathArguments.check("inspect", List.of(report));
    Report r = read(Path.of(report));
    Set<FindingKind> wanted = kinds(kinds);
    Set<String> wantedIds = ids(r, ids);
    Set<String> articles = articles(r, outlets);
    List<Finding> shown = new ArrayList<>();
    for (Finding f : r.findings()) {
      if (!wanted.isEmpty() && !wanted.contains(f.kind())) {
        continue;
      }
      if (!wantedIds.isEmpty() && !wantedIds.contains(f.id())) {
        continue;
      }
      if (!articles.isEmpty() && f.claimIds().stream().map(id -> r.claim(id).map(Claim::articleId).orElse(""))
          .noneMatch(articles::contains)) {
        continue;
      }
      shown.add(f);
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean filtered = !wanted.isEmpty() || !wantedIds.isEmpty() || !articles.isEmpty();
    if (shown.isEmpty()) {
      out.println(r.findings().isEmpty() ? "The report has no findings."
          : "No finding matches; the report has " + r.findings().size() + " findings.");
      out.flush();
      return ExitCode.OK;
    }
    out.println((filtered ? shown.size() + " of " + r.findings().size() : Integer.toString(shown.size()))
        + (r.findings().size() == 1 ? " finding" : " findings") + " in " + report + ":");
    out.println();
    new FindingsView(TerminalStyle.detect(), FindingsView.terminalWidth(), agreementDifferences).print(r, shown, out);
    return ExitCode.OK;
  }

  /** Reads the report at {@code path}, a file or a folder with {@code report.json}; a problem is a {@link UserError}. */
  static Report read(Path path) {
    Path file = path;
    if (Files.isDirectory(path)) {
      file = path.resolve("report.json");
      if (!Files.isRegularFile(file)) {
        throw new UserError(ExitCode.INPUT, path + " holds no report.json; give the report file or the folder "
            + "compare wrote it into");
      }
    } else if (!Files.exists(path)) {
      throw new UserError(ExitCode.INPUT, path + (Files.isSymbolicLink(path) ? " is a link to a file that does not exist"
          : " does not exist"));
    } else if (!Files.isRegularFile(path)) {
      throw new UserError(ExitCode.INPUT, path + " is not a regular file (a device, FIFO or socket); give the "
          + "report.json file or the folder compare wrote it into");
    }
    try {
      return new ReportCodec().read(file);
    } catch (IOException e) {
      throw new UserError(ExitCode.INPUT, "cannot read " + file + ": " + firstLine(e.getMessage()), e);
    } catch (IllegalArgumentException e) {
      String message = firstLine(e.getMessage());
      throw new UserError(ExitCode.INPUT, message.startsWith(file.toString()) ? message
          : file + " is not a valid report: " + message.replaceFirst("^not a valid report: ", ""), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "unknown error";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 299) + "…" : line;
  }

  private static Set<FindingKind> kinds(List<String> names) {
    Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
    for (String name : names) {
      String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
      if (n.equals("NUMERIC") || n.startsWith("DISCREPANC") || n.equals("NUMERIC_DISCREPANCIES")) {
        n = "NUMERIC_DISCREPANCY";
      }
      if (n.endsWith("S") && !n.equals("NUMERIC_DISCREPANCY")) {
        n = n.substring(0, n.length() - 1);
      }
      try {
        kinds.add(FindingKind.valueOf(n));
      } catch (IllegalArgumentException e) {
        throw new UserError(ExitCode.USAGE, "unknown kind '" + name + "'; use one of numeric, contradiction, "
            + "dispute, agreement");
      }
    }
    return kinds;
  }

  private static Set<String> ids(Report r, List<String> ids) {
    Set<String> known = r.findings().stream().map(Finding::id).collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> wanted = new LinkedHashSet<>();
    for (String id : ids) {
      String f = id.strip();
      if (!known.contains(f)) {
        throw new UserError(ExitCode.USAGE, "no finding '" + f + "' in the report; "
            + (known.isEmpty() ? "it has none" : "it has " + describe(new ArrayList<>(known))));
      }
      wanted.add(f);
    }
    return wanted;
  }

  private static String describe(List<String> ids) {
    return ids.size() <= 6 ? String.join(", ", ids) : ids.get(0) + " to " + ids.get(ids.size() - 1);
  }

  /** The ids of the articles the {@code --outlet} values name. */
  private static Set<String> articles(Report r, List<String> outlets) {
    Set<String> articles = new LinkedHashSet<>();
    for (String o : outlets) {
      String want = o.strip().toLowerCase(Locale.ROOT);
      boolean found = false;
      for (Article a : r.articles()) {
        if (a.id().toLowerCase(Locale.ROOT).equals(want)
            || OutletPalette.outletOf(a).toLowerCase(Locale.ROOT).equals(want)
            || (a.outlet() == null && want.equals("(outlet not named)"))) {
          articles.add(a.id());
          found = true;
        }
      }
      if (!found) {
        throw new UserError(ExitCode.USAGE, "no outlet or article '" + o + "' in the report; it has "
            + String.join(", ", r.articles().stream().map(OutletPalette::outletOf).distinct().toList()));
      }
    }
    return articles;
  }
}
