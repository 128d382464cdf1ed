package org.sightline.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditChainVerifier;
import org.sightline.server.sealing.IdentityFingerprints;
import org.sightline.server.sealing.SealedIdentity;
import org.sightline.server.sealing.Sealer;
import org.sightline.server.sealing.SealingKeys;
import org.sightline.server.sealing.WitnessIdentity;
import org.sightline.server.testimony.Organisations;
import org.sightline.server.testimony.WitnessEdit;
import org.sightline.server.testimony.WitnessIdentities;
import org.sightline.server.testimony.WitnessView;
import org.sightline.server.testimony.Witnesses;
import org.sightline.server.testing.CommandLineConfig;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestKeysets;
import org.sightline.server.testing.TestPostgis;

/**
 * {@code keys usage} and {@code keys reseal} on a real database: identities sealed with a first key
 * (one of them edited, so a superseded row too), the keyset rotated, one more identity sealed with
 * the new key; then every row, live or superseded, is re-sealed with the primary key, reads back
 * the same, no longer opens with the first key alone, and the change is audited without ciphertext.
 * A second run has nothing to do. See docs/OPERATIONS.md, "Rotating the sealing key".
 */
@Tag("postgis")
class KeysResealCommandTest {
  private static final Actor INVESTIGATOR = new Actor("user:reseal-investigator");

  @SuppressWarnings("ArrayRecordComponent") // compared field by field below
  private record Row(long witnessId, byte[] sealed, long keyId, boolean live) {}

  @Test
  void resealMovesEveryIdentityRowToThePrimaryKeyInOneAuditedStep() throws Exception {
    TestDatabase database = TestPostgis.freshDatabase();
    Path config = CommandLineConfig.write(database);
    Path keyset = TestKeysets.fresh();
    Path firstKeyOnly = Files.createTempFile("sightline-first-keyset-", ".json");
    Files.copy(keyset, firstKeyOnly, StandardCopyOption.REPLACE_EXISTING);
    SealingKeys first = SealingKeys.read(keyset);
    Jdbi app = database.appJdbi();
    AttributedTransactions transactions = new AttributedTransactions(app);
    new Organisations(transactions)
        .add(INVESTIGATOR, new Organisations.Edit("reseal-centre", "Reseal Centre", null));

    WitnessView kim = witnesses(transactions, first).record(INVESTIGATOR, edit("Kim Old-key"));
    witnesses(transactions, first).record(INVESTIGATOR, edit("Lee Old-key"));
    witnesses(transactions, first)
        .replace(INVESTIGATOR, kim.id(), kim.version(), edit("Kim Edited Old-key"));

    CommandLineTest.Run rotated =
        CommandLineTest.run(null, "keys", "rotate", config.toString(), keyset.toString());
    assertThat(rotated.failure()).as(rotated.err()).isEmpty();
    SealingKeys rotatedKeys = SealingKeys.read(keyset);
    witnesses(transactions, rotatedKeys).record(INVESTIGATOR, edit("Park New-key"));
    String oldKey = SealingKeys.keyIdText(first.primaryAeadKeyId());
    String newKey = SealingKeys.keyIdText(rotatedKeys.primaryAeadKeyId());

    CommandLineTest.Run before =
        CommandLineTest.run(null, "keys", "usage", config.toString(), keyset.toString());
    assertThat(before.failure()).as(before.err()).isEmpty();
    assertThat(before.out())
        .contains("AEAD key " + oldKey + ": 3  (older key")
        .contains("AEAD key " + newKey + ": 1  (primary)");
    List<Row> original = rows(database);

    // The old key cannot be retired while rows use it, nor the primary one ever.
    CommandLineTest.Run early =
        CommandLineTest.run(
            null, "keys", "retire", config.toString(), keyset.toString(), "--key", oldKey);
    assertThat(early.failure()).isPresent();
    assertThat(early.err().strip())
        .isEqualTo(
            "sightline keys: 3 witness identity rows are still sealed with key "
                + oldKey
                + ": run 'keys reseal' first (removing the key now would lose them for ever)");
    CommandLineTest.Run primary =
        CommandLineTest.run(
            null, "keys", "retire", config.toString(), keyset.toString(), "--key", newKey);
    assertThat(primary.err().strip())
        .isEqualTo(
            "sightline keys: AEAD key "
                + newKey
                + " is the primary key: rotate first, then re-seal");
    assertThat(SealingKeys.read(keyset).aeadKeyIds()).hasSize(2);
    long auditBefore = auditEvents(database);

    CommandLineTest.Run resealed =
        CommandLineTest.run(null, "keys", "reseal", config.toString(), keyset.toString());
    assertThat(resealed.failure()).as(resealed.err()).isEmpty();
    assertThat(resealed.out())
        .contains(
            "Re-sealed 3 witness identity rows (2 live, 1 superseded) with the primary key "
                + newKey
                + " (key "
                + oldKey
                + ": 3)")
        .contains("Backups made before this still do");

    List<Row> after = rows(database);
    assertThat(after).hasSameSizeAs(original);
    Sealer current = new Sealer(rotatedKeys);
    Sealer firstOnly = new Sealer(SealingKeys.read(firstKeyOnly));
    for (int i = 0; i < after.size(); i++) {
      Row was = original.get(i);
      Row now = after.get(i);
      String recordId = "witness:" + now.witnessId();
      assertThat(now.keyId()).isEqualTo(rotatedKeys.primaryAeadKeyId());
      assertThat(now.live()).isEqualTo(was.live());
      WitnessIdentity identity = current.unsealIdentity(SealedIdentity.of(now.sealed()), recordId);
      assertThat(identity)
          .isEqualTo(current.unsealIdentity(SealedIdentity.of(was.sealed()), recordId));
      if (was.keyId() == first.primaryAeadKeyId()) {
        assertThat(now.sealed()).isNotEqualTo(was.sealed());
        assertThatThrownBy(
                () -> firstOnly.unsealIdentity(SealedIdentity.of(now.sealed()), recordId))
            .as("the first key alone no longer opens row %d", i)
            .isInstanceOf(RuntimeException.class);
      } else {
        assertThat(now.sealed())
            .as("a row the primary key sealed is left alone")
            .isEqualTo(was.sealed());
      }
    }

    // Audited: one reseal event with the counts, and each row's key change without ciphertext.
    List<String> events =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT action || ' ' || entity_type || ' ' || coalesce(detail::text, '')"
                                + " FROM audit_event WHERE seq > :seq ORDER BY seq")
                        .bind("seq", auditBefore)
                        .mapTo(String.class)
                        .list());
    assertThat(events).filteredOn(e -> e.startsWith("reseal witness_identity")).hasSize(1);
    assertThat(events.stream().filter(e -> e.startsWith("reseal ")).findFirst().orElseThrow())
        .contains("\"live\": 2")
        .contains("\"superseded\": 1")
        .contains(oldKey);
    assertThat(events).filteredOn(e -> e.startsWith("update witness_identity")).hasSize(3);
    List<String> versions =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT state::text FROM record_version WHERE table_name ="
                                + " 'witness_identity' AND audit_seq > :seq ORDER BY audit_seq")
                        .bind("seq", auditBefore)
                        .mapTo(String.class)
                        .list());
    assertThat(versions)
        .as("each row's new version is kept, with its key and without its ciphertext")
        .hasSize(3)
        .allSatisfy(
            state ->
                assertThat(state)
                    .contains("\"key_id\": " + rotatedKeys.primaryAeadKeyId())
                    .doesNotContain("\"sealed\""));
    assertThat(database.jdbi().withHandle(h -> AuditChainVerifier.verify(h, null, null)).intact())
        .isTrue();

    CommandLineTest.Run again =
        CommandLineTest.run(null, "keys", "reseal", config.toString(), keyset.toString());
    assertThat(again.failure()).as(again.err()).isEmpty();
    assertThat(again.out())
        .contains("already uses the primary key " + newKey + "; nothing to re-seal");
    CommandLineTest.Run usage =
        CommandLineTest.run(null, "keys", "usage", config.toString(), keyset.toString());
    assertThat(usage.out())
        .contains("AEAD key " + newKey + ": 4  (primary)")
        .contains("AEAD key " + oldKey + ": 0  (no row needs it");

    // Now the old key can go: the keyset keeps only the new one, every row still opens with it,
    // and the removal is audited.
    CommandLineTest.Run retired =
        CommandLineTest.run(
            null, "keys", "retire", config.toString(), keyset.toString(), "--key", oldKey);
    assertThat(retired.failure()).as(retired.err()).isEmpty();
    assertThat(retired.out()).contains("removed AEAD key " + oldKey);
    SealingKeys remaining = SealingKeys.read(keyset);
    assertThat(remaining.aeadKeyIds()).containsExactly(rotatedKeys.primaryAeadKeyId());
    assertThat(remaining.prfKeyId()).isEqualTo(first.prfKeyId());
    Sealer newOnly = new Sealer(remaining);
    for (Row row : rows(database)) {
      assertThat(
              newOnly.unsealIdentity(SealedIdentity.of(row.sealed()), "witness:" + row.witnessId()))
          .isNotNull();
    }
    int retireEvents =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT count(*) FROM audit_event WHERE action = 'retire-key'"
                                + " AND entity_id = :key")
                        .bind("key", oldKey)
                        .mapTo(Integer.class)
                        .one());
    assertThat(retireEvents).isEqualTo(1);

    // A keyset that lacks the key some rows use: said, and a failure.
    CommandLineTest.Run wrong =
        CommandLineTest.run(
            null, "keys", "usage", config.toString(), TestKeysets.fresh().toString());
    assertThat(wrong.failure()).isPresent();
    assertThat(wrong.out()).contains("NOT IN THIS KEYSET");
    assertThat(wrong.err().strip())
        .startsWith("sightline keys: some sealed identities use a key this keyset does not hold");
  }

  private static Witnesses witnesses(AttributedTransactions transactions, SealingKeys keys) {
    return new Witnesses(
        transactions,
        new WitnessIdentities(transactions, new Sealer(keys), new IdentityFingerprints(keys)));
  }

  private static WitnessEdit edit(String name) {
    return new WitnessEdit(
        "reseal-centre",
        "shareable",
        "female",
        1960,
        "north-hamgyong",
        List.of("former-prisoner"),
        null,
        new WitnessEdit.IdentityEdit(name, List.of(), List.of(), "1962-07-08", null));
  }

  private static List<Row> rows(TestDatabase database) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT witness_id, sealed, key_id, superseded_at IS NULL AS live"
                            + " FROM witness_identity ORDER BY id")
                    .map(
                        (rs, ctx) ->
                            new Row(
                                rs.getLong("witness_id"),
                                rs.getBytes("sealed"),
                                rs.getLong("key_id"),
                                rs.getBoolean("live")))
                    .list());
  }

  private static long auditEvents(TestDatabase database) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT coalesce(max(seq), 0) FROM audit_event")
                    .mapTo(Long.class)
                    .one());
  }
}
