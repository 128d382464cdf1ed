package org.sightline.server.audit;

import java.util.Iterator;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Re-computes the audit hash chain from the first row and reports the first broken link: a seq that
 * is not the previous one plus one (a removed or inserted row), a prev_hash that is not the
 * previous row's hash (reordering), or a row_hash that does not match the row's own fields (an
 * edit). Streams the rows in seq order, so memory stays flat for any length.
 *
 * <p>A chain whose newest rows were cut off is still a valid chain; to detect that, compare the
 * reported head with one saved earlier ({@link #verify(Handle, Long, String)}).
 */
public final class AuditChainVerifier {
  private final Jdbi jdbi;

  public AuditChainVerifier(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public AuditVerification verify() {
    return jdbi.withHandle(handle -> verify(handle, null, null));
  }

  public AuditVerification verify(Long anchorSeq, String anchorHash) {
    return jdbi.withHandle(handle -> verify(handle, anchorSeq, anchorHash));
  }

  /**
   * @param anchorSeq with {@code anchorHash}: a head seen earlier, which must still be in the chain
   */
  public static AuditVerification verify(Handle handle, Long anchorSeq, String anchorHash) {
    long checked = 0;
    long expectedSeq = 1;
    String previousHash = AuditCanonicalText.GENESIS_HASH;
    boolean anchorSeen = anchorSeq == null;
    try (Stream<AuditEvent> stream = handle.attach(AuditDao.class).chainInSeqOrder()) {
      Iterator<AuditEvent> it = stream.iterator();
      while (it.hasNext()) {
        AuditEvent event = it.next();
        checked++;
        if (event.seq() != expectedSeq) {
          return AuditVerification.broken(
              checked,
              event.seq(),
              "expected seq "
                  + expectedSeq
                  + " but found "
                  + event.seq()
                  + ": "
                  + (event.seq() > expectedSeq
                      ? "rows are missing"
                      : "rows are duplicated or reordered"));
        }
        if (!event.prevHash().equals(previousHash)) {
          return AuditVerification.broken(
              checked,
              event.seq(),
              "prev_hash does not match the hash of row "
                  + (event.seq() - 1)
                  + ": rows were removed, reordered or edited");
        }
        String recomputed = AuditCanonicalText.hashOf(event);
        if (!recomputed.equals(event.rowHash())) {
          return AuditVerification.broken(
              checked,
              event.seq(),
              "row_hash does not match the row's contents: the row was edited after it was written");
        }
        if (anchorSeq != null && event.seq() == anchorSeq) {
          if (!event.rowHash().equals(anchorHash)) {
            return AuditVerification.broken(
                checked,
                event.seq(),
                "the row at the saved head "
                    + anchorSeq
                    + " has hash "
                    + event.rowHash()
                    + ", not the saved "
                    + anchorHash);
          }
          anchorSeen = true;
        }
        previousHash = event.rowHash();
        expectedSeq++;
      }
    }
    if (!anchorSeen) {
      return AuditVerification.broken(
          checked,
          anchorSeq,
          "the chain ends at seq "
              + (expectedSeq - 1)
              + ", before the saved head "
              + anchorSeq
              + ": newest rows were cut off");
    }
    return new AuditVerification(true, checked, expectedSeq - 1, previousHash, null, null);
  }
}
