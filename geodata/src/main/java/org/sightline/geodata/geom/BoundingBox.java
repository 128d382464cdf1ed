package org.sightline.geodata.geom;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Polygon;

/**
 * A bounding box in WGS 84 longitude/latitude degrees, as the OGC API {@code bbox} parameter and
 * GeoJSON {@code bbox} member define it: lower-left corner then upper-right corner.
 *
 * <p>A box whose {@code minLonDeg} is greater than its {@code maxLonDeg} crosses the antimeridian
 * (OGC API - Features 1.0, 7.15.3); {@link #toPolygons()} then gives its two halves.
 */
public record BoundingBox(double minLonDeg, double minLatDeg, double maxLonDeg, double maxLatDeg) {

  public BoundingBox {
    checkLongitude("minimum longitude", minLonDeg);
    checkLongitude("maximum longitude", maxLonDeg);
    checkLatitude("minimum latitude", minLatDeg);
    checkLatitude("maximum latitude", maxLatDeg);
    if (minLatDeg > maxLatDeg) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "minimum latitude %s is greater than maximum latitude %s (expected minLon,minLat,maxLon,maxLat)",
              fmt(minLatDeg),
              fmt(maxLatDeg)));
    }
  }

  public static BoundingBox of(
      double minLonDeg, double minLatDeg, double maxLonDeg, double maxLatDeg) {
    return new BoundingBox(minLonDeg, minLatDeg, maxLonDeg, maxLatDeg);
  }

  /**
   * Parses the OGC API text form {@code minLon,minLat,maxLon,maxLat} (or the six-number form with
   * minimum and maximum heights, which are ignored: Sightline data is 2D).
   *
   * @throws IllegalArgumentException saying which part is wrong
   */
  public static BoundingBox parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("bbox is empty; expected minLon,minLat,maxLon,maxLat");
    }
    String[] parts = text.split(",", -1);
    if (parts.length != 4 && parts.length != 6) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "bbox must have 4 numbers (minLon,minLat,maxLon,maxLat) or 6 with heights; got %d value%s in '%s'",
              parts.length,
              parts.length == 1 ? "" : "s",
              text));
    }
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].trim();
      try {
        values[i] = Double.parseDouble(part);
      } catch (NumberFormatException e) {
        values[i] = Double.NaN;
      }
      if (!Double.isFinite(values[i]) || part.isEmpty()) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "bbox value %d of %d ('%s') is not a number",
                i + 1,
                parts.length,
                part));
      }
    }
    if (parts.length == 6) {
      if (values[2] > values[5]) {
        throw new IllegalArgumentException("bbox minimum height is greater than maximum height");
      }
      return new BoundingBox(values[0], values[1], values[3], values[4]);
    }
    return new BoundingBox(values[0], values[1], values[2], values[3]);
  }

  /** True when the box wraps across longitude 180. */
  public boolean crossesAntimeridian() {
    return minLonDeg > maxLonDeg;
  }

  /** The box as one polygon, or two when it crosses the antimeridian. SRID 4326. */
  public List<Polygon> toPolygons() {
    if (crossesAntimeridian()) {
      return List.of(
          Geometries.box(minLonDeg, minLatDeg, 180, maxLatDeg),
          Geometries.box(-180, minLatDeg, maxLonDeg, maxLatDeg));
    }
    return List.of(Geometries.box(minLonDeg, minLatDeg, maxLonDeg, maxLatDeg));
  }

  /** The OGC API text form, shortest exact numbers. */
  public String toParameter() {
    return fmt(minLonDeg) + "," + fmt(minLatDeg) + "," + fmt(maxLonDeg) + "," + fmt(maxLatDeg);
  }

  private static void checkLongitude(String what, double value) {
    if (!Double.isFinite(value) || value < -180 || value > 180) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "bbox %s %s is outside -180..180", what, fmt(value)));
    }
  }

  private static void checkLatitude(String what, double value) {
    if (!Double.isFinite(value) || value < -90 || value > 90) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "bbox %s %s is outside -90..90%s",
              what,
              fmt(value),
              Math.abs(value) <= 180
                  ? " (is the box in lat,lon order? expected minLon,minLat,maxLon,maxLat)"
                  : ""));
    }
  }

  private static String fmt(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
