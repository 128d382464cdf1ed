package org.sightline.geodata.structure;

import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * What an analyst saw at one facility in one scene of the catalogue.
 *
 * @param id the stored id; observations of one facility are ordered by ({@code sceneDate}, {@code
 *     id})
 * @param sceneId the catalogue's id of the scene
 * @param sceneDate the scene's acquisition date (UTC); change is bracketed by these dates
 * @param sceneFootprint EPSG:4326 (multi)polygon the scene images; anything outside it is not
 *     assessable in this observation
 * @param structures every structure drawn
 * @param unassessable the areas that could not be assessed (cloud, shadow, ...)
 */
public record Observation(
    long id,
    String sceneId,
    LocalDate sceneDate,
    Geometry sceneFootprint,
    EstimativeConfidence confidence,
    List<ObservedStructure> structures,
    List<UnassessableArea> unassessable) {
  public Observation {
    structures = List.copyOf(structures);
    unassessable = List.copyOf(unassessable);
  }
}
