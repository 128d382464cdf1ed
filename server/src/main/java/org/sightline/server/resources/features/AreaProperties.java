package org.sightline.server.resources.features;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import org.sightline.geodata.facility.AreaLabel;
import org.sightline.geodata.facility.DatedArea;

/**
 * The GeoJSON properties of a dated-area feature: {@code facilityId}, the kind's label fields (none
 * for boundaries), then the fields every dated area has, in the same order for every collection.
 * Areas and perimeters are ellipsoidal (km², km).
 */
public record AreaProperties(
    String facilityId,
    @JsonUnwrapped AreaLabel label,
    LocalDate validFrom,
    LocalDate validTo,
    String basis,
    String confidence,
    String sceneId,
    List<String> sourceIds,
    String note,
    double areaSqKm,
    double perimeterKm) {

  public static AreaProperties of(DatedArea v) {
    return new AreaProperties(
        v.facilityId(),
        v.label(),
        v.validFrom(),
        v.validTo(),
        v.basis(),
        v.confidence(),
        v.sceneId(),
        v.sourceIds(),
        v.note(),
        v.areaSqKm(),
        v.perimeterKm());
  }
}
