package org.sightline.geodata.geom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks a geometry before it is stored: type, coordinate ranges, OGC validity, a plausible size,
 * and that it lies in the region of interest. Each problem says what is wrong and where.
 *
 * <p>Input is EPSG:4326 in longitude, latitude order. A geometry outside the region of interest
 * that would lie inside it with its axes swapped is reported with that hint, because swapped
 * latitude and longitude is the most common data-entry mistake.
 *
 * <p>Immutable and thread-safe.
 */
public final class GeometryCheck {
  /** The Korean peninsula and its borders, with a margin: lon 123..132, lat 33..44 degrees. */
  public static final Envelope KOREA_REGION = new Envelope(123.0, 132.0, 33.0, 44.0);

  /**
   * The largest plausible facility, km². The largest known kwanliso (Camp 16, Hwasong) covers
   * roughly 550 km²; ten times the largest camp is a typo, not a camp.
   */
  public static final double MAX_FACILITY_AREA_SQ_KM = 5_000;

  /**
   * The most vertices (positions, counting every ring's closing one) one geometry may have, on
   * every write path. A facility outline digitised from imagery has tens to a few thousand; a
   * 640,000-vertex polygon took 7.7 s to check in an import dry run. Refused while reading GeoJSON
   * ({@link GeoJsonGeometryReader}), before any JTS object is built, and here for geometry built
   * otherwise.
   */
  public static final int MAX_VERTICES = 100_000;

  private final Envelope regionOfInterest;
  private final Set<String> allowedTypes;
  private final double maxAreaSqKm;

  /**
   * @param regionOfInterest longitude/latitude envelope every geometry must lie within
   * @param allowedTypes JTS geometry type names that may be stored, e.g. {@code Point}, {@code
   *     Polygon}
   * @param maxAreaSqKm the largest area accepted, km² on the WGS 84 ellipsoid
   */
  public GeometryCheck(Envelope regionOfInterest, Set<String> allowedTypes, double maxAreaSqKm) {
    this.regionOfInterest = new Envelope(regionOfInterest);
    this.allowedTypes = Set.copyOf(allowedTypes);
    this.maxAreaSqKm = maxAreaSqKm;
  }

  /**
   * The check for facility locations: points, polygons or multipolygons in {@link #KOREA_REGION}.
   */
  public static GeometryCheck forFacilities() {
    return new GeometryCheck(
        KOREA_REGION, Set.of("Point", "Polygon", "MultiPolygon"), MAX_FACILITY_AREA_SQ_KM);
  }

  /**
   * The refusal of a geometry over {@link #MAX_VERTICES}, e.g. {@code geometry has 640,000
   * vertices; at most 100,000 are accepted per geometry ...}.
   */
  public static String tooManyVertices(String path, long vertices) {
    return String.format(
        Locale.ROOT,
        "%s has %,d vertices; at most %,d are accepted per geometry (simplify it first, for example"
            + " with ogr2ogr -simplify 0.00001, about 1 m)",
        path,
        vertices,
        MAX_VERTICES);
  }

  /** Every problem found, in order; empty when the geometry may be stored. */
  public List<GeometryProblem> problems(Geometry geometry) {
    List<GeometryProblem> problems = new ArrayList<>();
    if (geometry == null) {
      problems.add(GeometryProblem.of("geometry is missing"));
      return problems;
    }
    if (geometry.getNumPoints() > MAX_VERTICES) {
      problems.add(GeometryProblem.of(tooManyVertices("geometry", geometry.getNumPoints())));
      return problems;
    }
    if (!allowedTypes.contains(geometry.getGeometryType())) {
      problems.add(
          GeometryProblem.of(
              String.format(
                  Locale.ROOT,
                  "geometry type %s is not allowed here; expected one of %s",
                  geometry.getGeometryType(),
                  allowedTypes.stream().sorted().toList())));
      return problems;
    }
    if (geometry.isEmpty()) {
      problems.add(GeometryProblem.of("geometry is empty"));
      return problems;
    }
    if (geometry.getSRID() != 0 && geometry.getSRID() != Geometries.SRID_WGS84) {
      problems.add(
          GeometryProblem.of(
              "geometry has SRID "
                  + geometry.getSRID()
                  + "; only EPSG:4326 (longitude, latitude) is accepted"));
      return problems;
    }
    for (Coordinate c : geometry.getCoordinates()) {
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
        problems.add(GeometryProblem.at("coordinate is not a finite number", c));
        return problems;
      }
      if (c.x < -180 || c.x > 180 || c.y < -90 || c.y > 90) {
        problems.add(
            GeometryProblem.at(
                String.format(
                    Locale.ROOT,
                    "coordinate out of range (longitude must be -180..180, latitude -90..90)%s",
                    swappedHint(c.y, c.x)),
                c));
        break;
      }
    }
    // Validity is checked even when a coordinate is out of range: swapped axes and a
    // self-intersection are two defects, and the client should learn of both at once.
    IsValidOp validOp = new IsValidOp(geometry);
    TopologyValidationError error = validOp.getValidationError();
    if (error != null) {
      problems.add(
          GeometryProblem.at(error.getMessage().toLowerCase(Locale.ROOT), error.getCoordinate()));
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    double areaSqKm = Measures.areaSqKm(geometry);
    if (areaSqKm > maxAreaSqKm) {
      problems.add(
          GeometryProblem.of(
              String.format(
                  Locale.ROOT,
                  "area %,.0f km² exceeds the maximum of %,.0f km² (measured on the WGS 84 ellipsoid); check the coordinates",
                  areaSqKm,
                  maxAreaSqKm)));
      return problems;
    }
    Envelope envelope = geometry.getEnvelopeInternal();
    if (!regionOfInterest.contains(envelope)) {
      Envelope swapped =
          new Envelope(
              envelope.getMinY(), envelope.getMaxY(), envelope.getMinX(), envelope.getMaxX());
      Coordinate where = outsideCoordinate(geometry);
      if (regionOfInterest.contains(swapped)) {
        problems.add(
            GeometryProblem.at(
                "geometry lies outside the region of interest but would lie inside it with latitude and"
                    + " longitude swapped; coordinates must be in longitude, latitude order",
                where));
      } else {
        problems.add(
            GeometryProblem.at(
                String.format(
                    Locale.ROOT,
                    "geometry lies outside the region of interest (longitude %s..%s, latitude %s..%s)",
                    regionOfInterest.getMinX(),
                    regionOfInterest.getMaxX(),
                    regionOfInterest.getMinY(),
                    regionOfInterest.getMaxY()),
                where));
      }
    }
    return problems;
  }

  /**
   * Throws when the geometry has any problem.
   *
   * @throws InvalidGeometryException naming every problem and where it is
   */
  public void requireValid(Geometry geometry) {
    List<GeometryProblem> problems = problems(geometry);
    if (!problems.isEmpty()) {
      throw new InvalidGeometryException(problems);
    }
  }

  private Coordinate outsideCoordinate(Geometry geometry) {
    for (Coordinate c : geometry.getCoordinates()) {
      if (!regionOfInterest.contains(c)) {
        return c;
      }
    }
    return geometry.getCoordinate();
  }

  private String swappedHint(double lonIfSwapped, double latIfSwapped) {
    if (regionOfInterest.contains(lonIfSwapped, latIfSwapped)) {
      return "; latitude and longitude look swapped, expected longitude first";
    }
    return "";
  }
}
