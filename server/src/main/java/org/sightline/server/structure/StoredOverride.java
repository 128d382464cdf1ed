package org.sightline.server.structure;

import java.time.Instant;

/**
 * A live identity override.
 *
 * @param kind {@code merge}, {@code split}, {@code match} or {@code non-match}
 * @param otherStructureId null for a split
 */
public record StoredOverride(
    long id,
    String facilityId,
    String kind,
    long structureId,
    Long otherStructureId,
    String reason,
    Instant createdAt,
    String createdBy) {}
