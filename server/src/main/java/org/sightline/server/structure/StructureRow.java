package org.sightline.server.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.sightline.server.api.GeoJsonGeometrySerializer;

/**
 * A tracked structure as stored (derived).
 *
 * @param geometry its latest drawing, EPSG:4326
 * @param states its state in every observation of its facility: an array of {@code {observationId,
 *     sceneId, sceneDate, state, observedStructureId}}
 */
public record StructureRow(
    String facilityId,
    long identityId,
    String structureClass,
    String condition,
    @JsonSerialize(using = GeoJsonGeometrySerializer.class) Geometry geometry,
    LocalDate firstSeen,
    LocalDate lastSeen,
    JsonNode states,
    boolean illustrative,
    Instant computedAt) {}
