package org.sightline.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * The audit hash chain: built by the database on every write, re-computed independently in Java,
 * and broken by any edit, removal, reordering or cut of rows made behind the server's back (here:
 * as the superuser, with triggers disabled, as an intruder with full access would).
 */
class AuditChainTest {
  private TestDatabase database;
  private Jdbi owner;
  private AttributedTransactions writes;

  @BeforeEach
  void freshDatabaseWithSomeHistory() {
    database = TestPostgis.freshDatabase();
    owner = database.jdbi();
    writes = new AttributedTransactions(database.appJdbi());
    for (int i = 1; i <= 5; i++) {
      int n = i;
      writes.useTransaction(
          new Actor("user:writer-" + n),
          h -> {
            h.execute(
                "INSERT INTO facility (id, name, facility_type, status, location) VALUES (?, ?, 'kyohwaso',"
                    + " 'unconfirmed', ST_SetSRID(ST_MakePoint(126.5, 39.5), 4326))",
                "chain-" + n,
                "Chain " + n + " 요덕 <b>");
            AuditLog.record(
                h, "read", "facility", "chain-" + n, Map.of("note", "line\nbreak \"quoted\" 요덕"));
          });
    }
    writes.useTransaction(
        new Actor("user:editor"),
        h -> h.execute("UPDATE facility SET status = 'closed' WHERE id = 'chain-3'"));
  }

  private AuditVerification verify() {
    return new AuditChainVerifier(owner).verify();
  }

  /** Runs SQL as an intruder with full access: superuser, triggers off. */
  private void tamper(String... statements) {
    owner.useHandle(
        h -> {
          h.execute("SET session_replication_role = replica");
          for (String sql : statements) {
            h.execute(sql);
          }
          h.execute("SET session_replication_role = origin");
        });
  }

  private static long count(Handle h) {
    return h.createQuery("SELECT count(*) FROM audit_event").mapTo(Long.class).one();
  }

  @Test
  void aSequenceOfWritesFormsAnIntactChain() {
    AuditVerification result = verify();
    assertThat(result.intact()).as(result.problem()).isTrue();
    assertThat(result.eventsChecked()).isEqualTo(11);
    assertThat(result.headSeq()).isEqualTo(11);
    assertThat(result.headHash()).matches("[0-9a-f]{64}");
    List<AuditEvent> events = owner.withHandle(h -> AuditLog.list(h, 0, null, null, 100));
    assertThat(events)
        .extracting(AuditEvent::seq)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
    assertThat(events.get(0).prevHash()).isEqualTo(AuditCanonicalText.GENESIS_HASH);
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).prevHash()).isEqualTo(events.get(i - 1).rowHash());
    }
    assertThat(events.get(0).actor()).isEqualTo("user:writer-1");
    assertThat(events.get(0).action()).isEqualTo("insert");
    assertThat(events.get(0).afterHash()).matches("[0-9a-f]{64}");
    assertThat(events.get(0).beforeHash()).isNull();
    AuditEvent update = events.get(10);
    assertThat(update.action()).isEqualTo("update");
    assertThat(update.beforeHash()).isNotEqualTo(update.afterHash());
  }

  @Test
  void javaAndPostgresqlBuildTheSameCanonicalText() {
    List<String> mismatches =
        owner.withHandle(
            h -> {
              List<String> found = new ArrayList<>();
              List<String> fromSql =
                  h.createQuery(
                          """
              SELECT audit_canonical_text(seq, occurred_at, actor, action, entity_type, entity_id, before_hash,
                                          after_hash, detail, prev_hash)
                FROM audit_event ORDER BY seq""")
                      .mapTo(String.class)
                      .list();
              List<AuditEvent> events = AuditLog.list(h, 0, null, null, 100);
              for (int i = 0; i < events.size(); i++) {
                if (!AuditCanonicalText.of(events.get(i)).equals(fromSql.get(i))) {
                  found.add(
                      "seq "
                          + events.get(i).seq()
                          + ":\n"
                          + AuditCanonicalText.of(events.get(i))
                          + "\nvs\n"
                          + fromSql.get(i));
                }
              }
              return found;
            });
    assertThat(mismatches).isEmpty();
  }

  @Test
  void anEditedRowIsFound() {
    tamper("UPDATE audit_event SET actor = 'user:someone-else' WHERE seq = 4");
    AuditVerification result = verify();
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenSeq()).isEqualTo(4);
    assertThat(result.problem()).contains("row_hash does not match").contains("edited");
  }

  @Test
  void anEditedRowWithARecomputedHashBreaksTheNextLink() {
    // A careful intruder recomputes the row's own hash; the next row still points at the old one.
    tamper(
        "UPDATE audit_event SET actor = 'user:someone-else' WHERE seq = 4",
        """
        UPDATE audit_event SET row_hash = encode(sha256(convert_to(audit_canonical_text(seq, occurred_at, actor, action,
          entity_type, entity_id, before_hash, after_hash, detail, prev_hash), 'UTF8')), 'hex') WHERE seq = 4""");
    AuditVerification result = verify();
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenSeq()).isEqualTo(5);
    assertThat(result.problem()).contains("prev_hash does not match the hash of row 4");
  }

  @Test
  void aDeletedRowIsFound() {
    tamper(
        "DELETE FROM record_version WHERE audit_seq = 6", "DELETE FROM audit_event WHERE seq = 6");
    AuditVerification result = verify();
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenSeq()).isEqualTo(7);
    assertThat(result.problem()).contains("expected seq 6 but found 7").contains("missing");
  }

  @Test
  void reorderedRowsAreFound() {
    // Swap the contents of rows 2 and 3 while keeping their seq numbers in place.
    tamper(
        """
        UPDATE audit_event a SET occurred_at = b.occurred_at, actor = b.actor, action = b.action,
               entity_type = b.entity_type, entity_id = b.entity_id, before_hash = b.before_hash,
               after_hash = b.after_hash, detail = b.detail, prev_hash = b.prev_hash, row_hash = b.row_hash
          FROM (SELECT * FROM audit_event WHERE seq IN (2, 3)) b
         WHERE a.seq IN (2, 3) AND b.seq = 5 - a.seq""");
    AuditVerification result = verify();
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenSeq()).isEqualTo(2);
  }

  @Test
  void aCutTailIsFoundAgainstASavedHead() {
    AuditVerification before = verify();
    tamper(
        "DELETE FROM record_version WHERE audit_seq >= 10",
        "DELETE FROM audit_event WHERE seq >= 10");
    assertThat(verify().intact()).as("without an anchor a shorter chain is still a chain").isTrue();
    AuditVerification anchored =
        new AuditChainVerifier(owner).verify(before.headSeq(), before.headHash());
    assertThat(anchored.intact()).isFalse();
    assertThat(anchored.problem()).contains("newest rows were cut off");
  }

  @Test
  void concurrentWritersStillProduceOneLinearChain() throws Exception {
    long before = owner.withHandle(AuditChainTest::count);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 10; i++) {
                  int n = i;
                  writes.useTransaction(
                      new Actor("user:thread-" + thread),
                      h -> AuditLog.record(h, "read", "facility", "chain-1", Map.of("i", n)));
                }
              }));
    }
    for (Future<?> future : futures) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(owner.withHandle(AuditChainTest::count)).isEqualTo(before + 40);
    AuditVerification result = verify();
    assertThat(result.intact()).as(result.problem()).isTrue();
    assertThat(result.eventsChecked()).isEqualTo(before + 40);
  }
}
