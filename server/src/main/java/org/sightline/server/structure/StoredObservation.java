package org.sightline.server.structure;

import java.time.Instant;
import org.locationtech.jts.geom.Geometry;

/**
 * An observation's own row (its drawings and unassessable areas are read apart).
 *
 * @param sceneFootprint the scene's footprint when the observation was recorded, EPSG:4326
 * @param illustrative true for the sample data's illustrative series: never a real finding
 */
public record StoredObservation(
    long id,
    String facilityId,
    String sceneCollection,
    String sceneId,
    Instant sceneAcquiredAt,
    Geometry sceneFootprint,
    String confidence,
    String notes,
    boolean illustrative,
    int version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {}
