package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parallax compare}: not built yet. */
@Command(name = "compare", description = "Not built yet.")
public final class CompareCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    throw new UserError(ExitCode.USAGE, "'compare' is not built yet");
  }
}
