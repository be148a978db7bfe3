package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code -h}, {@code --help}, a bare {@code parallax}, and the layout of the top-level help. */
class HelpTest {

  /** The command paths of every subcommand, at any depth: ["compare"], ["help"], ... */
  private static List<List<String>> subcommands(CommandLine cmd, List<String> path) {
    List<List<String>> all = new ArrayList<>();
    for (CommandLine sub : cmd.getSubcommands().values().stream().distinct().toList()) {
      List<String> p = new ArrayList<>(path);
      p.add(sub.getCommandName());
      all.add(p);
      all.addAll(subcommands(sub, p));
    }
    return all;
  }

  /** Walks the command line itself, so a subcommand added later is checked without touching this test. */
  @Test
  void everySubcommandAnswersHelpOnStandardOutput() {
    List<List<String>> commands = subcommands(Parallax.commandLine(), List.of());
    assertTrue(commands.size() >= 6, "subcommands: " + commands);
    for (List<String> command : commands) {
      for (String flag : new String[] {"-h", "--help"}) {
        List<String> args = new ArrayList<>(command);
        args.add(flag);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        String what = "parallax " + String.join(" ", args);
        assertEquals(ExitCode.OK, run.exitCode(), what + ": " + run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("Usage: parallax " + String.join(" ", command))),
            what + ": " + run.out());
        assertEquals("", run.err(), what);
      }
    }
  }

  @Test
  void bareParallaxPrintsUsageOnStandardErrorAndExitsWithTheUsageCode() {
    CliRun run = CliRun.of();
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("Usage: parallax"), run.err());
    assertTrue(run.err().contains("compare"), run.err());
  }

  @Test
  void topLevelHelpFitsEightyColumnsAndKeepsItsIndentation() {
    CliRun run = CliRun.of("--help");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    for (String line : lines) {
      assertTrue(line.length() <= 80, "longer than 80 columns: " + line);
    }
    String help = run.out();
    assertTrue(help.contains("durations in text, each read as an interval"), "the quantities description is whole:\n" + help);
    int exitCodes = lines.indexOf("Exit codes:");
    assertTrue(exitCodes > 0, help);
    int code = 0;
    for (String line : lines.subList(exitCodes + 1, lines.size())) {
      if (line.isBlank()) {
        break;
      }
      assertTrue(line.startsWith("  "), "an exit-code line starts at column 0: " + line);
      if (line.strip().matches("\\d+ .*")) {
        code++;
      } else {
        assertTrue(line.startsWith("        "), "a wrapped line is not indented under its text: " + line);
      }
    }
    assertEquals(5, code, help);
    for (int exit : new int[] {ExitCode.OK, ExitCode.USAGE, ExitCode.INPUT, ExitCode.OUTPUT, ExitCode.INTERNAL}) {
      assertTrue(lines.stream().anyMatch(l -> l.strip().startsWith(exit + " ")), "exit code " + exit + " missing");
    }
  }
}
