package org.sightline.server.resources.features;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.sightline.server.structure.StructureRow;

/**
 * The properties of a {@code structures} feature: the facility, class and condition in the latest
 * scene showing it, the first and last scene dates it was seen, its state in every observed scene,
 * and whether it comes from the illustrative sample series.
 */
public record StructureProperties(
    String facilityId,
    long identityId,
    @JsonProperty("class") String structureClass,
    String condition,
    LocalDate firstSeen,
    LocalDate lastSeen,
    JsonNode states,
    boolean illustrative) {
  public static StructureProperties of(StructureRow row) {
    return new StructureProperties(
        row.facilityId(),
        row.identityId(),
        row.structureClass(),
        row.condition(),
        row.firstSeen(),
        row.lastSeen(),
        row.states(),
        row.illustrative());
  }
}
