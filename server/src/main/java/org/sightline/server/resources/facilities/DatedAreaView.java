package org.sightline.server.resources.facilities;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.facility.AreaLabel;
import org.sightline.geodata.facility.DatedArea;
import org.sightline.server.api.GeoJsonGeometrySerializer;

/**
 * A dated-area version (boundary, zone) as the API shows it: the kind's label fields (a zone's
 * {@code zoneKey}, {@code name}, {@code nameKo}, {@code kind}; none for a boundary) follow {@code
 * facilityId}. Measures are on the WGS 84 ellipsoid. {@code version} is the record version, the
 * ETag to send back in {@code If-Match} when ending it.
 */
public record DatedAreaView(
    long id,
    String facilityId,
    @JsonUnwrapped AreaLabel label,
    @JsonSerialize(using = GeoJsonGeometrySerializer.class) Geometry geometry,
    LocalDate validFrom,
    LocalDate validTo,
    String basis,
    String confidence,
    String sceneId,
    List<String> sourceIds,
    String note,
    double areaSqKm,
    double perimeterKm,
    Instant createdAt,
    String createdBy,
    Instant deletedAt,
    String deletedBy,
    String deletionReason,
    int version) {

  public static DatedAreaView of(DatedArea v) {
    return new DatedAreaView(
        v.id(),
        v.facilityId(),
        v.label(),
        v.geometry(),
        v.validFrom(),
        v.validTo(),
        v.basis(),
        v.confidence(),
        v.sceneId(),
        v.sourceIds(),
        v.note(),
        v.areaSqKm(),
        v.perimeterKm(),
        v.createdAt(),
        v.createdBy(),
        v.deletedAt(),
        v.deletedBy(),
        v.deletionReason(),
        v.version());
  }
}
