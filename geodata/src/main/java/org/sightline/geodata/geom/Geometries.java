package org.sightline.geodata.geom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The one {@link GeometryFactory} of Sightline and the few ways to make geometries with it.
 *
 * <p>Every geometry is in EPSG:4326 (WGS 84) with SRID 4326 set, and coordinates in <b>longitude,
 * latitude</b> order (x = longitude, y = latitude, decimal degrees), as in GeoJSON and WKT.
 * Floating precision: coordinates are never rounded.
 *
 * <p>Thread-safety: {@link GeometryFactory} is immutable and safe to share; {@link WKTReader} is
 * not, so {@link #fromWkt} makes a fresh one per call.
 */
public final class Geometries {
  /** EPSG:4326, WGS 84 geographic, longitude/latitude axis order. */
  public static final int SRID_WGS84 = 4326;

  public static final GeometryFactory FACTORY =
      new GeometryFactory(new PrecisionModel(PrecisionModel.FLOATING), SRID_WGS84);

  private Geometries() {}

  /** A point at the given longitude and latitude (degrees), SRID 4326. */
  public static Point point(double lonDeg, double latDeg) {
    return FACTORY.createPoint(new Coordinate(lonDeg, latDeg));
  }

  /** An axis-aligned rectangle polygon from its corners (degrees), SRID 4326. */
  public static Polygon box(
      double minLonDeg, double minLatDeg, double maxLonDeg, double maxLatDeg) {
    return FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(minLonDeg, minLatDeg),
          new Coordinate(maxLonDeg, minLatDeg),
          new Coordinate(maxLonDeg, maxLatDeg),
          new Coordinate(minLonDeg, maxLatDeg),
          new Coordinate(minLonDeg, minLatDeg)
        });
  }

  /**
   * Parses WKT (longitude latitude order) into a geometry with SRID 4326.
   *
   * @throws IllegalArgumentException with the parser's message when the text is not valid WKT
   */
  public static Geometry fromWkt(String wkt) {
    try {
      Geometry geometry = new WKTReader(FACTORY).read(wkt);
      geometry.setSRID(SRID_WGS84);
      return geometry;
    } catch (ParseException e) {
      throw new IllegalArgumentException("not valid WKT: " + e.getMessage(), e);
    }
  }
}
