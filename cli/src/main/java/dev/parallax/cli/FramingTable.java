package dev.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until the analyzer lands. */
final class FramingTable {
  FramingTable(Path outlets) {}

  int print(List<Path> files, PrintWriter out) {
    throw new UserError(ExitCode.USAGE, "the framing table is not built yet");
  }
}
