package org.sightline.server.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One past or present state of a record, as the database kept it after a write (secret columns such
 * as password hashes left out).
 *
 * @param auditSeq the audit event of the write that produced this state
 * @param operation the audited action: insert, update, soft-delete, deactivate, revoke, withdraw
 */
public record RecordVersion(
    long auditSeq, Instant recordedAt, String actor, String operation, JsonNode state) {}
