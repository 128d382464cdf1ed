package org.sightline.server.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One version of a zone (a named analysis area inside a facility), valid over [validFrom, validTo).
 *
 * @param zoneKey names the zone across its versions, e.g. {@code housing-east}
 * @param kind housing, mine, farm, factory, administration, security, detention or other
 * @param geometry MultiPolygon, EPSG:4326, longitude/latitude
 */
public record ZoneVersion(long id, String facilityId, String zoneKey, String name, String nameKo, String kind,
    Geometry geometry, LocalDate validFrom, LocalDate validTo, String basis, String confidence, String sceneId,
    List<String> sourceIds, String note, double areaSqKm, double perimeterKm, Instant createdAt, String createdBy,
    Instant deletedAt, String deletedBy, String deletionReason) {

  public ZoneVersion {
    sourceIds = List.copyOf(sourceIds);
  }
}
