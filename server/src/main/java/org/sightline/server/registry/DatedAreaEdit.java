package org.sightline.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.sightline.geodata.facility.AreaFields;
import org.sightline.geodata.geom.GeometryCheck;

/**
 * A new dated-area version as a client sends it ({@link BoundaryEdit}, {@link ZoneEdit}): the
 * fields every kind has, unchecked.
 */
public interface DatedAreaEdit {
  /** GeoJSON Polygon or MultiPolygon. */
  JsonNode geometry();

  /** ISO date or null (open start). */
  String validFrom();

  /** ISO date, exclusive, or null (still valid). */
  String validTo();

  String basis();

  String confidence();

  String sceneId();

  List<String> sourceIds();

  String note();

  /**
   * The checked common fields, the geometry by {@code geometryCheck}; a 400 naming the field for
   * the first problem.
   */
  default AreaFields checkArea(GeometryCheck geometryCheck, boolean repair) {
    return AreaFields.check(
        geometryCheck,
        geometry(),
        validFrom(),
        validTo(),
        basis(),
        confidence(),
        sceneId(),
        sourceIds(),
        note(),
        repair);
  }
}
