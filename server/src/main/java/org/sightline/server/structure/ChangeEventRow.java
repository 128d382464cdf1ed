package org.sightline.server.structure;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.sightline.server.api.GeoJsonGeometrySerializer;

/**
 * A change event as stored (derived), with its statement in English and Korean.
 *
 * @param previousSize area m² (polygons) or length m (lines) before, or null
 * @param size area m² or length m after, or null
 * @param geometry EPSG:4326
 */
public record ChangeEventRow(
    String facilityId,
    String eventKey,
    long identityId,
    String kind,
    String structureClass,
    String previousClass,
    String condition,
    String previousCondition,
    LocalDate earliest,
    LocalDate latest,
    long earliestObservationId,
    String earliestSceneId,
    long latestObservationId,
    String latestSceneId,
    Double previousSize,
    Double size,
    Double movedM,
    @JsonSerialize(using = GeoJsonGeometrySerializer.class) Geometry geometry,
    String confidence,
    String statementEn,
    String statementKo,
    boolean illustrative,
    Instant computedAt) {}
