package dev.parallax.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder {@code compare -o} writes into: checked before the analysis runs, so that a run does
 * not spend its time and then fail on a path that was never a folder, and created after it. Every
 * problem is a {@link UserError} with {@link ExitCode#OUTPUT} that says why.
 */
final class OutputFolder {
  private OutputFolder() {}

  /** Fails when {@code folder}, or the nearest part of its path that exists, is not a folder. */
  static void check(Path folder) {
    if (folder.toString().isEmpty()) {
      throw new UserError(ExitCode.USAGE, "-o is empty; give it a folder (. for the current folder)");
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new UserError(ExitCode.OUTPUT, "cannot write the report into " + folder + ": it is a file, not a folder "
          + "(give -o a folder, new or existing)");
    }
    if (Files.isDirectory(folder)) {
      if (!Files.isWritable(folder)) {
        throw new UserError(ExitCode.OUTPUT, "cannot write the report into " + folder + ": permission denied");
      }
      return;
    }
    if (Files.isSymbolicLink(folder)) {
      throw new UserError(ExitCode.OUTPUT, "cannot create the output folder " + folder + ": it is a link to a "
          + "folder that does not exist");
    }
    for (Path p = folder.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p)) {
          throw new UserError(ExitCode.OUTPUT, "cannot create the output folder " + folder + ": " + p
              + " is a file, not a folder");
        }
        if (!Files.isWritable(p)) {
          throw new UserError(ExitCode.OUTPUT, "cannot create the output folder " + folder + ": " + p
              + " cannot be written (permission denied)");
        }
        return;
      }
    }
  }

  /** Creates {@code folder} and the folders above it that are missing. */
  static void create(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UserError(ExitCode.OUTPUT, "cannot create the output folder " + folder + ": " + describe(e), e);
    }
  }

  /** Why an I/O operation failed, in words: "permission denied", "X is a file, not a folder". */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException a) {
      return "permission denied" + (a.getFile() == null ? "" : " (" + a.getFile() + ")");
    }
    if (e instanceof FileAlreadyExistsException f && f.getFile() != null) {
      return f.getFile() + " is a file, not a folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return (f.getFile() == null ? "" : f.getFile() + ": ") + f.getReason();
    }
    if (e instanceof NoSuchFileException f) {
      return (f.getFile() == null ? "" : f.getFile() + ": ") + "no such file or folder";
    }
    if (e instanceof NotDirectoryException f) {
      return (f.getFile() == null ? "" : f.getFile() + ": ") + "not a folder";
    }
    if (e instanceof FileSystemException f) {
      return (f.getFile() == null ? "" : f.getFile() + ": ") + e.getClass().getSimpleName();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
