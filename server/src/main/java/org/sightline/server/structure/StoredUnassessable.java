package org.sightline.server.structure;

import org.locationtech.jts.geom.Geometry;

/**
 * One live area that could not be assessed in an observation.
 *
 * @param geometry EPSG:4326 MultiPolygon
 */
public record StoredUnassessable(
    long id, long observationId, String reason, Geometry geometry, double areaSqm) {}
