package org.sightline.server.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Jdbi;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditChainVerifier;
import org.sightline.server.audit.AuditLog;
import org.sightline.server.audit.AuditVerification;
import org.sightline.server.db.DatabaseMigrator;
import org.sightline.server.db.embedded.PostgisRoles;
import org.sightline.server.evidence.EvidenceStore;
import org.sightline.server.sealing.SealedDataException;
import org.sightline.server.sealing.SealedIdentity;
import org.sightline.server.sealing.Sealer;
import org.sightline.server.sealing.SealingKeys;

/**
 * Restores a backup ({@link BackupWriter}) into an empty instance, in this order, stopping at the
 * first problem:
 *
 * <ol>
 *   <li>{@link #preflight}, before anything is written or a database even started: checks every
 *       file of the backup against the manifest's size and SHA-256 (a tampered or truncated backup
 *       is refused, naming the file), and refuses an evidence directory that holds any file
 *       (evidence is never overwritten);
 *   <li>refuses a target database that holds any table, and a backup of a newer schema than this
 *       Sightline knows;
 *   <li>restores the dump with {@code pg_restore} in one transaction (a failure leaves the database
 *       empty), then checks every table's row count, the schema version and the audit chain up to
 *       the manifest's head against the manifest, and migrates the schema to this version;
 *   <li>copies the evidence files into the store (read-only, as the store keeps them);
 *   <li>verifies: every evidence item's file has the recorded SHA-256, and every sealed witness
 *       identity unseals with the configured keyset; then audits the restore (action {@code
 *       restore}).
 * </ol>
 *
 * Not thread-safe; one restore per instance.
 */
public final class BackupRestorer {
  private final DatabaseConnection database;
  private final PgClient client;
  private final EvidenceStore store;
  private final SealingKeys keys;
  private final BackupProgress progress;

  /** What was restored and verified; {@link #problems()} empty when everything verified. */
  public record Report(
      BackupManifest manifest,
      int tables,
      long rows,
      long auditEvents,
      String schemaVersionAfter,
      long evidenceFiles,
      long evidenceBytes,
      long evidenceItemsVerified,
      long evidenceMissingAtBackup,
      long sealedIdentities,
      long sealedUnsealed,
      Duration took,
      List<String> problems) {
    public Report {
      problems = List.copyOf(problems);
    }
  }

  /**
   * @param database the target database (it must exist), as the role that will own the schema
   * @param binDirectory the PostgreSQL programs' directory, or null to search
   * @param evidenceRoot the target evidence directory (missing or empty)
   * @param keys the keyset the restored instance will run with
   */
  public BackupRestorer(
      DatabaseConnection database,
      Path binDirectory,
      Path evidenceRoot,
      SealingKeys keys,
      BackupProgress progress) {
    this.database = database;
    this.client = PgClient.locate(binDirectory);
    this.store = new EvidenceStore(evidenceRoot, Long.MAX_VALUE);
    this.keys = keys;
    this.progress = progress;
  }

  /**
   * Restores {@code directory}.
   *
   * @throws BackupException when the backup or the target is refused, or a step fails
   */
  public Report restore(Path directory, Actor actor) throws Exception {
    return restore(directory, preflight(directory, store.root(), progress), actor);
  }

  /**
   * The checks that need no database, run before the database is started or touched: the backup's
   * files against its manifest, and the target evidence directory empty.
   *
   * @return the checked manifest
   * @throws BackupException naming the file that does not match, or the evidence found
   */
  public static BackupManifest preflight(Path directory, Path evidenceRoot, BackupProgress progress)
      throws IOException {
    Path source = directory.toAbsolutePath().normalize();
    BackupManifest manifest = BackupManifest.read(source);
    checkFiles(source, manifest, progress);
    refuseEvidence(evidenceRoot.toAbsolutePath().normalize());
    return manifest;
  }

  /**
   * Restores {@code directory}, whose {@code manifest} {@link #preflight} checked.
   *
   * @throws BackupException when the target is refused, or a step fails
   */
  public Report restore(Path directory, BackupManifest manifest, Actor actor) throws Exception {
    long started = System.nanoTime();
    Path source = directory.toAbsolutePath().normalize();
    Jdbi jdbi = database.jdbi();
    refuseNonEmptyTarget(jdbi);
    refuseEvidence(store.root());
    refuseNewerSchema(manifest);

    jdbi.useHandle(
        handle ->
            handle.execute(
                """
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s') THEN
                    CREATE ROLE %s NOLOGIN;
                  END IF;
                END $$"""
                    .formatted(PostgisRoles.APP_GROUP, PostgisRoles.APP_GROUP)));
    restoreDump(source);
    checkRestoredDatabase(jdbi, manifest);
    String schemaAfter =
        String.valueOf(
            DatabaseMigrator.migrate(database.jdbcUrl(), database.user(), database.password())
                .targetSchemaVersion);
    if ("null".equals(schemaAfter)) {
      schemaAfter = manifest.schemaVersion();
    }

    long[] copied = copyEvidence(source, manifest);
    List<String> problems = new ArrayList<>();
    long[] evidence = verifyEvidence(jdbi, manifest, problems);
    long[] sealed = verifySealed(jdbi, problems);
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("backupCreatedAt", manifest.createdAt());
    detail.put("backupAuditHeadSeq", manifest.auditHead().seq());
    detail.put("evidenceItemsVerified", evidence[0]);
    detail.put("sealedIdentitiesUnsealed", sealed[1]);
    detail.put("problems", problems.size());
    new AttributedTransactions(jdbi)
        .useTransaction(
            actor,
            handle -> AuditLog.record(handle, "restore", "database", database.database(), detail));
    long rows = manifest.counts().values().stream().mapToLong(Long::longValue).sum();
    return new Report(
        manifest,
        manifest.counts().size(),
        rows,
        manifest.auditHead().events(),
        schemaAfter,
        copied[0],
        copied[1],
        evidence[0],
        evidence[1],
        sealed[0],
        sealed[1],
        Duration.ofNanos(System.nanoTime() - started),
        problems);
  }

  /** Every file present, of its size and hash; refuses naming the first that is not. */
  private static void checkFiles(Path source, BackupManifest manifest, BackupProgress progress)
      throws IOException {
    long total = 0;
    for (BackupManifest.FileEntry entry : manifest.files()) {
      Path file = inside(source, entry.path());
      if (!Files.isRegularFile(file)) {
        throw new BackupException(
            "refusing to restore: "
                + entry.path()
                + " of the manifest is missing from the backup; nothing was restored");
      }
      long size = Files.size(file);
      if (size != entry.size()) {
        throw new BackupException(
            "refusing to restore: "
                + entry.path()
                + " has "
                + size
                + " bytes, the manifest says "
                + entry.size()
                + " (truncated or altered); nothing was restored");
      }
      total += size;
    }
    long[] done = {0};
    try (BackupProgress.Step step = progress.start("check backup", total, "bytes")) {
      for (BackupManifest.FileEntry entry : manifest.files()) {
        FileHashing.Hashed hashed =
            FileHashing.hash(
                inside(source, entry.path()),
                read -> {
                  done[0] += read;
                  step.stepTo(done[0]);
                });
        if (!hashed.sha256().equals(entry.sha256())) {
          throw new BackupException(
              "refusing to restore: "
                  + entry.path()
                  + " does not match the manifest (SHA-256 "
                  + hashed.sha256()
                  + ", expected "
                  + entry.sha256()
                  + "): the backup was altered or damaged; nothing was restored");
        }
      }
    }
  }

  /** {@code path} of the manifest, which must stay inside the backup directory. */
  private static Path inside(Path source, String path) {
    Path file = source.resolve(path).normalize();
    if (path.isEmpty()
        || Path.of(path).isAbsolute()
        || !file.startsWith(source)
        || file.equals(source)) {
      throw new BackupException(
          "refusing to restore: the manifest names a file outside the backup: " + path);
    }
    return file;
  }

  private void refuseNonEmptyTarget(Jdbi jdbi) {
    List<String> tables = jdbi.withHandle(DatabaseFacts::tables);
    if (!tables.isEmpty()) {
      throw new BackupException(
          "refusing to restore: the database "
              + database.describe()
              + " is not empty ("
              + tables.size()
              + " tables, e.g. "
              + (tables.contains("flyway_schema_history") ? "flyway_schema_history" : tables.get(0))
              + "); restore into a new, empty database");
    }
  }

  private static void refuseEvidence(Path root) throws IOException {
    if (Files.exists(root)) {
      long files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(Files::isRegularFile).count();
      }
      if (files > 0) {
        throw new BackupException(
            "refusing to restore: the evidence directory "
                + root
                + " holds "
                + files
                + " file(s); restore into an empty evidence directory (evidence is never"
                + " overwritten)");
      }
    }
  }

  private void refuseNewerSchema(BackupManifest manifest) {
    if ("none".equals(manifest.schemaVersion())) {
      return;
    }
    MigrationVersion known = MigrationVersion.EMPTY;
    for (MigrationInfo info :
        Flyway.configure()
            .dataSource(database.jdbcUrl(), database.user(), database.password())
            .locations("classpath:db/migration")
            .load()
            .info()
            .all()) {
      if (info.getVersion() != null && info.getVersion().compareTo(known) > 0) {
        known = info.getVersion();
      }
    }
    if (MigrationVersion.fromVersion(manifest.schemaVersion()).compareTo(known) > 0) {
      throw new BackupException(
          "refusing to restore: the backup's schema version "
              + manifest.schemaVersion()
              + " is newer than this Sightline knows ("
              + known
              + "); restore with Sightline "
              + manifest.sightlineVersion()
              + " or newer");
    }
  }

  /**
   * {@code pg_restore} of the dump's table of contents minus the comments on extensions (only the
   * extension's owner may set them), without the original owner (the restoring role owns all), in
   * one transaction.
   */
  private void restoreDump(Path source) throws IOException, InterruptedException {
    Path dump = source.resolve(BackupManifest.DUMP_FILE);
    Path work = Files.createTempDirectory("sightline-restore-");
    try {
      String contents =
          PgClient.run(
              List.of(client.pgRestore().toString(), "--list", dump.toString()),
              database,
              work.resolve("pg_restore-list.log"),
              BackupProgress.Step.NONE,
              () -> 0);
      List<String> kept = new ArrayList<>();
      for (String line : contents.split("\n", -1)) {
        if (!line.contains(" COMMENT - EXTENSION ")) {
          kept.add(line);
        }
      }
      Path list = work.resolve("restore.list");
      Files.write(list, kept, StandardCharsets.UTF_8);
      try (BackupProgress.Step step = progress.start("restore database", -1, "items")) {
        PgClient.run(
            List.of(
                client.pgRestore().toString(),
                "--dbname=" + database.database(),
                "--no-owner",
                "--single-transaction",
                "--exit-on-error",
                "--no-password",
                "--use-list=" + list,
                dump.toString()),
            database,
            work.resolve("pg_restore.log"),
            step,
            () -> 0);
      }
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** Tables, row counts, schema version and audit chain as the manifest recorded them. */
  private static void checkRestoredDatabase(Jdbi jdbi, BackupManifest manifest) {
    jdbi.useHandle(
        handle -> {
          Map<String, Long> counts = DatabaseFacts.counts(handle);
          if (!counts.equals(manifest.counts())) {
            Set<String> tables = new HashSet<>(counts.keySet());
            tables.addAll(manifest.counts().keySet());
            for (String table : tables.stream().sorted().toList()) {
              if (!Objects.equals(counts.get(table), manifest.counts().get(table))) {
                throw new BackupException(
                    "the restored database does not match the manifest: table "
                        + table
                        + " has "
                        + counts.get(table)
                        + " rows, the manifest says "
                        + manifest.counts().get(table));
              }
            }
          }
          String schema = DatabaseFacts.schemaVersion(handle);
          if (!schema.equals(manifest.schemaVersion())) {
            throw new BackupException(
                "the restored database is at schema version "
                    + schema
                    + ", the manifest says "
                    + manifest.schemaVersion());
          }
          BackupManifest.AuditHead head = manifest.auditHead();
          AuditVerification audit =
              head.seq() > 0
                  ? AuditChainVerifier.verify(handle, head.seq(), head.hash())
                  : AuditChainVerifier.verify(handle, null, null);
          if (!audit.intact()) {
            throw new BackupException(
                "AUDIT CHAIN BROKEN in the restored database at seq "
                    + audit.firstBrokenSeq()
                    + ": "
                    + audit.problem());
          }
          if (head.seq() > 0
              && (audit.headSeq() != head.seq() || !audit.headHash().equals(head.hash()))) {
            throw new BackupException(
                "the restored audit chain ends at seq "
                    + audit.headSeq()
                    + ", the manifest's head is seq "
                    + head.seq());
          }
        });
  }

  /** Copies the backup's evidence files into the store; returns {files, bytes}. */
  private long[] copyEvidence(Path source, BackupManifest manifest) throws IOException {
    store.prepare();
    String prefix = BackupManifest.EVIDENCE_DIRECTORY + "/";
    List<BackupManifest.FileEntry> files =
        manifest.files().stream().filter(f -> f.path().startsWith(prefix)).toList();
    long total = files.stream().mapToLong(BackupManifest.FileEntry::size).sum();
    long[] done = {0};
    try (BackupProgress.Step step = progress.start("copy evidence", total, "bytes")) {
      for (BackupManifest.FileEntry file : files) {
        Path target = inside(store.root(), file.path().substring(prefix.length()));
        Files.createDirectories(target.getParent());
        for (Path dir = target.getParent(); !dir.equals(store.root()); dir = dir.getParent()) {
          Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        FileHashing.copy(
            inside(source, file.path()),
            target,
            read -> {
              done[0] += read;
              step.stepTo(done[0]);
            });
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--------"));
      }
    }
    return new long[] {files.size(), total};
  }

  /** Re-hashes every evidence item's file in the store; returns {verified, missing at backup}. */
  private long[] verifyEvidence(Jdbi jdbi, BackupManifest manifest, List<String> problems)
      throws IOException {
    record Item(long id, String sha256, long sizeBytes) {}
    List<Item> items =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT id, sha256, size_bytes FROM evidence_item ORDER BY id")
                    .map((rs, ctx) -> new Item(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                    .list());
    Set<String> missingAtBackup = new HashSet<>(manifest.evidenceMissingAtBackup());
    long total = items.stream().mapToLong(Item::sizeBytes).sum();
    long verified = 0;
    long excused = 0;
    long done = 0;
    try (BackupProgress.Step step = progress.start("verify evidence", total, "bytes")) {
      for (Item item : items) {
        if (missingAtBackup.contains(item.sha256())) {
          excused++;
          continue;
        }
        String actual = store.rehash(item.sha256());
        if (actual.isEmpty()) {
          problems.add(
              "evidence item " + item.id() + ": its file " + item.sha256() + " is missing");
        } else if (!actual.equals(item.sha256())) {
          problems.add(
              "evidence item "
                  + item.id()
                  + ": its file hashes to "
                  + actual
                  + ", the database records "
                  + item.sha256());
        } else {
          verified++;
        }
        done += item.sizeBytes();
        step.stepTo(done);
      }
    }
    return new long[] {verified, excused};
  }

  /** Unseals every sealed witness identity; returns {sealed, unsealed}. */
  private long[] verifySealed(Jdbi jdbi, List<String> problems) {
    record Sealed(long witnessId, SealedIdentity identity, String malformed) {}
    List<Sealed> rows =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT witness_id, sealed FROM witness_identity ORDER BY id")
                    .map(
                        (rs, ctx) -> {
                          try {
                            return new Sealed(
                                rs.getLong(1), SealedIdentity.of(rs.getBytes(2)), null);
                          } catch (SealedDataException e) {
                            return new Sealed(rs.getLong(1), null, e.getMessage());
                          }
                        })
                    .list());
    Sealer sealer = new Sealer(keys);
    long unsealed = 0;
    String firstFailure = null;
    try (BackupProgress.Step step = progress.start("unseal", rows.size(), "items")) {
      for (Sealed row : rows) {
        try {
          if (row.identity() == null) {
            throw new SealedDataException(row.malformed());
          }
          sealer.unsealIdentity(row.identity(), "witness:" + row.witnessId());
          unsealed++;
        } catch (SealedDataException e) {
          if (firstFailure == null) {
            firstFailure = e.getMessage();
          }
        }
        step.stepTo(unsealed);
      }
    }
    if (unsealed < rows.size()) {
      problems.add(
          "THE SEALING KEYSET ("
              + keys.source()
              + ") CANNOT OPEN "
              + (rows.size() - unsealed)
              + " of "
              + rows.size()
              + " sealed witness identities: "
              + firstFailure
              + " Configure the keyset that sealed them (sealing.keysetFile) before starting the"
              + " server");
    }
    return new long[] {rows.size(), unsealed};
  }
}
