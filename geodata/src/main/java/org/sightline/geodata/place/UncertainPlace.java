package org.sightline.geodata.place;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.geom.GeometryCheck;
import org.sightline.geodata.geom.GeometryProblem;
import org.sightline.geodata.geom.Measures;

/**
 * Where a witness places an event, with its uncertainty: a point with a radius, an area, or
 * somewhere inside a facility (or one of its zones). A claim may name several places ("at the mine
 * or at the farm"); its region is then their union ({@link PlaceRegion#of(List, PlaceResolver,
 * java.time.LocalDate, java.time.LocalDate)}).
 *
 * <p>Geometries are EPSG:4326, longitude/latitude. Immutable and thread-safe.
 */
public sealed interface UncertainPlace
    permits UncertainPlace.PointRadius, UncertainPlace.Area, UncertainPlace.WithinFacility {

  /** How precisely this place is known. */
  PlacePrecision precision();

  /**
   * A point and the radius within which the event took place ("near the mine entrance, within 200
   * m").
   *
   * @param centre longitude/latitude, SRID 4326 (or 0, read as 4326)
   * @param radiusM geodesic radius in metres, 0 (the point itself) to {@link #MAX_RADIUS_M}
   */
  record PointRadius(Point centre, double radiusM) implements UncertainPlace {
    /** The largest radius accepted, metres: beyond 100 km a place is a province, not a point. */
    public static final double MAX_RADIUS_M = 100_000;

    /**
     * @throws InvalidDataException when the centre is missing, empty or out of range (with a hint
     *     when latitude and longitude look swapped), or the radius is negative, not finite or over
     *     100 km
     */
    public PointRadius {
      if (centre == null || centre.isEmpty()) {
        throw new InvalidDataException("place: point is missing");
      }
      if (centre.getSRID() != 0 && centre.getSRID() != Geometries.SRID_WGS84) {
        throw new InvalidDataException(
            "place: point has SRID "
                + centre.getSRID()
                + "; only EPSG:4326 (longitude, latitude) is accepted");
      }
      checkLonLat(centre.getX(), centre.getY());
      if (!(radiusM >= 0 && radiusM <= MAX_RADIUS_M)) {
        throw new InvalidDataException(
            String.format(
                Locale.ROOT,
                "place: radius %s m is out of range; expected 0 to %,.0f m",
                radiusM,
                MAX_RADIUS_M));
      }
    }

    /** The point at {@code lonDeg, latDeg} (degrees) with a radius in metres. */
    public static PointRadius of(double lonDeg, double latDeg, double radiusM) {
      checkLonLat(lonDeg, latDeg);
      return new PointRadius(Geometries.point(lonDeg, latDeg), radiusM);
    }

    @Override
    public PlacePrecision precision() {
      return PlacePrecision.ofRadius(radiusM);
    }

    private static void checkLonLat(double lonDeg, double latDeg) {
      if (!Double.isFinite(lonDeg) || !Double.isFinite(latDeg)) {
        throw new InvalidDataException("place: point coordinates must be finite numbers");
      }
      if (lonDeg < -180 || lonDeg > 180 || latDeg < -90 || latDeg > 90) {
        boolean swapped = latDeg >= -180 && latDeg <= 180 && lonDeg >= -90 && lonDeg <= 90;
        throw new InvalidDataException(
            String.format(
                Locale.ROOT,
                "place: point %s %s is out of range (longitude -180..180, latitude -90..90)%s",
                lonDeg,
                latDeg,
                swapped ? "; latitude and longitude look swapped, expected longitude first" : ""));
      }
    }
  }

  /**
   * An area the event took place in, drawn or taken from a gazetteer ("in the valley north of the
   * camp", "in North Hamgyong province").
   *
   * @param area a valid Polygon or MultiPolygon, longitude/latitude, SRID 4326 (or 0), at most
   *     {@link #MAX_AREA_SQ_KM}
   */
  record Area(Geometry area) implements UncertainPlace {
    /** The largest area accepted, km²: more than the DPRK's 120,540 km², less than a typo's. */
    public static final double MAX_AREA_SQ_KM = 200_000;

    private static final GeometryCheck CHECK =
        new GeometryCheck(
            new Envelope(-180, 180, -90, 90), Set.of("Polygon", "MultiPolygon"), MAX_AREA_SQ_KM);

    /**
     * @throws InvalidDataException listing every problem of the geometry (type, emptiness, SRID,
     *     coordinate ranges, validity, size) and where it is
     */
    public Area {
      List<GeometryProblem> problems = CHECK.problems(area);
      if (!problems.isEmpty()) {
        throw new InvalidDataException(
            problems.stream().map(p -> "place: area: " + p.describe()).toList());
      }
    }

    /**
     * {@link PlacePrecision#ofRadius} of the radius of a circle of the same area: a 10 km² area is
     * {@link PlacePrecision#APPROXIMATE}, a county or a province {@link PlacePrecision#AREA}.
     */
    @Override
    public PlacePrecision precision() {
      double areaSqm = Measures.areaSqKm(area) * 1e6;
      return PlacePrecision.ofRadius(Math.sqrt(areaSqm / Math.PI));
    }
  }

  /**
   * Somewhere inside a facility, or inside one of its zones. Its region is the facility's (or
   * zone's) boundary valid at the time of the claim, which only the caller knows ({@link
   * PlaceResolver}).
   *
   * @param facilityId the registry's id of the facility, e.g. {@code kwanliso-15-yodok}
   * @param zoneKey the key of one of its zones, e.g. {@code housing-east}, or null for the whole
   *     facility
   */
  record WithinFacility(String facilityId, String zoneKey) implements UncertainPlace {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    /**
     * @throws InvalidDataException when an id is not a registry id (lowercase letters, digits and
     *     '-')
     */
    public WithinFacility {
      if (facilityId == null || !ID.matcher(facilityId).matches()) {
        throw new InvalidDataException(
            "place: facility '" + facilityId + "' is not a facility id, e.g. kwanliso-15-yodok");
      }
      if (zoneKey != null && !ID.matcher(zoneKey).matches()) {
        throw new InvalidDataException(
            "place: zone '" + zoneKey + "' is not a zone key, e.g. housing-east");
      }
    }

    /** Somewhere inside the whole facility. */
    public static WithinFacility facility(String facilityId) {
      return new WithinFacility(facilityId, null);
    }

    /** Somewhere inside one zone of the facility. */
    public static WithinFacility zone(String facilityId, String zoneKey) {
      return new WithinFacility(facilityId, zoneKey);
    }

    @Override
    public PlacePrecision precision() {
      return PlacePrecision.FACILITY;
    }
  }
}
