package org.sightline.server.backup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.sightline.server.db.embedded.EmbeddedPostgisException;
import org.sightline.server.db.embedded.PostgresBinaries;

/**
 * Runs {@code pg_dump} and {@code pg_restore} of this machine's PostgreSQL (found as the embedded
 * cluster finds its programs: {@link PostgresBinaries}, else on the PATH) against a {@link
 * DatabaseConnection}. Their messages go to a log file; a failure is a {@link BackupException} with
 * the first error line. Stateless apart from the program paths.
 */
final class PgClient {
  private final Path pgDump;
  private final Path pgRestore;

  private PgClient(Path pgDump, Path pgRestore) {
    this.pgDump = pgDump;
    this.pgRestore = pgRestore;
  }

  /**
   * @param binDirectory the configured PostgreSQL program directory, or null to search
   */
  static PgClient locate(Path binDirectory) {
    try {
      PostgresBinaries binaries = PostgresBinaries.locate(binDirectory);
      if (Files.isExecutable(binaries.pgDump()) && Files.isExecutable(binaries.pgRestore())) {
        return new PgClient(binaries.pgDump(), binaries.pgRestore());
      }
    } catch (EmbeddedPostgisException e) {
      // Only the client programs are needed here (an external database): look on the PATH.
    }
    Path dump = onPath("pg_dump");
    Path restore = onPath("pg_restore");
    if (dump == null || restore == null) {
      throw new BackupException(
          "pg_dump and pg_restore were not found (Debian/Ubuntu: sudo apt-get install"
              + " postgresql-client, of the server's major version or newer)");
    }
    return new PgClient(dump, restore);
  }

  private static Path onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isBlank() && Files.isExecutable(Path.of(entry, program))) {
        return Path.of(entry, program);
      }
    }
    return null;
  }

  Path pgDump() {
    return pgDump;
  }

  Path pgRestore() {
    return pgRestore;
  }

  /**
   * Runs a program to its end, reporting {@code progress.getAsLong()} to {@code step} twice a
   * second.
   *
   * @return what it wrote to standard output
   * @throws BackupException when it exits with another status than 0
   */
  static String run(
      List<String> command,
      DatabaseConnection connection,
      Path log,
      BackupProgress.Step step,
      LongSupplier progress)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(log.getParent(), "pg-out-", ".txt");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile());
      builder.environment().putAll(connection.libpqEnvironment());
      Process process = builder.start();
      process.getOutputStream().close();
      while (!process.waitFor(500, TimeUnit.MILLISECONDS)) {
        step.stepTo(progress.getAsLong());
      }
      step.stepTo(progress.getAsLong());
      if (process.exitValue() != 0) {
        throw new BackupException(
            Path.of(command.get(0)).getFileName()
                + " failed (exit status "
                + process.exitValue()
                + "): "
                + firstError(log));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** The first line that says "error" (else the first line) of a client program's messages. */
  static String firstError(Path log) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
    lines.removeIf(String::isBlank);
    for (String line : lines) {
      if (line.toLowerCase(Locale.ROOT).contains("error")) {
        return line.strip();
      }
    }
    return lines.isEmpty() ? "no message" : lines.get(0).strip();
  }
}
