package org.sightline.geodata.testimony.io;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;

/**
 * Where a claim happened, as a file gave it: a point with a radius, somewhere inside a facility (or
 * one of its zones), or an area. The server resolves facilities and zones.
 */
public sealed interface ClaimPlace {
  /** The largest radius accepted around a point, metres. */
  double MAX_RADIUS_M = 100_000;

  /** {@code point}, {@code facility} or {@code area}: the kind stored for the place. */
  String kind();

  /** How the source describes the place ("near the mine entrance"), or null. */
  String description();

  /**
   * Within {@code radiusM} of a point.
   *
   * @param lon longitude, degrees, -180..180
   * @param lat latitude, degrees, -90..90
   * @param radiusM metres, 0..{@link #MAX_RADIUS_M}
   */
  record AtPoint(double lon, double lat, double radiusM, String description) implements ClaimPlace {
    public AtPoint {
      if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
        throw new InvalidDataException(
            "place: longitude " + lon + ", latitude " + lat + " is out of range");
      }
      if (!(radiusM >= 0 && radiusM <= MAX_RADIUS_M)) {
        throw new InvalidDataException("place: radius " + radiusM + " m is out of range");
      }
    }

    @Override
    public String kind() {
      return "point";
    }
  }

  /**
   * Somewhere inside a facility, or inside one of its zones.
   *
   * @param facilityId the facility's id ({@code kwanliso-15-yodok}), not yet known to exist
   * @param zone the zone's key ({@code housing-east}), or null for the whole facility
   */
  record InFacility(String facilityId, String zone, String description) implements ClaimPlace {
    public InFacility {
      Objects.requireNonNull(facilityId, "facilityId");
    }

    @Override
    public String kind() {
      return "facility";
    }
  }

  /**
   * Somewhere inside an area.
   *
   * @param area a valid Polygon or MultiPolygon, EPSG:4326 (longitude, latitude), SRID 4326
   */
  record InArea(Geometry area, String description) implements ClaimPlace {
    public InArea {
      Objects.requireNonNull(area, "area");
    }

    @Override
    public String kind() {
      return "area";
    }
  }
}
