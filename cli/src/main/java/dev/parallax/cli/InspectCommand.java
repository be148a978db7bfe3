package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parallax inspect}: not built yet. */
@Command(name = "inspect", description = "Not built yet.")
public final class InspectCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    throw new UserError(ExitCode.USAGE, "'inspect' is not built yet");
  }
}
