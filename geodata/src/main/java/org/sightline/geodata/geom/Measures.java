package org.sightline.geodata.geom;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Areas and lengths measured on the WGS 84 ellipsoid (GeographicLib's geodesics, Karney 2013),
 * never in degrees. Input is EPSG:4326, longitude/latitude order.
 *
 * <p>Polygon area is the exterior ring's area minus its holes'; a multipolygon's is the sum of its
 * parts. Perimeter is the length of every ring, holes included. Points and lines have no area.
 * Stateless and thread-safe.
 */
public final class Measures {
  private static final Geodesic WGS84 = Geodesic.WGS84;

  private Measures() {}

  /** Area in square kilometres. */
  public static double areaSqKm(Geometry geometry) {
    double areaSqm = 0;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      if (geometry.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
        areaSqm += ring(polygon.getExteriorRing()).area;
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          areaSqm -= ring(polygon.getInteriorRingN(h)).area;
        }
      }
    }
    return areaSqm / 1e6;
  }

  /** Perimeter (polygons) or length (lines) in kilometres. */
  public static double lengthKm(Geometry geometry) {
    double lengthM = 0;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part instanceof Polygon polygon && !polygon.isEmpty()) {
        lengthM += ring(polygon.getExteriorRing()).perimeter;
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          lengthM += ring(polygon.getInteriorRingN(h)).perimeter;
        }
      } else if (part instanceof LineString line) {
        Coordinate[] cs = line.getCoordinates();
        for (int k = 1; k < cs.length; k++) {
          lengthM += distanceM(cs[k - 1], cs[k]);
        }
      }
    }
    return lengthM / 1000;
  }

  /** Geodesic distance between two longitude/latitude positions, in metres. */
  public static double distanceM(Coordinate from, Coordinate to) {
    return WGS84.Inverse(from.y, from.x, to.y, to.x).s12;
  }

  /** |area| (m²) and perimeter (m) of one closed ring, whatever its orientation. */
  private static PolygonResult ring(LineString ring) {
    PolygonArea polygon = new PolygonArea(WGS84, false);
    Coordinate[] cs = ring.getCoordinates();
    for (int k = 0; k < cs.length - 1; k++) { // the closing point repeats the first
      polygon.AddPoint(cs[k].y, cs[k].x);
    }
    PolygonResult result = polygon.Compute(false, true);
    return new PolygonResult(result.num, result.perimeter, Math.abs(result.area));
  }
}
