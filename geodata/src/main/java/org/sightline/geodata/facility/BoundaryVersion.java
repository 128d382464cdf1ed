package org.sightline.geodata.facility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One version of a facility's boundary, valid over [validFrom, validTo).
 *
 * @param geometry MultiPolygon, EPSG:4326, longitude/latitude
 * @param validFrom first day it holds, inclusive; null: since before anything known
 * @param validTo first day it no longer holds, exclusive; null: still holds
 * @param basis {@code digitized} (from a dated scene, {@code sceneId}), {@code published} (from a
 *     report), or {@code approximate} (never to be presented as surveyed)
 * @param confidence {@code high}, {@code medium} or {@code low}
 * @param areaSqKm area on the WGS 84 ellipsoid, km²
 * @param perimeterKm perimeter on the WGS 84 ellipsoid, km
 */
public record BoundaryVersion(long id, String facilityId, Geometry geometry, LocalDate validFrom, LocalDate validTo,
    String basis, String confidence, String sceneId, List<String> sourceIds, String note, double areaSqKm,
    double perimeterKm, Instant createdAt, String createdBy, Instant deletedAt, String deletedBy,
    String deletionReason) {

  public BoundaryVersion {
    sourceIds = List.copyOf(sourceIds);
  }
}
