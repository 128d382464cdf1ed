package org.sightline.server.structure;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An observation as a client sends it, unchecked: the scene it was made on, the analyst's
 * confidence, notes, every structure drawn and every area that could not be assessed. On a
 * replacement, a structure carrying the {@code id} of a drawing of this observation keeps that
 * drawing (and so the overrides that name it); the others are new drawings, and drawings left out
 * are soft-deleted.
 *
 * @param sceneCollection the scene's collection, needed only when its id is in several
 */
public record ObservationEdit(
    String sceneId,
    String sceneCollection,
    String confidence,
    String notes,
    List<Structure> structures,
    List<Unassessable> unassessable) {

  /**
   * One drawn structure.
   *
   * @param id a drawing of the observation being replaced, to keep; null for a new drawing
   * @param structureClass the class code ({@code prisoner-housing}...), JSON {@code class}
   * @param geometry GeoJSON, EPSG:4326 longitude/latitude
   */
  public record Structure(
      Long id,
      @JsonProperty("class") String structureClass,
      String condition,
      JsonNode geometry,
      String notes) {}

  /**
   * An area that could not be assessed.
   *
   * @param geometry GeoJSON Polygon or MultiPolygon
   */
  public record Unassessable(String reason, JsonNode geometry) {}
}
