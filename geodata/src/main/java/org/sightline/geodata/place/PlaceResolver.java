package org.sightline.geodata.place;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;

/**
 * The region of "somewhere inside facility X (zone Y)" at the time of a claim. Facility and zone
 * boundaries are dated versions stored in the database, so the server implements this from the
 * versions valid during the claim's time: the one version valid throughout, or the union of the
 * versions valid at some moment of it (the witness may describe the camp before or after it grew).
 * Implementations must be thread-safe when regions are computed in parallel.
 */
@FunctionalInterface
public interface PlaceResolver {
  /**
   * @param zoneKey the zone's key, or null for the whole facility
   * @param earliest the claim's earliest date, inclusive, or null when open
   * @param latest the claim's latest date, inclusive, or null when open
   * @return a Polygon or MultiPolygon, EPSG:4326 longitude/latitude
   * @throws InvalidDataException when the facility or zone is unknown, or has no boundary valid at
   *     any moment of that time
   */
  Geometry region(String facilityId, String zoneKey, LocalDate earliest, LocalDate latest);

  /** A resolver for claims that name no facility: it refuses every facility. */
  static PlaceResolver none() {
    return (facilityId, zoneKey, earliest, latest) -> {
      throw new InvalidDataException(
          "place: facility '" + facilityId + "' cannot be resolved here (no boundaries given)");
    };
  }
}
