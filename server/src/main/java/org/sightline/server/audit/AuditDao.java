package org.sightline.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.sightline.geodata.json.JsonMapping;

/**
 * The audit trail's SQL: the transaction's actor ({@code sightline.actor}), events appended through
 * {@code audit_append} (which computes the time and the hash chain), event pages, the whole chain
 * in seq order, record history ({@code record_version}, kept by the V003 triggers) and the
 * privileges that would let the server's role rewrite them. The tables are append-only: nothing
 * here updates or deletes.
 */
@RegisterRowMapper(AuditDao.EventMapper.class)
@RegisterRowMapper(AuditDao.VersionMapper.class)
public interface AuditDao {
  String EVENT_COLUMNS =
      """
      seq, occurred_at, actor, action, entity_type, entity_id, before_hash, after_hash, detail::text AS detail,
      prev_hash, row_hash""";

  /** An event for {@code audit_append}: no before and after hashes (those are the triggers'). */
  record Entry(String action, String entityType, String entityId, String detailJson) {}

  /** Sets the actor for the rest of the current transaction; returns it. */
  @SqlQuery("SELECT set_config('sightline.actor', :actorName, true)")
  String setActor(@Bind("actorName") String actorName);

  /** Returns the new event's seq. */
  @SqlQuery(
      "SELECT audit_append(:action, :entityType, :entityId, NULL, NULL, CAST(:detailJson AS jsonb))")
  long append(@BindMethods Entry entry);

  /** Events after {@code afterSeq} in seq order; a null type or id matches any. */
  @SqlQuery(
      "SELECT "
          + EVENT_COLUMNS
          + """
       FROM audit_event
      WHERE seq > :afterSeq
        AND (CAST(:entityType AS text) IS NULL OR entity_type = :entityType)
        AND (CAST(:entityId AS text) IS NULL OR entity_id = :entityId)
      ORDER BY seq LIMIT :limit""")
  List<AuditEvent> page(
      @Bind("afterSeq") long afterSeq,
      @Bind("entityType") String entityType,
      @Bind("entityId") String entityId,
      @Bind("limit") int limit);

  /** The latest {@code limit} events, newest first; a null type or id matches any. */
  @SqlQuery(
      "SELECT "
          + EVENT_COLUMNS
          + """
       FROM audit_event
      WHERE (CAST(:entityType AS text) IS NULL OR entity_type = :entityType)
        AND (CAST(:entityId AS text) IS NULL OR entity_id = :entityId)
      ORDER BY seq DESC LIMIT :limit""")
  List<AuditEvent> latest(
      @Bind("entityType") String entityType,
      @Bind("entityId") String entityId,
      @Bind("limit") int limit);

  /** The whole chain from seq 1, streamed (close the stream; memory stays flat for any length). */
  @SqlQuery("SELECT " + EVENT_COLUMNS + " FROM audit_event ORDER BY seq")
  @FetchSize(1000)
  Stream<AuditEvent> chainInSeqOrder();

  /** Every state of one record, oldest first. */
  @SqlQuery(
      """
      SELECT audit_seq, recorded_at, actor, operation, state::text AS state
        FROM record_version WHERE table_name = :tableName AND record_id = :recordId ORDER BY id""")
  List<RecordVersion> history(
      @Bind("tableName") String tableName, @Bind("recordId") String recordId);

  /** Whether the current role owns (or is a member of the owner of) {@code audit_event}. */
  @SqlQuery(
      """
      SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables
       WHERE schemaname = 'public' AND tablename = 'audit_event'""")
  boolean currentRoleOwnsAuditEvents();

  /** Whether the current role has {@code privilege} (UPDATE, DELETE, ...) on {@code tableName}. */
  @SqlQuery("SELECT has_table_privilege(current_user, :tableName, :privilege)")
  boolean currentRoleMay(@Bind("tableName") String tableName, @Bind("privilege") String privilege);

  /** The tables of the public schema that the current role may DELETE from. */
  @SqlQuery(
      """
      SELECT c.relname
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
         AND has_table_privilege(current_user, c.oid, 'DELETE')
       ORDER BY c.relname""")
  List<String> tablesCurrentRoleMayDeleteFrom();

  /** Maps {@link #EVENT_COLUMNS} to {@link AuditEvent}. */
  final class EventMapper implements RowMapper<AuditEvent> {
    @Override
    public AuditEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new AuditEvent(
          rs.getLong("seq"),
          rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
          rs.getString("actor"),
          rs.getString("action"),
          rs.getString("entity_type"),
          rs.getString("entity_id"),
          rs.getString("before_hash"),
          rs.getString("after_hash"),
          rs.getString("detail"),
          rs.getString("prev_hash"),
          rs.getString("row_hash"));
    }
  }

  /** Maps a {@code record_version} row to {@link RecordVersion}, its state parsed as JSON. */
  final class VersionMapper implements RowMapper<RecordVersion> {
    @Override
    public RecordVersion map(ResultSet rs, StatementContext ctx) throws SQLException {
      try {
        return new RecordVersion(
            rs.getLong("audit_seq"),
            rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
            rs.getString("actor"),
            rs.getString("operation"),
            JsonMapping.reader().readTree(rs.getString("state")));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("record_version holds invalid JSON", e);
      }
    }
  }
}
