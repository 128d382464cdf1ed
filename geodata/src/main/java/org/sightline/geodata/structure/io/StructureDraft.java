package org.sightline.geodata.structure.io;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.structure.ObservedStructure;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureCondition;

/**
 * One structure read from an analyst's layer, checked and not yet stored.
 *
 * @param index the feature's 1-based position in the layer
 * @param label how the report names it: the feature's {@code name}, else "feature N"
 * @param geometry EPSG:4326, longitude/latitude, SRID 4326, checked valid ({@link
 *     org.sightline.geodata.geom.GeometryCheck}): a Polygon or MultiPolygon, or for {@link
 *     StructureClass#PERIMETER} also a LineString or MultiLineString
 * @param notes the analyst's notes (NFC, no control characters other than line breaks and tabs, no
 *     bidirectional controls), or null
 * @param featureId the feature's own id in the layer ({@code id}, else {@code fid}), or null
 */
public record StructureDraft(
    int index,
    String label,
    StructureClass structureClass,
    StructureCondition condition,
    Geometry geometry,
    String notes,
    String featureId) {

  public StructureDraft {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(structureClass, "structureClass");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(geometry, "geometry");
  }

  /** The structure as the change algorithms take it, under its stored id. */
  public ObservedStructure toObserved(long id) {
    return new ObservedStructure(id, structureClass, condition, geometry, notes);
  }
}
