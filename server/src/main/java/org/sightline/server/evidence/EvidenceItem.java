package org.sightline.server.evidence;

import java.time.Instant;

/**
 * Metadata of one evidence file (one distinct content). The file's original name and description
 * are what the first uploader gave; later uploads of the same bytes are custody events.
 *
 * @param sha256 lowercase hex SHA-256 computed at intake
 */
public record EvidenceItem(
    long id,
    String sha256,
    long sizeBytes,
    String mediaType,
    String originalFilename,
    String description,
    String uploadedBy,
    Instant receivedAt,
    Instant withdrawnAt,
    String withdrawnBy,
    String withdrawalReason) {}
