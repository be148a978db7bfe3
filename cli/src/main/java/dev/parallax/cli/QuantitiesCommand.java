package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parallax quantities}: not built yet. */
@Command(name = "quantities", description = "Not built yet.")
public final class QuantitiesCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    throw new UserError(ExitCode.USAGE, "'quantities' is not built yet");
  }
}
