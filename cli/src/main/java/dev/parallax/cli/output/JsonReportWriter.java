package dev.parallax.cli.output;

import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code report.json}: the report contract other programs read. */
public final class JsonReportWriter {
  /** The file name. */
  public static final String FILE = "report.json";

  private final ReportCodec codec = new ReportCodec();

  public Path write(Report report, Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    codec.write(report, file);
    return file;
  }

  /** The JSON text, as {@link #write} writes it. */
  public String render(Report report) {
    return codec.write(report);
  }
}
