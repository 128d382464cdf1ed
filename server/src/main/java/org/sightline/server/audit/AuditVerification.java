package org.sightline.server.audit;

/**
 * The outcome of re-computing the audit chain.
 *
 * @param intact whether every link held
 * @param eventsChecked how many rows were read
 * @param headSeq the last row's seq (0 when empty); save it with headHash to detect a cut tail
 *     later
 * @param headHash the last row's hash (the genesis hash when empty)
 * @param firstBrokenSeq the seq at which the chain first breaks, or null
 * @param problem what is wrong there, or null
 */
public record AuditVerification(
    boolean intact,
    long eventsChecked,
    long headSeq,
    String headHash,
    Long firstBrokenSeq,
    String problem) {

  static AuditVerification broken(long checked, long seq, String problem) {
    return new AuditVerification(false, checked, 0, null, seq, problem);
  }
}
