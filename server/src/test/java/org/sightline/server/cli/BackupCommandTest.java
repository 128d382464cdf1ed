package org.sightline.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditChainVerifier;
import org.sightline.server.audit.AuditVerification;
import org.sightline.server.backup.BackupManifest;
import org.sightline.server.evidence.EvidenceCustody;
import org.sightline.server.evidence.EvidenceStore;
import org.sightline.server.evidence.Intake;
import org.sightline.server.sample.RegistryAdditions;
import org.sightline.server.sample.SampleDataLoader;
import org.sightline.server.sample.SampleFacilities;
import org.sightline.server.sealing.IdentityFingerprints;
import org.sightline.server.sealing.SealedIdentity;
import org.sightline.server.sealing.Sealer;
import org.sightline.server.sealing.SealingKeys;
import org.sightline.server.testimony.Organisations;
import org.sightline.server.testimony.WitnessEdit;
import org.sightline.server.testimony.WitnessIdentities;
import org.sightline.server.testimony.WitnessView;
import org.sightline.server.testimony.Witnesses;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestKeysets;
import org.sightline.server.testing.TestPostgis;

/**
 * {@code backup create} and {@code backup restore} through the command line, on one populated
 * database of the test cluster (sample facilities, two evidence files, two witnesses with sealed
 * identities, their audit trail) backed up once: restored into new empty databases and evidence
 * directories, and refused when the backup was altered or the target is not empty. The runs go
 * through Dropwizard's {@code Cli} in this JVM, where a returned failure is what makes the
 * application exit with status 1 (CommandLineExitTest checks that in separate JVMs).
 */
@Tag("postgis")
class BackupCommandTest {
  private static final Actor INVESTIGATOR = new Actor("user:backup-investigator");
  private static final byte[] PHOTO =
      "not really a JPEG, but evidence all the same".getBytes(StandardCharsets.UTF_8);
  private static final byte[] REPORT =
      "a report, in plain text\n".repeat(200).getBytes(StandardCharsets.UTF_8);

  private static TestDatabase source;
  private static Path keyset;
  private static Path work;
  private static Path backup;
  private static String backupOut;
  private static List<String> evidenceHashes;

  @BeforeAll
  static void populateAndBackUp() throws Exception {
    source = TestPostgis.freshDatabase();
    work = Files.createTempDirectory("sightline-backup-test-");
    keyset = TestKeysets.fresh();
    SealingKeys keys = SealingKeys.read(keyset);
    Jdbi app = source.appJdbi();
    SampleDataLoader loader = new SampleDataLoader(app);
    loader.load(SampleFacilities.load(new ObjectMapper()));
    loader.apply(RegistryAdditions.load(new ObjectMapper()));

    Path evidence = work.resolve("source-evidence");
    EvidenceStore store = new EvidenceStore(evidence, 1 << 20);
    store.prepare();
    AttributedTransactions transactions = new AttributedTransactions(app);
    EvidenceCustody custody = new EvidenceCustody(transactions, store, Clock.systemUTC());
    Intake photo =
        custody.receive(
            INVESTIGATOR, new ByteArrayInputStream(PHOTO), "witness-photo.jpg", "image/jpeg", null);
    Intake report =
        custody.receive(
            INVESTIGATOR, new ByteArrayInputStream(REPORT), "report.txt", "text/plain", "a report");
    evidenceHashes = List.of(photo.item().sha256(), report.item().sha256());

    new Organisations(transactions)
        .add(INVESTIGATOR, new Organisations.Edit("backup-centre", "Backup Centre", null));
    Witnesses witnesses =
        new Witnesses(
            transactions,
            new WitnessIdentities(transactions, new Sealer(keys), new IdentityFingerprints(keys)));
    for (String name : List.of("Kim Backup", "Lee Restore")) {
      WitnessView witness =
          witnesses.record(
              INVESTIGATOR,
              new WitnessEdit(
                  "backup-centre",
                  "shareable",
                  "female",
                  1960,
                  "north-hamgyong",
                  List.of("former-prisoner"),
                  null,
                  new WitnessEdit.IdentityEdit(
                      name,
                      List.of(),
                      List.of("+82 10-1234-5678"),
                      "1962-07-08",
                      photo.item().sha256())));
      assertThat(witness.id()).isPositive();
    }

    backup = work.resolve("backup");
    CommandLineTest.Run created =
        CommandLineTest.run(
            null,
            "backup",
            "create",
            config(source, evidence, keyset).toString(),
            backup.toString());
    assertThat(created.failure()).as("%s%s", created.out(), created.err()).isEmpty();
    backupOut = created.out();
  }

  /** A configuration on {@code database} (owner and server role) with its evidence and keyset. */
  private static Path config(TestDatabase database, Path evidence, Path keysetFile)
      throws IOException {
    Path file = Files.createTempFile(work, "config-", ".yml");
    Files.writeString(
        file,
        """
        database:
          driverClass: org.postgresql.Driver
          url: %s
          user: %s
          password: %s
        schemaOwner:
          user: %s
          password: %s
        loadSampleData: false
        evidence:
          directory: %s
        sealing:
          keysetFile: %s
        logging:
          level: WARN
        """
            .formatted(
                database.jdbcUrl(),
                database.appUser(),
                database.appPassword(),
                database.user(),
                database.password(),
                evidence,
                keysetFile),
        StandardCharsets.UTF_8);
    return file;
  }

  /** A failure: reported, with {@code reason} in one line of standard error. */
  private static void assertRefused(CommandLineTest.Run run, String reason) {
    assertThat(run.failure()).as("fails; out: %s", run.out()).isPresent();
    assertThat(run.err().lines().count()).as("one line: %s", run.err()).isEqualTo(1);
    assertThat(run.err()).startsWith("sightline backup: ").contains(reason);
  }

  private static Map<String, Long> counts(Jdbi jdbi) {
    Map<String, Long> counts = new TreeMap<>();
    jdbi.useHandle(
        h -> {
          for (String table :
              h.createQuery(
                      """
                      SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'spatial_ref_sys'""")
                  .mapTo(String.class)
                  .list()) {
            counts.put(
                table,
                h.createQuery("SELECT count(*) FROM public.\"" + table + "\"")
                    .mapTo(Long.class)
                    .one());
          }
        });
    return counts;
  }

  private static long regularFiles(Path root) throws IOException {
    if (!Files.exists(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void theBackupHoldsTheDumpTheEvidenceAndAManifestButNeverTheKeyset() throws Exception {
    BackupManifest manifest = BackupManifest.read(backup);
    assertThat(manifest.format()).isEqualTo(BackupManifest.FORMAT);
    assertThat(manifest.sightlineVersion()).isNotBlank().isNotEqualTo("unknown");
    assertThat(manifest.files())
        .extracting(BackupManifest.FileEntry::path)
        .contains(BackupManifest.DUMP_FILE)
        .contains(
            "evidence/sha256/"
                + evidenceHashes.get(0).substring(0, 2)
                + "/"
                + evidenceHashes.get(0).substring(2, 4)
                + "/"
                + evidenceHashes.get(0))
        .noneMatch(path -> path.contains("keyset"));
    assertThat(manifest.files()).hasSize(3);
    assertThat(Files.exists(backup.resolve(BackupManifest.KEYSET_FILE))).isFalse();
    assertThat(manifest.counts())
        .containsEntry("evidence_item", 2L)
        .containsEntry("witness_identity", 2L);
    assertThat(manifest.counts().get("facility")).isPositive();
    AuditVerification chain = new AuditChainVerifier(source.jdbi()).verify();
    assertThat(manifest.auditHead().seq()).isEqualTo(chain.headSeq()).isPositive();
    assertThat(manifest.auditHead().hash()).isEqualTo(chain.headHash());
    String schemaVersion =
        source
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")
                        .mapTo(String.class)
                        .one());
    assertThat(manifest.schemaVersion()).isEqualTo(schemaVersion);
    List<String> backupActors =
        source
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT actor FROM audit_event WHERE action = 'backup' AND entity_type = 'database'")
                        .mapTo(String.class)
                        .list());
    assertThat(backupActors)
        .as("the backup itself is audited")
        .singleElement()
        .asString()
        .startsWith("cli:");
    assertThat(backupOut)
        .contains("Backup written to " + backup)
        .contains("audit chain head: seq " + chain.headSeq() + " hash " + chain.headHash())
        .contains(BackupCommand.KEYSET_NOT_INCLUDED);

    CommandLineTest.Run again =
        CommandLineTest.run(
            null,
            "backup",
            "create",
            config(source, work.resolve("source-evidence"), keyset).toString(),
            backup.toString());
    assertRefused(again, "refusing to write the backup: " + backup + " is not empty");

    Path withKeyset = work.resolve("backup-with-keyset");
    CommandLineTest.Run included =
        CommandLineTest.run(
            null,
            "backup",
            "create",
            config(source, work.resolve("source-evidence"), keyset).toString(),
            withKeyset.toString(),
            "--include-keyset",
            keyset.toString());
    assertThat(included.failure()).as(included.err()).isEmpty();
    assertThat(included.out()).contains("WARNING: THIS BACKUP HOLDS THE SEALING KEYSET");
    assertThat(Files.readString(withKeyset.resolve(BackupManifest.KEYSET_FILE)))
        .isEqualTo(Files.readString(keyset));
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(withKeyset.resolve(BackupManifest.KEYSET_FILE))))
        .isEqualTo("rw-------");
    assertThat(BackupManifest.read(withKeyset).sealingKeysetIncluded()).isTrue();
  }

  @Test
  void aRestoreIntoAnEmptyInstanceHasEveryRowAnIntactChainTheEvidenceAndOpenableSealedData()
      throws Exception {
    TestDatabase target = TestPostgis.emptyDatabase();
    Path evidence = work.resolve("restored-evidence");
    CommandLineTest.Run restored =
        CommandLineTest.run(
            null,
            "backup",
            "restore",
            config(target, evidence, keyset).toString(),
            backup.toString());
    assertThat(restored.failure()).as("%s%s", restored.out(), restored.err()).isEmpty();
    assertThat(restored.out())
        .contains("audit chain: intact")
        .contains("2 evidence item(s) verified by SHA-256")
        .contains("sealed witness identities: 2 of 2 unsealed with the configured keyset")
        .contains("Verified.");

    BackupManifest manifest = BackupManifest.read(backup);
    Map<String, Long> before = manifest.counts();
    Map<String, Long> after = counts(target.jdbi());
    assertThat(after.keySet()).isEqualTo(before.keySet()).isEqualTo(counts(source.jdbi()).keySet());
    for (String table : before.keySet()) {
      long expected = before.get(table) + (table.equals("audit_event") ? 1 : 0);
      assertThat(after.get(table))
          .as("rows of %s (the restore is audited)", table)
          .isEqualTo(expected);
    }
    AuditVerification chain = new AuditChainVerifier(target.jdbi()).verify();
    assertThat(chain.intact()).as(chain.problem()).isTrue();
    assertThat(
            new AuditChainVerifier(target.jdbi())
                .verify(manifest.auditHead().seq(), manifest.auditHead().hash())
                .intact())
        .as("the chain goes through the backup's head")
        .isTrue();
    String lastAction =
        target
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT action FROM audit_event ORDER BY seq DESC LIMIT 1")
                        .mapTo(String.class)
                        .one());
    assertThat(lastAction).isEqualTo("restore");

    EvidenceStore store = new EvidenceStore(evidence, 1 << 20);
    for (String hash : evidenceHashes) {
      assertThat(store.rehash(hash)).isEqualTo(hash);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.pathOf(hash))))
          .isEqualTo("r--------");
    }
    assertThat(Files.readAllBytes(store.pathOf(evidenceHashes.get(0)))).isEqualTo(PHOTO);

    Sealer sealer = new Sealer(SealingKeys.read(keyset));
    List<String> names = new ArrayList<>();
    target
        .jdbi()
        .useHandle(
            h ->
                h.createQuery("SELECT witness_id, sealed FROM witness_identity ORDER BY id")
                    .map(
                        (rs, ctx) ->
                            sealer
                                .unsealIdentity(
                                    SealedIdentity.of(rs.getBytes(2)), "witness:" + rs.getLong(1))
                                .fullName())
                    .forEach(names::add));
    assertThat(names).containsExactly("Kim Backup", "Lee Restore");
  }

  @Test
  void anotherKeysetCannotOpenTheRestoredSealedDataAndTheRestoreSaysSo() throws Exception {
    TestDatabase target = TestPostgis.emptyDatabase();
    Path otherKeyset = TestKeysets.fresh();
    CommandLineTest.Run restored =
        CommandLineTest.run(
            null,
            "backup",
            "restore",
            config(target, work.resolve("evidence-other-keyset"), otherKeyset).toString(),
            backup.toString());
    assertRefused(
        restored,
        "restored, but verification failed: THE SEALING KEYSET ("
            + otherKeyset
            + ") CANNOT OPEN 2 of 2 sealed witness identities");
    assertThat(restored.err()).contains("is this the keyset that sealed it?");
    assertThat(restored.out()).contains("sealed witness identities: 0 of 2 unsealed");
  }

  @Test
  void anAlteredOrTruncatedBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path altered = copyOfBackup("altered");
    Path photo =
        altered
            .resolve("evidence/sha256")
            .resolve(evidenceHashes.get(0).substring(0, 2))
            .resolve(evidenceHashes.get(0).substring(2, 4))
            .resolve(evidenceHashes.get(0));
    byte[] bytes = Files.readAllBytes(photo);
    bytes[0] ^= 1;
    Files.write(photo, bytes);
    TestDatabase target = TestPostgis.emptyDatabase();
    Path evidence = work.resolve("evidence-altered");
    Path config = config(target, evidence, keyset);
    CommandLineTest.Run refused =
        CommandLineTest.run(null, "backup", "restore", config.toString(), altered.toString());
    assertRefused(
        refused,
        "refusing to restore: evidence/sha256/"
            + evidenceHashes.get(0).substring(0, 2)
            + "/"
            + evidenceHashes.get(0).substring(2, 4)
            + "/"
            + evidenceHashes.get(0)
            + " does not match the manifest");
    assertThat(refused.err()).contains("nothing was restored");
    assertThat(counts(target.jdbi())).as("the target database is untouched").isEmpty();
    assertThat(regularFiles(evidence)).as("no evidence file written").isZero();

    Path truncated = copyOfBackup("truncated");
    Path dump = truncated.resolve(BackupManifest.DUMP_FILE);
    long size = Files.size(dump);
    try (var channel = Files.newByteChannel(dump, StandardOpenOption.WRITE)) {
      channel.truncate(size / 2);
    }
    CommandLineTest.Run cut =
        CommandLineTest.run(null, "backup", "restore", config.toString(), truncated.toString());
    assertRefused(
        cut,
        "refusing to restore: database.dump has "
            + size / 2
            + " bytes, the manifest says "
            + size
            + " (truncated or altered); nothing was restored");
    assertThat(counts(target.jdbi())).isEmpty();
  }

  @Test
  void aTargetThatIsNotEmptyIsRefused() throws Exception {
    CommandLineTest.Run populated =
        CommandLineTest.run(
            null,
            "backup",
            "restore",
            config(TestPostgis.freshDatabase(), work.resolve("evidence-populated"), keyset)
                .toString(),
            backup.toString());
    assertRefused(populated, "refusing to restore: the database ");
    assertThat(populated.err())
        .contains("is not empty (")
        .contains("e.g. flyway_schema_history); restore into a new, empty database");

    Path evidence = work.resolve("evidence-not-empty");
    Files.createDirectories(evidence.resolve("sha256"));
    Files.writeString(evidence.resolve("sha256").resolve("left-over"), "x");
    TestDatabase target = TestPostgis.emptyDatabase();
    CommandLineTest.Run refused =
        CommandLineTest.run(
            null,
            "backup",
            "restore",
            config(target, evidence, keyset).toString(),
            backup.toString());
    assertRefused(
        refused,
        "refusing to restore: the evidence directory "
            + evidence
            + " holds 1 file(s); restore into an empty evidence directory (evidence is never"
            + " overwritten)");
    assertThat(counts(target.jdbi())).isEmpty();
    assertThat(Files.readString(evidence.resolve("sha256").resolve("left-over"))).isEqualTo("x");
  }

  private static Path copyOfBackup(String name) throws IOException {
    Path copy = work.resolve(name);
    try (Stream<Path> files = Files.walk(backup)) {
      for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = copy.resolve(backup.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }
}
