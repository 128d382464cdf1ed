package org.sightline.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.json.JsonMapping;

/**
 * Appends events that the database triggers cannot see (reads of restricted data, downloads,
 * transfers, logins) through {@link AuditDao#append}, which computes the timestamp and hash chain,
 * and lists events. Writes to tables are audited by the triggers themselves. Thread-safe;
 * stateless.
 */
public final class AuditLog {
  private AuditLog() {}

  /**
   * Records that the transaction's actor did {@code action} to an entity (the actor must have been
   * set with {@link AttributedTransactions#attribute}).
   *
   * @param detail small JSON-able facts (no secrets, no witness identities), or null
   * @return the event's seq
   */
  public static long record(
      Handle handle, String action, String entityType, String entityId, Map<String, ?> detail) {
    String detailJson;
    try {
      detailJson = detail == null ? null : JsonMapping.writer().writeValueAsString(detail);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit detail is not JSON-serialisable", e);
    }
    return handle
        .attach(AuditDao.class)
        .append(new AuditDao.Entry(action, entityType, entityId, detailJson));
  }

  /** Events after {@code afterSeq} in seq order, optionally for one entity. */
  public static List<AuditEvent> list(
      Handle handle, long afterSeq, String entityType, String entityId, int limit) {
    return handle.attach(AuditDao.class).page(afterSeq, entityType, entityId, limit);
  }

  /** The latest {@code limit} events (of one entity type or entity, when given), newest first. */
  public static List<AuditEvent> latest(
      Handle handle, String entityType, String entityId, int limit) {
    return handle.attach(AuditDao.class).latest(entityType, entityId, limit);
  }
}
