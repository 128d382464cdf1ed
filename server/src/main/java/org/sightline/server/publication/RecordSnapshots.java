package org.sightline.server.publication;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sightline.server.errors.EntityNotFoundException;

/** Reads the record a review names, by kind: its version now and its content to freeze. */
final class RecordSnapshots {
  private RecordSnapshots() {}

  /** The record as it is now; empty when it was deleted (or the event dissolved). */
  static Optional<Snapshot> current(Handle handle, PublicationKind kind, String recordId) {
    SnapshotDao dao = handle.attach(SnapshotDao.class);
    return switch (kind) {
      case FACILITY -> dao.facility(recordId);
      case BOUNDARY -> dao.boundary(numericId(kind, recordId));
      case ZONE -> dao.zone(numericId(kind, recordId));
      case OBSERVATION -> dao.observation(numericId(kind, recordId));
      case CLAIM -> dao.claim(numericId(kind, recordId));
      case EVENT -> dao.event(recordId);
    };
  }

  /** As {@link #current}, refusing a record that does not exist (404). */
  static Snapshot require(Handle handle, PublicationKind kind, String recordId) {
    return current(handle, kind, recordId).orElseThrow(() -> notFound(kind, recordId));
  }

  private static long numericId(PublicationKind kind, String recordId) {
    try {
      return Long.parseLong(recordId);
    } catch (NumberFormatException e) {
      throw notFound(kind, recordId);
    }
  }

  private static EntityNotFoundException notFound(PublicationKind kind, String recordId) {
    return new EntityNotFoundException("there is no " + kind.code() + " '" + recordId + "'");
  }
}
