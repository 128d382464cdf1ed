package org.sightline.server.publication;

import java.time.Instant;
import org.sightline.geodata.publication.RedactionRules;

/**
 * One version of the redaction policy.
 *
 * @param version the policy's version number (never reused, never changed)
 * @param active whether it is the one in force
 * @param activatedAt when it was last put in force (null if never)
 * @param activeRowVersion the version of the "which policy is active" record, for {@code If-Match}
 */
public record RedactionPolicy(
    int version,
    RedactionRules rules,
    String reason,
    Instant createdAt,
    String createdBy,
    boolean active,
    Instant activatedAt,
    String activatedBy,
    int activeRowVersion) {}
