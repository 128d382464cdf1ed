package org.sightline.geodata.structure;

import org.locationtech.jts.geom.Geometry;

/**
 * One structure as an analyst drew it in one observation.
 *
 * @param id the stored id of this drawing; stable across recomputation, so overrides name it
 * @param geometry EPSG:4326, longitude/latitude: a Polygon or MultiPolygon, or for {@link
 *     StructureClass#PERIMETER} also a LineString or MultiLineString; already checked valid
 * @param notes the analyst's notes, or null
 */
public record ObservedStructure(
    long id,
    StructureClass structureClass,
    StructureCondition condition,
    Geometry geometry,
    String notes) {}
