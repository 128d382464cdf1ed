package org.sightline.server.resources.facilities;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.sightline.server.api.GeoJsonGeometrySerializer;
import org.sightline.server.registry.ZoneVersion;

/** A zone version as the API shows it. */
public record ZoneView(long id, String facilityId, String zoneKey, String name, String nameKo, String kind,
    @JsonSerialize(using = GeoJsonGeometrySerializer.class) Geometry geometry, LocalDate validFrom, LocalDate validTo,
    String basis, String confidence, String sceneId, List<String> sourceIds, String note, double areaSqKm,
    double perimeterKm, Instant createdAt, String createdBy, Instant deletedAt, String deletedBy, String deletionReason) {

  public static ZoneView of(ZoneVersion v) {
    return new ZoneView(v.id(), v.facilityId(), v.zoneKey(), v.name(), v.nameKo(), v.kind(), v.geometry(), v.validFrom(),
        v.validTo(), v.basis(), v.confidence(), v.sceneId(), v.sourceIds(), v.note(), v.areaSqKm(), v.perimeterKm(),
        v.createdAt(), v.createdBy(), v.deletedAt(), v.deletedBy(), v.deletionReason());
  }
}
