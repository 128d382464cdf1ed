package org.sightline.server.db.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The PostgreSQL programs of this machine: the server's ({@code initdb}, {@code pg_ctl}) and, in
 * the same directory, the client tools of the same version ({@code pg_dump}, {@code pg_restore}).
 *
 * <p>Looked for, in order: an explicit directory; {@code pg_config --bindir}; the Debian/Ubuntu
 * layout {@code /usr/lib/postgresql/<major>/bin} (highest major first); the PATH.
 *
 * @param binDirectory the directory holding {@code initdb} and {@code pg_ctl}
 */
public record PostgresBinaries(Path binDirectory) {

  public Path initdb() {
    return binDirectory.resolve("initdb");
  }

  public Path pgCtl() {
    return binDirectory.resolve("pg_ctl");
  }

  /** {@code pg_dump} of the same version as the server (backups, and the dump-and-restore test). */
  public Path pgDump() {
    return binDirectory.resolve("pg_dump");
  }

  /** {@code pg_restore} of the same version as the server. */
  public Path pgRestore() {
    return binDirectory.resolve("pg_restore");
  }

  /**
   * Finds the binaries.
   *
   * @param explicitBinDirectory a directory to use instead of searching, or null
   * @throws EmbeddedPostgisException saying what to install when none are found
   */
  public static PostgresBinaries locate(Path explicitBinDirectory) {
    List<Path> candidates = new ArrayList<>();
    if (explicitBinDirectory != null) {
      candidates.add(explicitBinDirectory);
    } else {
      pgConfigBinDir().ifPresent(candidates::add);
      candidates.addAll(debianBinDirs());
      String path = System.getenv("PATH");
      if (path != null) {
        for (String entry : path.split(File.pathSeparator)) {
          if (!entry.isBlank()) {
            candidates.add(Path.of(entry));
          }
        }
      }
    }
    for (Path dir : candidates) {
      if (Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl"))) {
        return new PostgresBinaries(resolveLinks(dir));
      }
    }
    throw new EmbeddedPostgisException(
        "PostgreSQL server programs (initdb, pg_ctl) were not found in "
            + candidates
            + ". Install PostgreSQL and PostGIS (Debian/Ubuntu: "
            + "sudo apt-get install postgresql postgresql-15-postgis-3, or the PostGIS package for your"
            + " PostgreSQL major version), or configure an external database.");
  }

  private static Path resolveLinks(Path dir) {
    try {
      // /usr/local/bin/initdb may be a link into /usr/lib/postgresql/N/bin; the real directory
      // keeps initdb next to the postgres binary it must start.
      Path initdb = dir.resolve("initdb").toRealPath();
      return initdb.getParent();
    } catch (IOException e) {
      return dir;
    }
  }

  private static Optional<Path> pgConfigBinDir() {
    try {
      Process process =
          new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), UTF_8).trim();
      if (process.waitFor() == 0 && !out.isEmpty()) {
        return Optional.of(Path.of(out));
      }
    } catch (IOException e) {
      // pg_config is optional (package libpq-dev); fall through to the other places.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  private static List<Path> debianBinDirs() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> majors = Files.list(root)) {
      return majors
          .filter(p -> p.getFileName().toString().matches("\\d+"))
          .sorted(
              Comparator.comparingInt((Path p) -> Integer.parseInt(p.getFileName().toString()))
                  .reversed())
          .map(p -> p.resolve("bin"))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
