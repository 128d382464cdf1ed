package org.sightline.geodata.corroboration;

import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Two discs around a region's centre, in metres: an inner one inside the region ({@code innerM}, or
 * {@link #NO_CORE} when the centre lies outside it) and an outer one containing it ({@code
 * outerM}). They decide most pairs without intersecting the regions: two regions certainly lie
 * within a tolerance of each other when their inner discs do, and certainly not when their outer
 * discs do not. Distances are measured on the WGS 84 radii of curvature at the centre (a sinusoidal
 * frame: within 0.02% of the geodesic up to 100 km) and the discs are then shrunk or grown by
 * {@link #MARGIN} so that the shortcut never contradicts the exact test.
 *
 * @param lonDeg the centre: a point region's point, otherwise the centroid
 * @param latDeg the centre's latitude
 * @param innerM radius of a disc around the centre inside the region, or {@link #NO_CORE}
 * @param outerM radius of a disc around the centre containing the region
 */
record RegionBounds(double lonDeg, double latDeg, double innerM, double outerM) {
  /** No disc around the centre lies inside the region (the centre is outside it). */
  static final double NO_CORE = -1;

  /** Relative safety margin of the discs and of the distance between centres. */
  static final double MARGIN = 0.002;

  private static final double A = 6_378_137.0;
  private static final double E2 = 6.694_379_990_14e-3;

  static RegionBounds of(Geometry region) {
    if (region instanceof Point p) {
      return new RegionBounds(p.getX(), p.getY(), 0, 0);
    }
    Coordinate c = region.getCentroid().getCoordinate();
    double sin = Math.sin(Math.toRadians(c.y));
    double w = Math.sqrt(1 - E2 * sin * sin);
    double eastM = Math.toRadians(1) * A / w; // metres per degree of longitude, times cos(lat)
    double northM = Math.toRadians(1) * A * (1 - E2) / (w * w * w);
    double outer = 0;
    for (Coordinate v : region.getCoordinates()) {
      outer = Math.max(outer, Math.hypot(x(v, c, eastM), (v.y - c.y) * northM));
    }
    double inner = NO_CORE;
    if (SimplePointInAreaLocator.isContained(c, region)) {
      inner = Double.MAX_VALUE;
      for (int i = 0; i < region.getNumGeometries(); i++) {
        if (region.getGeometryN(i) instanceof Polygon polygon) {
          inner = Math.min(inner, distanceToRing(polygon.getExteriorRing(), c, eastM, northM));
          for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            inner = Math.min(inner, distanceToRing(polygon.getInteriorRingN(h), c, eastM, northM));
          }
        }
      }
      inner = inner == Double.MAX_VALUE ? NO_CORE : Math.max(0, inner * (1 - MARGIN) - 0.5);
    }
    return new RegionBounds(c.x, c.y, inner, outer * (1 + MARGIN) + 0.5);
  }

  /** Distance in metres between the two centres (mid-latitude, WGS 84 radii; 0.012% to 300 km). */
  static double centreDistanceM(RegionBounds a, RegionBounds b) {
    double mid = Math.toRadians((a.latDeg + b.latDeg) / 2);
    double sin = Math.sin(mid);
    double w = Math.sqrt(1 - E2 * sin * sin);
    double dx = Math.toRadians(b.lonDeg - a.lonDeg) * A / w * Math.cos(mid);
    double dy = Math.toRadians(b.latDeg - a.latDeg) * A * (1 - E2) / (w * w * w);
    return Math.hypot(dx, dy);
  }

  /**
   * Whether the bounds alone decide that the regions lie within {@code toleranceM}: TRUE, FALSE, or
   * null when only the exact test can tell.
   */
  static Boolean decide(RegionBounds a, RegionBounds b, double toleranceM) {
    double d = centreDistanceM(a, b);
    if (a.innerM != NO_CORE
        && b.innerM != NO_CORE
        && d * (1 + MARGIN) + 0.5 <= a.innerM + b.innerM + toleranceM) {
      return Boolean.TRUE;
    }
    if (d * (1 - MARGIN) - 0.5 > a.outerM + b.outerM + toleranceM) {
      return Boolean.FALSE;
    }
    return null;
  }

  private static double x(Coordinate v, Coordinate c, double eastM) {
    return (v.x - c.x) * eastM * Math.cos(Math.toRadians(v.y));
  }

  private static double distanceToRing(LineString ring, Coordinate c, double eastM, double northM) {
    Coordinate[] cs = ring.getCoordinates();
    double best = Double.MAX_VALUE;
    double px = x(cs[0], c, eastM);
    double py = (cs[0].y - c.y) * northM;
    for (int k = 1; k < cs.length; k++) {
      double qx = x(cs[k], c, eastM);
      double qy = (cs[k].y - c.y) * northM;
      best = Math.min(best, distanceFromOrigin(px, py, qx, qy));
      px = qx;
      py = qy;
    }
    return best;
  }

  /** Distance from (0, 0) to the segment (px, py)-(qx, qy). */
  private static double distanceFromOrigin(double px, double py, double qx, double qy) {
    double dx = qx - px;
    double dy = qy - py;
    double lengthSq = dx * dx + dy * dy;
    double t = lengthSq == 0 ? 0 : Math.max(0, Math.min(1, -(px * dx + py * dy) / lengthSq));
    return Math.hypot(px + t * dx, py + t * dy);
  }
}
