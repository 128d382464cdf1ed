package org.sightline.server.resources.facilities;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.facility.BoundaryVersion;
import org.sightline.server.api.GeoJsonGeometrySerializer;

/** A boundary version as the API shows it; measures are on the WGS 84 ellipsoid. */
public record BoundaryView(long id, String facilityId,
    @JsonSerialize(using = GeoJsonGeometrySerializer.class) Geometry geometry, LocalDate validFrom, LocalDate validTo,
    String basis, String confidence, String sceneId, List<String> sourceIds, String note, double areaSqKm,
    double perimeterKm, Instant createdAt, String createdBy, Instant deletedAt, String deletedBy, String deletionReason) {

  public static BoundaryView of(BoundaryVersion v) {
    return new BoundaryView(v.id(), v.facilityId(), v.geometry(), v.validFrom(), v.validTo(), v.basis(), v.confidence(),
        v.sceneId(), v.sourceIds(), v.note(), v.areaSqKm(), v.perimeterKm(), v.createdAt(), v.createdBy(), v.deletedAt(),
        v.deletedBy(), v.deletionReason());
  }
}
