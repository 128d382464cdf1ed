package org.sightline.geodata.geom;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A circle on the WGS 84 ellipsoid: the polygon whose vertices lie exactly {@code radiusKm} from
 * the centre along geodesics, at equal azimuth steps. Used for placeholder search areas around a
 * reported location. EPSG:4326, longitude/latitude. Stateless and thread-safe.
 */
public final class GeodesicCircle {
  private GeodesicCircle() {}

  /**
   * @param centre longitude/latitude
   * @param radiusKm geodesic radius, km (positive)
   * @param vertices number of vertices, at least 8
   */
  public static Polygon around(Point centre, double radiusKm, int vertices) {
    if (radiusKm <= 0 || vertices < 8) {
      throw new IllegalArgumentException(
          "a circle needs a positive radius and at least 8 vertices");
    }
    Coordinate[] ring = new Coordinate[vertices + 1];
    for (int i = 0; i < vertices; i++) {
      // Counter-clockwise, as RFC 7946 asks of exterior rings: azimuths decreasing from north.
      double azimuth = 360.0 - i * 360.0 / vertices;
      GeodesicData d =
          Geodesic.WGS84.Direct(centre.getY(), centre.getX(), azimuth, radiusKm * 1000);
      ring[i] = new Coordinate(d.lon2, d.lat2);
    }
    ring[vertices] = new Coordinate(ring[0]);
    return Geometries.FACTORY.createPolygon(ring);
  }
}
