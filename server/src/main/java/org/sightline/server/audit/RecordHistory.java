package org.sightline.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.json.JsonMapping;

/** Reads the history the V003 triggers keep in {@code record_version}. Stateless. */
public final class RecordHistory {
  private RecordHistory() {}

  /** Every state of one record, oldest first. */
  public static List<RecordVersion> of(Handle handle, String table, String recordId) {
    return handle.createQuery("""
            SELECT audit_seq, recorded_at, actor, operation, state::text AS state
              FROM record_version WHERE table_name = :table AND record_id = :id ORDER BY id""")
        .bind("table", table)
        .bind("id", recordId)
        .map((rs, ctx) -> {
          try {
            return new RecordVersion(rs.getLong("audit_seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("operation"), JsonMapping.reader().readTree(rs.getString("state")));
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("record_version holds invalid JSON", e);
          }
        })
        .list();
  }
}
