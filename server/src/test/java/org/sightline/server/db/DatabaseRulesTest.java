package org.sightline.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * What PostgreSQL itself enforces (V003), checked as the server's own role: no hard deletes, an
 * append-only audit trail and history, and no write without a named actor.
 */
class DatabaseRulesTest {
  private static TestDatabase database;
  private static Jdbi owner;
  private static Jdbi app;

  @BeforeAll
  static void setUp() {
    database = TestPostgis.freshDatabase();
    owner = database.jdbi();
    app = database.appJdbi();
    owner.useHandle(
        h ->
            h.execute(
                """
        INSERT INTO facility (id, name, facility_type, status, location, published)
        VALUES ('rules-camp', 'Rules camp', 'kwanliso', 'operational', ST_SetSRID(ST_MakePoint(126.8, 39.6), 4326), true),
               ('actor-camp', 'Actor camp', 'kwanliso', 'operational', ST_SetSRID(ST_MakePoint(126.8, 39.6), 4326), true)"""));
  }

  private static String queryText(String sql) {
    return owner.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  private static String sqlState(Throwable thrown) {
    Throwable cause = thrown;
    while (cause != null && !(cause instanceof PSQLException)) {
      cause = cause.getCause();
    }
    return cause == null ? null : ((PSQLException) cause).getSQLState();
  }

  /**
   * Runs {@code sql} as the server's role with an actor set, and returns the SQLSTATE it failed
   * with.
   */
  private static String refusedAsApp(String sql) {
    Throwable thrown =
        Assertions.catchThrowable(
            () ->
                new AttributedTransactions(app)
                    .useTransaction(Actor.system("test"), h -> h.execute(sql)));
    assertThat(thrown).as("'%s' as the server's role", sql).isNotNull();
    return sqlState(thrown);
  }

  @Test
  void theServerRoleCannotChangeOrRemoveAuditRowsOrHistory() {
    assertThat(refusedAsApp("UPDATE audit_event SET actor = 'someone else'")).isEqualTo("42501");
    assertThat(refusedAsApp("DELETE FROM audit_event")).isEqualTo("42501");
    assertThat(refusedAsApp("TRUNCATE audit_event")).isEqualTo("42501");
    assertThat(refusedAsApp("UPDATE record_version SET actor = 'someone else'")).isEqualTo("42501");
    assertThat(refusedAsApp("DELETE FROM record_version")).isEqualTo("42501");
    // Nor forge rows: audit rows come only from audit_append(), which sets time and hashes itself.
    assertThat(
            refusedAsApp(
                """
        INSERT INTO audit_event VALUES (999999, now(), 'x', 'insert', 'facility', 'x', NULL, NULL, NULL,
          repeat('0', 64), repeat('0', 64))"""))
        .isEqualTo("42501");
  }

  @Test
  void theServerRoleCannotDeleteAnything() {
    for (String table :
        List.of(
            "facility",
            "facility_sourced_location",
            "source",
            "app_user",
            "auth_token",
            "login_attempt",
            "evidence_item")) {
      assertThat(refusedAsApp("DELETE FROM " + table)).as(table).isEqualTo("42501");
      assertThat(refusedAsApp("TRUNCATE " + table)).as(table).isEqualTo("42501");
    }
  }

  @Test
  void noRoleHasDeleteOrAuditUpdatePrivilegesInTheCatalogue() {
    List<String> grants =
        owner.withHandle(
            h ->
                h.createQuery(
                        """
            SELECT c.relname || ':' || p.privilege
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              CROSS JOIN (VALUES ('DELETE'), ('TRUNCATE'), ('UPDATE'), ('INSERT')) AS p(privilege)
             WHERE n.nspname = 'public' AND c.relkind = 'r'
               AND has_table_privilege('sightline_app', c.oid, p.privilege)
               AND (p.privilege IN ('DELETE', 'TRUNCATE') OR c.relname IN ('audit_event', 'record_version'))""")
                    .mapTo(String.class)
                    .list());
    assertThat(grants).as("privileges sightline_app must never hold").isEmpty();
  }

  @Test
  void evenTheOwnerIsStoppedByTheTriggers() {
    assertThatThrownBy(
            () -> owner.useHandle(h -> h.execute("DELETE FROM facility WHERE id = 'rules-camp'")))
        .hasMessageContaining("no hard deletes");
    assertThatThrownBy(() -> owner.useHandle(h -> h.execute("UPDATE audit_event SET actor = 'x'")))
        .hasMessageContaining("audit_event is append-only");
    assertThatThrownBy(() -> owner.useHandle(h -> h.execute("TRUNCATE audit_event CASCADE")))
        .hasMessageContaining("append-only");
    assertThat(queryText("SELECT count(*)::text FROM facility WHERE id = 'rules-camp'"))
        .isEqualTo("1");
  }

  @Test
  void aWriteWithoutAnActorIsRefused() {
    assertThatThrownBy(
            () ->
                app.useHandle(
                    h ->
                        h.execute(
                            "UPDATE facility SET name = 'Anonymous edit' WHERE id = 'actor-camp'")))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining("every write must name its actor");
    assertThat(queryText("SELECT name FROM facility WHERE id = 'actor-camp'"))
        .isEqualTo("Actor camp");
  }

  @Test
  void everyUpdateKeepsTheStateItProducedWithActorAndAuditLink() {
    AttributedTransactions writes = new AttributedTransactions(app);
    writes.useTransaction(
        new Actor("user:editor-one"),
        h ->
            h.execute("UPDATE facility SET name = 'Rules camp (renamed)' WHERE id = 'rules-camp'"));
    writes.useTransaction(
        new Actor("user:editor-two"),
        h ->
            h.execute(
                "UPDATE facility SET deleted_at = now(), deleted_by = 'user:editor-two', deletion_reason = 'duplicate of another record'"
                    + " WHERE id = 'rules-camp'"));
    List<String> history =
        owner.withHandle(
            h ->
                h.createQuery(
                        """
            SELECT v.operation || '|' || v.actor || '|' || (v.state ->> 'name') || '|' || e.action
              FROM record_version v JOIN audit_event e ON e.seq = v.audit_seq
             WHERE v.table_name = 'facility' AND v.record_id = 'rules-camp' ORDER BY v.id""")
                    .mapTo(String.class)
                    .list());
    assertThat(history)
        .containsExactly(
            "insert|test:fixture|Rules camp|insert",
            "update|user:editor-one|Rules camp (renamed)|update",
            "soft-delete|user:editor-two|Rules camp (renamed)|soft-delete");
    // The soft-deleted row is still there, only hidden.
    assertThat(queryText("SELECT deletion_reason FROM facility WHERE id = 'rules-camp'"))
        .isEqualTo("duplicate of another record");
  }

  @Test
  void theDatabaseItselfRefusesOverlappingBoundaryVersions() {
    String insert =
        """
        INSERT INTO facility_boundary (facility_id, geometry, valid_from, valid_to, basis, confidence, area_sq_km,
                                       perimeter_km, created_at, created_by)
        VALUES ('rules-camp', ST_Multi(ST_MakeEnvelope(126.8, 39.6, 126.9, 39.7, 4326)), %s, %s, 'approximate', 'low',
                1, 1, now(), 'test')""";
    owner.useHandle(h -> h.execute(insert.formatted("'2000-01-01'", "'2010-01-01'")));
    owner.useHandle(h -> h.execute(insert.formatted("'2010-01-01'", "NULL")));
    Throwable overlap =
        Assertions.catchThrowable(
            () ->
                owner.useHandle(h -> h.execute(insert.formatted("'2009-12-31'", "'2010-01-02'"))));
    assertThat(sqlState(overlap)).as("exclusion_violation").isEqualTo("23P01");
    assertThat(overlap).hasMessageContaining("facility_boundary_no_overlap");
    Throwable openStart =
        Assertions.catchThrowable(
            () -> owner.useHandle(h -> h.execute(insert.formatted("NULL", "'2000-01-02'"))));
    assertThat(sqlState(openStart)).isEqualTo("23P01");
    owner.useHandle(h -> h.execute(insert.formatted("NULL", "'2000-01-01'")));
    assertThat(
            queryText(
                """
        SELECT string_agg(coalesce(valid_from::text, 'open'), ',' ORDER BY valid_from NULLS FIRST)
          FROM facility_boundary WHERE facility_id = 'rules-camp' AND validity @> DATE '1999-12-31'"""))
        .isEqualTo("open");
  }

  @Test
  void historyLeavesSecretsOut() {
    new AttributedTransactions(app)
        .useTransaction(
            Actor.system("test"),
            h ->
                h.execute(
                    """
        INSERT INTO app_user (username, password_hash, roles, created_at, created_by)
        VALUES ('secretive', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', '{analyst}', now(), 'system:test')"""));
    String state =
        owner.withHandle(
            h ->
                h.createQuery(
                        "SELECT state::text FROM record_version WHERE table_name = 'app_user' ORDER BY id DESC LIMIT 1")
                    .mapTo(String.class)
                    .one());
    assertThat(state)
        .contains("\"username\": \"secretive\"")
        .doesNotContain("password_hash")
        .doesNotContain("argon2");
  }
}
