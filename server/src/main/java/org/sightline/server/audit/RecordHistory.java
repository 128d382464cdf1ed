package org.sightline.server.audit;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** Reads the history the V003 triggers keep in {@code record_version}. Stateless. */
public final class RecordHistory {
  private RecordHistory() {}

  /** Every state of one record, oldest first. */
  public static List<RecordVersion> of(Handle handle, String table, String recordId) {
    return handle.attach(AuditDao.class).history(table, recordId);
  }
}
