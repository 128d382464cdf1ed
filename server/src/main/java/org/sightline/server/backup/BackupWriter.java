package org.sightline.server.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditChainVerifier;
import org.sightline.server.audit.AuditLog;
import org.sightline.server.audit.AuditVerification;

/**
 * Writes a backup of a running or stopped instance into a new directory: {@value
 * BackupManifest#DUMP_FILE} ({@code pg_dump -Fc}), {@code evidence/sha256/..} (the evidence files
 * copied as stored, not compressed again) and {@value BackupManifest#FILE}. The dump, the counts,
 * the schema version and the audit head all come from one exported snapshot ({@code
 * pg_export_snapshot}), so the manifest describes exactly what was dumped even while the server
 * keeps writing. The backup itself is audited first (action {@code backup}): a backup is a copy of
 * everything. The sealing keyset is left out unless a file is named to include. Not thread-safe;
 * one backup per instance.
 */
public final class BackupWriter {
  private final DatabaseConnection database;
  private final PgClient client;
  private final Path evidenceRoot;
  private final Clock clock;
  private final BackupProgress progress;

  /** What was written. */
  public record Result(
      Path directory,
      BackupManifest manifest,
      String manifestSha256,
      long dumpBytes,
      long evidenceFiles,
      long evidenceBytes,
      Duration took,
      List<String> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * @param database the database, as its owner
   * @param binDirectory the PostgreSQL programs' directory, or null to search
   * @param evidenceRoot the evidence store's directory
   */
  public BackupWriter(
      DatabaseConnection database,
      Path binDirectory,
      Path evidenceRoot,
      Clock clock,
      BackupProgress progress) {
    this.database = database;
    this.client = PgClient.locate(binDirectory);
    this.evidenceRoot = evidenceRoot.toAbsolutePath().normalize();
    this.clock = clock;
    this.progress = progress;
  }

  /**
   * Writes the backup.
   *
   * @param directory a new or empty directory
   * @param keysetToInclude a sealing keyset file to copy into the backup, or null (the default)
   * @throws BackupException when the directory is not empty or a step fails
   */
  public Result write(Path directory, Path keysetToInclude, Actor actor) throws Exception {
    long started = System.nanoTime();
    Path target = directory.toAbsolutePath().normalize();
    prepareDirectory(target);
    if (keysetToInclude != null && !Files.isRegularFile(keysetToInclude)) {
      throw new BackupException("--include-keyset: no such file " + keysetToInclude);
    }
    List<String> warnings = new ArrayList<>();
    Jdbi jdbi = database.jdbi();
    new AttributedTransactions(jdbi)
        .useTransaction(
            actor,
            handle ->
                AuditLog.record(
                    handle,
                    "backup",
                    "database",
                    database.database(),
                    Map.of(
                        "directory",
                        target.toString(),
                        "sealingKeysetIncluded",
                        keysetToInclude != null)));
    Path dump = target.resolve(BackupManifest.DUMP_FILE);
    Snapshot snapshot =
        jdbi.inTransaction(
            TransactionIsolationLevel.REPEATABLE_READ,
            handle -> {
              handle.execute("SET TRANSACTION READ ONLY");
              String id =
                  handle.createQuery("SELECT pg_export_snapshot()").mapTo(String.class).one();
              Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
              AuditVerification audit = AuditChainVerifier.verify(handle, null, null);
              Snapshot taken =
                  new Snapshot(
                      at,
                      DatabaseFacts.schemaVersion(handle),
                      DatabaseFacts.postgresVersion(handle),
                      audit,
                      DatabaseFacts.counts(handle),
                      new LinkedHashSet<>(
                          handle
                              .createQuery("SELECT sha256 FROM evidence_item ORDER BY id")
                              .mapTo(String.class)
                              .list()));
              try (BackupProgress.Step step = progress.start("dump", -1, "bytes")) {
                PgClient.run(
                    List.of(
                        client.pgDump().toString(),
                        "--format=custom",
                        "--snapshot=" + id,
                        "--no-password",
                        "--file=" + dump),
                    database,
                    target.resolve("pg_dump.log"),
                    step,
                    () -> sizeOf(dump));
              }
              return taken;
            });
    Files.deleteIfExists(target.resolve("pg_dump.log"));
    if (!snapshot.audit().intact()) {
      warnings.add(
          "THE AUDIT CHAIN IS BROKEN at seq "
              + snapshot.audit().firstBrokenSeq()
              + " ("
              + snapshot.audit().problem()
              + "): backed up as it is; investigate before relying on it");
    }

    List<Path> evidenceFiles = evidenceFiles();
    long evidenceTotal = 0;
    for (Path file : evidenceFiles) {
      evidenceTotal += Files.size(file);
    }
    List<BackupManifest.FileEntry> entries = new ArrayList<>();
    Set<String> held = new LinkedHashSet<>();
    long[] done = {0};
    try (BackupProgress.Step step = progress.start("evidence", evidenceTotal, "bytes")) {
      for (Path file : evidenceFiles) {
        String relative =
            BackupManifest.EVIDENCE_DIRECTORY
                + "/"
                + evidenceRoot.relativize(file).toString().replace('\\', '/');
        Path copy = target.resolve(relative);
        Files.createDirectories(copy.getParent());
        FileHashing.Hashed hashed =
            FileHashing.copy(
                file,
                copy,
                read -> {
                  done[0] += read;
                  step.stepTo(done[0]);
                });
        String name = file.getFileName().toString();
        if (!hashed.sha256().equals(name)) {
          warnings.add(
              "evidence file "
                  + file
                  + " does not match its name (its SHA-256 is "
                  + hashed.sha256()
                  + "): copied as it is; the restore will report it");
        }
        held.add(name);
        entries.add(new BackupManifest.FileEntry(relative, hashed.size(), hashed.sha256()));
      }
    }
    List<String> missing = new ArrayList<>();
    for (String sha256 : snapshot.evidence()) {
      if (!held.contains(sha256)) {
        missing.add(sha256);
      }
    }
    if (!missing.isEmpty()) {
      warnings.add(
          missing.size()
              + " evidence item(s) have no file in the evidence store "
              + evidenceRoot
              + " (e.g. "
              + missing.get(0)
              + "): listed in the manifest as missing at backup time");
    }

    long dumpBytes = Files.size(dump);
    long[] hashedBytes = {0};
    FileHashing.Hashed dumpHash;
    try (BackupProgress.Step step = progress.start("hash dump", dumpBytes, "bytes")) {
      dumpHash =
          FileHashing.hash(
              dump,
              read -> {
                hashedBytes[0] += read;
                step.stepTo(hashedBytes[0]);
              });
    }
    entries.add(
        0,
        new BackupManifest.FileEntry(BackupManifest.DUMP_FILE, dumpHash.size(), dumpHash.sha256()));
    if (keysetToInclude != null) {
      Path copy = target.resolve(BackupManifest.KEYSET_FILE);
      Files.createFile(
          copy, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      FileHashing.Hashed keyset = FileHashing.copy(keysetToInclude, copy, read -> {});
      entries.add(
          new BackupManifest.FileEntry(BackupManifest.KEYSET_FILE, keyset.size(), keyset.sha256()));
    }

    AuditVerification audit = snapshot.audit();
    BackupManifest manifest =
        new BackupManifest(
            BackupManifest.FORMAT,
            snapshot.at().toString(),
            BackupManifest.currentSightlineVersion(),
            snapshot.schemaVersion(),
            snapshot.postgresVersion(),
            new BackupManifest.AuditHead(
                audit.intact() ? audit.headSeq() : 0,
                audit.intact() ? audit.headHash() : "",
                audit.eventsChecked()),
            snapshot.counts(),
            entries,
            missing,
            keysetToInclude != null);
    byte[] json = manifest.toJson();
    Files.write(target.resolve(BackupManifest.FILE), json);
    String manifestSha256 = HexFormat.of().formatHex(FileHashing.sha256().digest(json));
    return new Result(
        target,
        manifest,
        manifestSha256,
        dumpBytes,
        evidenceFiles.size(),
        evidenceTotal,
        Duration.ofNanos(System.nanoTime() - started),
        warnings);
  }

  private record Snapshot(
      Instant at,
      String schemaVersion,
      String postgresVersion,
      AuditVerification audit,
      Map<String, Long> counts,
      Set<String> evidence) {}

  private static void prepareDirectory(Path target) throws IOException {
    if (Files.exists(target)) {
      if (!Files.isDirectory(target)) {
        throw new BackupException(target + " exists and is not a directory; name a new directory");
      }
      try (Stream<Path> entries = Files.list(target)) {
        if (entries.findAny().isPresent()) {
          throw new BackupException(
              "refusing to write the backup: "
                  + target
                  + " is not empty; name a new or empty directory");
        }
      }
    } else {
      Files.createDirectories(target);
    }
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
  }

  /**
   * The stored evidence files ({@code sha256/..}); not {@code incoming/}, which holds partial
   * uploads.
   */
  private List<Path> evidenceFiles() throws IOException {
    Path stored = evidenceRoot.resolve("sha256");
    if (!Files.isDirectory(stored)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(stored)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
