package org.sightline.server.audit;

import java.time.Instant;

/**
 * One row of the audit trail.
 *
 * @param seq position in the chain, from 1, without gaps
 * @param action e.g. {@code insert}, {@code update}, {@code soft-delete}, {@code revoke}, {@code
 *     read}, {@code download}, {@code transfer}
 * @param entityType the table or kind of thing, e.g. {@code app_user}, {@code evidence_item}
 * @param beforeHash SHA-256 (hex) of the entity's state before, or null
 * @param afterHash SHA-256 (hex) of the entity's state after, or null (reads)
 * @param detailJson the detail as JSON text (exactly as PostgreSQL renders the stored jsonb), or
 *     null
 * @param prevHash the previous event's rowHash; 64 zeros for the first
 * @param rowHash SHA-256 (hex) of {@link AuditCanonicalText#of(AuditEvent)}
 */
public record AuditEvent(
    long seq,
    Instant occurredAt,
    String actor,
    String action,
    String entityType,
    String entityId,
    String beforeHash,
    String afterHash,
    String detailJson,
    String prevHash,
    String rowHash) {}
