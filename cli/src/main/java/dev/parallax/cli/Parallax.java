package dev.parallax.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command: compares how news outlets report the same story. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    versionProvider = Parallax.Version.class,
    description = "Compares how news outlets report the same story: claims, numbers, agreements, "
        + "contradictions, disputes and framing, each with the sentences behind it.",
    subcommands = {
      CompareCommand.class,
      InspectCommand.class,
      QuantitiesCommand.class,
      FramingCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success: the report was written (files that could not be used are listed in it)",
      "2:usage error: unknown option, bad option value, missing argument",
      "3:no usable input: every path is missing or an empty folder, or no file could be analysed "
          + "(empty, binary, too large, too long, not an article, not in English); with compare --each, "
          + "a story folder that could not be compared",
      "4:the output could not be written",
      "70:internal error (a bug; run again with --debug for the stack trace)",
    },
    footer = {"", "Run 'parallax COMMAND --help' for the options of a command."})
public final class Parallax implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** What the subcommands read as standard input ("-" and the JSON-lines protocols). */
  private final InputStream in;

  private Parallax(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(run(args, System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command with {@link System#in} as its standard input; see {@link #run(String[], InputStream, PrintWriter, PrintWriter)}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err);
  }

  /**
   * Runs the command with the given streams and returns its exit code; for tests and embedding.
   * Running out of memory or stack is one line on {@code err} and {@link ExitCode#INTERNAL}, like
   * any other internal error, not a stack trace.
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cmd = commandLine(in);
    cmd.setOut(out);
    cmd.setErr(err);
    try {
      return cmd.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("parallax: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap); give Java "
          + "more with PARALLAX_JAVA_OPTS=-Xmx8g, or compare fewer or shorter files (--max-words)");
    } catch (StackOverflowError e) {
      err.println("parallax: internal error: StackOverflowError (please report it)");
    }
    err.flush();
    return ExitCode.INTERNAL;
  }

  /** The configured command line, reading {@link System#in}. */
  static CommandLine commandLine() {
    return commandLine(System.in);
  }

  /** The configured command line, reading {@code in} as its standard input. */
  static CommandLine commandLine(InputStream in) {
    CommandLine cmd = new CommandLine(new Parallax(in));
    // "--format HTML" as well as "--format html": enum values in any case, in every subcommand.
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(new ErrorReporter());
    cmd.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println(c.getColorScheme().errorText("parallax: " + ex.getMessage()));
          c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
          return ExitCode.USAGE;
        });
    return cmd;
  }

  /**
   * {@code parallax} without a command: the usage goes to standard error and the exit code is
   * {@link ExitCode#USAGE}, because nothing that was asked for was done.
   */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    spec.commandLine().usage(err);
    err.flush();
    return ExitCode.USAGE;
  }

  /**
   * A subcommand's standard input: the stream its {@code parent} was given in {@link
   * #run(String[], InputStream, PrintWriter, PrintWriter)}, or {@link System#in} when the
   * subcommand runs without a parent.
   */
  static InputStream standardInput(Parallax parent) {
    return parent == null ? System.in : parent.in;
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"parallax " + version()};
    }
  }

  /** The tool's version. */
  public static String version() {
    String v = Parallax.class.getPackage().getImplementationVersion();
    return v != null ? v : "0.1.0-SNAPSHOT";
  }
}
