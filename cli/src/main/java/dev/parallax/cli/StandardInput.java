package dev.parallax.cli;

import dev.parallax.analysis.ingest.DocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Standard input read as one article, for {@code -} among the paths of {@code compare} and
 * {@code framing}. The bytes are kept in a temporary file, so they go through the same reader as any
 * other file (formats, metadata, furniture, limits); the report names the article {@value #SOURCE}.
 * A text that opens with {@code <} is read as HTML, one that opens with <code>{</code> as a JSON
 * article, anything else as plain text (front matter and header lines work as in a {@code .txt}).
 * {@link #close()} deletes the file.
 */
final class StandardInput implements AutoCloseable {
  /** How the article read from standard input is named in messages and in the report. */
  static final String SOURCE = "standard input";

  private final Path folder;
  private final Path file;

  private StandardInput(Path folder, Path file) {
    this.folder = folder;
    this.file = file;
  }

  /**
   * Reads {@code in} to its end into a temporary file.
   *
   * @param maxBytes more bytes than this are refused with a {@link UserError} ({@link ExitCode#INPUT}),
   *     as a file over {@code --max-file-size} would be
   */
  static StandardInput save(InputStream in, long maxBytes) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, maxBytes + 1));
    } catch (IOException e) {
      throw new UserError(ExitCode.INPUT, "cannot read standard input: " + e.getMessage(), e);
    }
    if (bytes.length > maxBytes) {
      throw new UserError(ExitCode.INPUT, SOURCE + " has more than " + megabytes(maxBytes) + "; articles over "
          + megabytes(maxBytes) + " are not read (raise the limit with --max-file-size)");
    }
    try {
      Path folder = Files.createTempDirectory("parallax-stdin");
      Path file = Files.write(folder.resolve("standard-input" + extension(bytes)), bytes);
      return new StandardInput(folder, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep standard input in a temporary file", e);
    }
  }

  /** {@code paths} with {@code -} replaced by the temporary file. */
  List<String> paths(List<String> paths) {
    List<String> out = new ArrayList<>(paths.size());
    for (String p : paths) {
      out.add(p.equals(PathArguments.STANDARD_INPUT) ? file.toString() : p);
    }
    return out;
  }

  /** {@code reader}, naming the temporary file {@value #SOURCE}. */
  DocumentReader naming(DocumentReader reader) {
    return (f, source) -> reader.read(f, f.equals(file) ? SOURCE : source);
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
      folder.toFile().deleteOnExit();
    }
  }

  /** ".html", ".json" or ".txt", by the first character that is not white space or a byte-order mark. */
  static String extension(byte[] bytes) {
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c == 0xEF || c == 0xBB || c == 0xBF || c == 0xFE || c == 0xFF || c == 0 || Character.isWhitespace(c)) {
        continue;
      }
      return c == '<' ? ".html" : c == '{' ? ".json" : ".txt";
    }
    return ".txt";
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
