package org.sightline.server.structure;

import org.locationtech.jts.geom.Geometry;

/**
 * One live drawing of a structure.
 *
 * @param geometry EPSG:4326, longitude/latitude
 * @param areaSqm area on the ellipsoid (0 for lines)
 * @param lengthM outline or line length on the ellipsoid
 * @param layerFeature the digitized layer's feature it was imported from, or null
 */
public record StoredStructure(
    long id,
    long observationId,
    String structureClass,
    String condition,
    Geometry geometry,
    double areaSqm,
    double lengthM,
    String notes,
    String layerFeature,
    int version) {}
