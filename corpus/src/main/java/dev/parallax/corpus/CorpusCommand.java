package dev.parallax.corpus;

import com.google.common.base.Stopwatch;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax corpus}: finds the stories in an archive of articles and compares each, on Spark. */
@Command(
    name = "parallax corpus",
    description = {
      "Finds the stories in a corpus of articles and compares each story's outlets with the same analysis "
          + "as 'parallax compare'.",
      "INPUT is a folder or file of articles (.txt, .md, .html, .json, as compare reads them), a JSON Lines "
          + "file (.jsonl: one article a line with id, url, outlet, published, title, text) or a Parquet file "
          + "or folder with the same columns. Rows without text, with a date that cannot be read or that are "
          + "not JSON are skipped, counted and named in skipped.jsonl; the run goes on.",
      "Without --master, Spark runs inside this process on every core."
    },
    mixinStandardHelpOptions = true,
    versionProvider = CorpusCommand.Version.class)
public final class CorpusCommand implements Callable<Integer> {
  /** Days between two articles of one story, at most, by default. */
  static final int DEFAULT_WINDOW = 7;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Folders, article files, .jsonl files, Parquet files or folders.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "Folder to write the tables, reports and index page into.")
  Path output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (spark://host:7077, yarn, local[4], ...); default: embedded, local[*].")
  String master;

  @Option(names = "--window", paramLabel = "DAYS", defaultValue = "" + DEFAULT_WINDOW,
      description = "Articles more than this many days apart are never one story (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--reports", paramLabel = "N", defaultValue = "20",
      description = "Write a report folder for the N stories with the most findings (default: ${DEFAULT-VALUE}).")
  int reports;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (window < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--window must be zero or more days");
    }
    if (reports < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--reports must be zero or more");
    }
    for (String in : inputs) {
      if (in.matches("(?i)https?://.*")) {
        err.println("parallax corpus: " + in + " is a web address; Parallax never goes online: give files or folders");
        err.flush();
        return 2;
      }
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      err.println("parallax corpus: " + output + " is a file; -o takes a folder");
      err.flush();
      return 2;
    }
    Progress progress = new Progress(err);
    Stopwatch took = Stopwatch.createStarted();
    SparkSession spark = Spark.session(master);
    spark.sparkContext().setLogLevel("ERROR");
    progress.say("Spark " + spark.version() + " on " + spark.sparkContext().master());
    try {
      CorpusRun.Result r = CorpusRun.run(spark, new CorpusRun.Options(inputs, output, window, reports), progress);
      long compared = r.outcomes().values().stream().filter(o -> o.error() == null).count();
      out.printf(Locale.ROOT, "%,d articles, %,d stories, %,d compared, %,d rows skipped; wrote %s (index.html) in %.1f s%n",
          r.meta().size(), r.stories().size(), compared, r.skipped().size(), output,
          took.elapsed(TimeUnit.MILLISECONDS) / 1000.0);
      out.flush();
      if (r.meta().isEmpty()) {
        err.println("parallax corpus: no input gave an article; skipped.jsonl says why");
        err.flush();
        return 3;
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** The version of the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"parallax corpus " + dev.parallax.cli.Parallax.version()};
    }
  }

  public static void main(String[] args) {
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    System.exit(code);
  }

  /** Runs the command; problems a user can fix end with a message and a non-zero code, not a stack trace. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new CorpusCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("parallax corpus: the run failed: " + CorpusReader.firstLine(e));
      err.flush();
      return 1;
    });
    return cl.execute(args);
  }
}
