package dev.parallax.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium for the page tests. Looks for the browser in {@code $CHROMIUM}, then
 * {@code /usr/bin/chromium} and {@code chromium} or {@code chromium-browser} on the {@code PATH};
 * never downloads or installs anything (CI installs Debian's {@code chromium} package, see
 * {@code .ci/run}). Each run gets a fresh profile folder and no network features.
 */
public final class Chromium {
  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  /** The browser, if this machine has one. */
  public static Optional<Chromium> find() {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    candidates.add(Path.of("/usr/bin/chromium"));
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        candidates.add(Path.of(dir, "chromium"));
        candidates.add(Path.of(dir, "chromium-browser"));
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst().map(Chromium::new);
  }

  /** True when the environment says the browser tests must run (CI): then a missing browser fails them. */
  public static boolean required() {
    String v = System.getenv("PARALLAX_REQUIRE_CHROMIUM");
    return v != null && !v.isBlank() && !v.equals("0");
  }

  /**
   * What one run of the browser printed.
   *
   * @param exitCode the process's exit code
   * @param stdout standard output (the DOM, for {@code --dump-dom})
   * @param stderr standard error (the browser's log, console messages included)
   */
  public record Run(int exitCode, String stdout, String stderr) {}

  /** Loads {@code page} and prints its DOM after the page's scripts ran. */
  public Run dumpDom(Path page, Path work) throws IOException, InterruptedException {
    return run(work, "--dump-dom", "--enable-logging=stderr", "--v=0", page.toUri().toString());
  }

  /**
   * Loads {@code page} in a {@code width} × {@code height} window and prints its DOM once the page
   * has been quiet for up to {@code waitMillis} of virtual time, so timers and promises the page
   * starts (unpacking figures, a probe waiting for them) have run.
   */
  public Run dumpDom(Path page, int width, int height, int waitMillis, Path work) throws IOException, InterruptedException {
    return run(work, "--dump-dom", "--enable-logging=stderr", "--v=0", "--window-size=" + width + "," + height,
        "--virtual-time-budget=" + waitMillis, page.toUri().toString());
  }

  /** Loads {@code page} in a {@code width} × {@code height} window and saves a PNG of it to {@code png}. */
  public Run screenshot(Path page, Path png, int width, int height, Path work) throws IOException, InterruptedException {
    return run(work, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", page.toUri().toString());
  }

  private Run run(Path work, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path out = work.resolve("chromium-" + System.nanoTime() + ".out");
    Path err = work.resolve("chromium-" + System.nanoTime() + ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("chromium did not finish within 120 s: " + command);
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
