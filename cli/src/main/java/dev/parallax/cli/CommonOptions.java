package dev.parallax.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes. */
public final class CommonOptions {
  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;
}
