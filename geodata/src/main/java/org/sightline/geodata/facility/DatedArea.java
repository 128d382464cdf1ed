package org.sightline.geodata.facility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One version of a dated area (a facility boundary, a zone), valid over [validFrom, validTo).
 * Versions are never deleted: a soft-deleted one keeps who deleted it, when and why.
 *
 * @param label the kind's own fields ({@link ZoneLabel} for zones); null for boundaries
 * @param geometry MultiPolygon, EPSG:4326, longitude/latitude
 * @param validFrom first day it holds, inclusive; null: since before anything known
 * @param validTo first day it no longer holds, exclusive; null: still holds
 * @param basis {@code digitized} (from a dated scene, {@code sceneId}), {@code published} (from a
 *     report), or {@code approximate} (never to be presented as surveyed)
 * @param confidence {@code high}, {@code medium} or {@code low}
 * @param areaSqKm area on the WGS 84 ellipsoid, km²
 * @param perimeterKm perimeter on the WGS 84 ellipsoid, km
 * @param version the record's version, 1 when added; each change (ending it, deleting it) adds one
 */
public record DatedArea(
    long id,
    String facilityId,
    AreaLabel label,
    Geometry geometry,
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

  public DatedArea {
    sourceIds = List.copyOf(sourceIds);
  }

  /** Whether the version holds on {@code day}: validity is [validFrom, validTo), null ends open. */
  public boolean validOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom))
        && (validTo == null || day.isBefore(validTo));
  }
}
