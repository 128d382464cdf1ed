package org.sightline.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.sightline.geodata.json.JsonMapping;

/**
 * Appends events that the database triggers cannot see (reads of restricted data, downloads,
 * transfers, logins) through {@code audit_append}, which computes the timestamp and hash chain, and
 * lists events. Writes to tables are audited by the triggers themselves. Thread-safe; stateless.
 */
public final class AuditLog {
  static final String EVENT_COLUMNS = """
      seq, occurred_at, actor, action, entity_type, entity_id, before_hash, after_hash, detail::text AS detail,
      prev_hash, row_hash""";

  static final RowMapper<AuditEvent> EVENT_MAPPER = (rs, ctx) -> new AuditEvent(rs.getLong("seq"),
      rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("action"),
      rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("before_hash"), rs.getString("after_hash"),
      rs.getString("detail"), rs.getString("prev_hash"), rs.getString("row_hash"));

  private AuditLog() {}

  /**
   * Records that the transaction's actor did {@code action} to an entity (the actor must have been
   * set with {@link AttributedTransactions#attribute}).
   *
   * @param detail small JSON-able facts (no secrets, no witness identities), or null
   * @return the event's seq
   */
  public static long record(Handle handle, String action, String entityType, String entityId, Map<String, ?> detail) {
    String detailJson;
    try {
      detailJson = detail == null ? null : JsonMapping.writer().writeValueAsString(detail);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit detail is not JSON-serialisable", e);
    }
    return handle.createQuery("SELECT audit_append(:action, :type, :id, NULL, NULL, CAST(:detail AS jsonb))")
        .bind("action", action)
        .bind("type", entityType)
        .bind("id", entityId)
        .bind("detail", detailJson)
        .mapTo(Long.class)
        .one();
  }

  /** Events after {@code afterSeq} in seq order, optionally for one entity. */
  public static List<AuditEvent> list(Handle handle, long afterSeq, String entityType, String entityId, int limit) {
    return handle.createQuery("SELECT " + EVENT_COLUMNS + """
             FROM audit_event
            WHERE seq > :after
              AND (CAST(:type AS text) IS NULL OR entity_type = :type)
              AND (CAST(:id AS text) IS NULL OR entity_id = :id)
            ORDER BY seq LIMIT :limit""")
        .bind("after", afterSeq)
        .bind("type", entityType)
        .bind("id", entityId)
        .bind("limit", limit)
        .map(EVENT_MAPPER)
        .list();
  }
}
