package dev.parallax.cli;

import dev.parallax.analysis.ingest.InputCollector;
import dev.parallax.cli.output.ChartSet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A folder one run writes a report into, so that the report a folder held before survives any failure
 * while writing, and two runs never write into one folder at once.
 *
 * <p>{@link #open} creates the folder and locks it ({@value InputCollector#LOCK_FILE}, a lock the
 * system releases when the process ends, however it ends); a second run that finds the folder locked
 * is refused. Each file is first written whole under a temporary name in the folder ({@link #stage});
 * only when every file is written are they moved into place ({@link #commit}), each by one rename, and
 * the charts of an earlier report that the new one does not link are removed. A failure before the
 * moves leaves the earlier report as it was, and {@link #close} removes the temporary files. The lock
 * file stays, and marks the folder as a Parallax report's, so that no later run reads it as articles.
 */
final class ReportFolder implements AutoCloseable {
  /** Writes the bytes of one file; tests give one that fails midway, as a run killed while writing. */
  interface Sink {
    void write(Path file, byte[] bytes) throws IOException;
  }

  /** The sink of a normal run: writes a new file (a process killed now leaves only a temporary one). */
  static final Sink FILES = (file, bytes) -> {
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.write(bytes);
    }
  };

  private static final String TEMPORARY = ".parallax-writing-";

  private final Path folder;
  private final boolean created;
  private final FileChannel channel;
  private final FileLock lock;
  private final Sink sink;
  private final Map<String, Path> staged = new LinkedHashMap<>();

  private ReportFolder(Path folder, boolean created, FileChannel channel, FileLock lock, Sink sink) {
    this.folder = folder;
    this.created = created;
    this.channel = channel;
    this.lock = lock;
    this.sink = sink;
  }

  /**
   * Creates {@code folder} when it is missing and locks it for this run.
   *
   * @throws UserError with {@link ExitCode#OUTPUT} when it cannot be created or written, or another
   *     run is writing into it
   */
  static ReportFolder open(Path folder, Sink sink) {
    OutputFolder.check(folder);
    boolean created = !Files.isDirectory(folder);
    OutputFolder.create(folder);
    FileChannel channel;
    try {
      channel = FileChannel.open(folder.resolve(InputCollector.LOCK_FILE), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UserError(ExitCode.OUTPUT, "cannot write the report into " + folder + ": " + OutputFolder.describe(e), e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UserError(ExitCode.OUTPUT, "cannot lock " + folder + " for writing: " + OutputFolder.describe(e), e);
    }
    if (lock == null) {
      closeQuietly(channel);
      throw new UserError(ExitCode.OUTPUT, "another Parallax run is writing a report into " + folder
          + "; wait for it to end, or give -o another folder");
    }
    removeTemporaryFiles(folder);
    return new ReportFolder(folder, created, channel, lock, sink);
  }

  /**
   * Removes the temporary files a run killed while writing left behind; safe once the folder is
   * locked, since no other run is writing into it.
   */
  private static void removeTemporaryFiles(Path folder) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, TEMPORARY + "*")) {
      for (Path f : files) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // hidden files, never read as articles; the next run tries again
    }
  }

  /** The folder. */
  Path folder() {
    return folder;
  }

  /**
   * Writes {@code bytes} under a temporary name; the file {@code name} (relative, with forward
   * slashes: {@code report.json}, {@code charts/coverage.png}) appears only at {@link #commit}.
   */
  void stage(String name, byte[] bytes) throws IOException {
    Path temporary = folder.resolve(TEMPORARY + staged.size() + "-" + Path.of(name).getFileName());
    Files.deleteIfExists(temporary);
    staged.put(name, temporary);
    sink.write(temporary, bytes);
  }

  /**
   * Moves every staged file into place and removes the charts of an earlier report that are not
   * among them; returns the files, in the order staged.
   */
  List<Path> commit() throws IOException {
    List<Path> written = new ArrayList<>();
    boolean charts = staged.keySet().stream().anyMatch(n -> n.startsWith(ChartSet.FOLDER + "/"));
    if (charts) {
      Files.createDirectories(folder.resolve(ChartSet.FOLDER));
    }
    for (String name : staged.keySet()) {
      // checked before any move, so that the one failure a rename can meet leaves the earlier report whole
      if (Files.isDirectory(folder.resolve(name))) {
        throw new IOException(folder.resolve(name) + " is a folder, not a file");
      }
    }
    for (Map.Entry<String, Path> file : staged.entrySet()) {
      Path target = folder.resolve(file.getKey());
      move(file.getValue(), target);
      written.add(target);
    }
    staged.clear();
    removeStaleCharts(new HashSet<>(written));
    return written;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes the PNG and SVG files under {@code charts/} that this report did not write. */
  private void removeStaleCharts(Set<Path> kept) throws IOException {
    Path charts = folder.resolve(ChartSet.FOLDER);
    if (!Files.isDirectory(charts)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(charts)) {
      for (Path f : files) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if ((name.endsWith(".png") || name.endsWith(".svg")) && !kept.contains(f) && Files.isRegularFile(f)) {
          Files.delete(f);
        }
      }
    }
  }

  /**
   * Removes the temporary files of a write that did not reach {@link #commit}, and releases the lock;
   * a folder this run created and left empty (the analysis failed) is removed.
   */
  @Override
  public void close() {
    for (Path temporary : staged.values()) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // left behind under a hidden name, never read as an article; the next run replaces it
      }
    }
    staged.clear();
    try {
      lock.release();
    } catch (IOException e) {
      // the lock goes with the channel
    }
    closeQuietly(channel);
    if (created) {
      try (DirectoryStream<Path> left = Files.newDirectoryStream(folder)) {
        List<Path> files = new ArrayList<>();
        left.forEach(files::add);
        if (files.size() == 1 && files.get(0).getFileName().toString().equals(InputCollector.LOCK_FILE)) {
          Files.delete(files.get(0));
          Files.delete(folder);
        }
      } catch (IOException e) {
        // an empty folder left behind does no harm
      }
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing more to release
    }
  }
}
