package org.sightline.geodata.structure;

import org.locationtech.jts.geom.Geometry;

/**
 * Part of a facility that could not be assessed in one scene.
 *
 * @param geometry EPSG:4326, longitude/latitude, a Polygon or MultiPolygon
 */
public record UnassessableArea(UnassessableReason reason, Geometry geometry) {}
