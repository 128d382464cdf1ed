package org.sightline.geodata.structure;

import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One structure followed across the observations of its facility.
 *
 * @param identityId the id of the earliest drawing of the structure (stable while that drawing
 *     exists and stays its first)
 * @param structureClass its class in the latest observation showing it
 * @param condition its condition in the latest observation showing it
 * @param geometry its latest drawing, EPSG:4326
 * @param firstSeen the first scene date it is present
 * @param lastSeen the last scene date it is present
 * @param states its state in every observation of the facility, in observation order
 */
public record TrackedStructure(
    long identityId,
    StructureClass structureClass,
    StructureCondition condition,
    Geometry geometry,
    LocalDate firstSeen,
    LocalDate lastSeen,
    List<SceneState> states) {
  public TrackedStructure {
    states = List.copyOf(states);
  }
}
