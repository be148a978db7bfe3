package dev.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parallax framing}: not built yet. */
@Command(name = "framing", description = "Not built yet.")
public final class FramingCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    throw new UserError(ExitCode.USAGE, "'framing' is not built yet");
  }
}
