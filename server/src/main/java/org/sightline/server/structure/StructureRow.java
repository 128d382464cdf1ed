package org.sightline.server.structure;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

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
    Geometry geometry,
    LocalDate firstSeen,
    LocalDate lastSeen,
    JsonNode states,
    boolean illustrative,
    Instant computedAt) {}
