package org.sightline.geodata.corroboration;

import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
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
    Frame frame = new Frame(c);
    boolean inside = SimplePointInAreaLocator.isContained(c, region);
    double outer = 0;
    double inner = Double.MAX_VALUE;
    for (int i = 0; i < region.getNumGeometries(); i++) {
      Geometry part = region.getGeometryN(i);
      for (int k = 0; k < part.getNumGeometries(); k++) {
        if (part.getGeometryN(k) instanceof Polygon polygon) {
          outer = Math.max(outer, frame.farthest(polygon.getExteriorRing()));
          inner = Math.min(inner, frame.nearestEdge(polygon.getExteriorRing()));
          for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            inner = Math.min(inner, frame.nearestEdge(polygon.getInteriorRingN(h)));
          }
        } else if (part.getGeometryN(k) instanceof Point point) {
          outer = Math.max(outer, frame.distance(point.getX(), point.getY()));
        }
      }
    }
    inner = inside && inner != Double.MAX_VALUE ? Math.max(0, inner * (1 - MARGIN) - 0.5) : NO_CORE;
    return new RegionBounds(c.x, c.y, inner, outer * (1 + MARGIN) + 0.5);
  }

  /** Distance in metres between the two centres (mid-latitude, WGS 84 radii; 0.012% to 300 km). */
  static double centreDistanceM(RegionBounds a, RegionBounds b) {
    double mid = Math.toRadians((a.latDeg + b.latDeg) / 2);
    double sin = Math.sin(mid);
    double w = Math.sqrt(1 - E2 * sin * sin);
    double dx = Math.toRadians(b.lonDeg - a.lonDeg) * A / w * Math.cos(mid);
    double dy = Math.toRadians(b.latDeg - a.latDeg) * A * (1 - E2) / (w * w * w);
    return Math.sqrt(dx * dx + dy * dy);
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

  /**
   * Metres east and north of a centre: a sinusoidal frame on the WGS 84 radii of curvature at the
   * centre, the cosine of each point's latitude from the centre's by the angle-sum formula (its
   * error is below 1e-6 within two degrees).
   */
  private static final class Frame {
    final double lon;
    final double lat;
    final double eastM;
    final double northM;
    final double cos;
    final double sin;

    Frame(Coordinate centre) {
      lon = centre.x;
      lat = centre.y;
      sin = Math.sin(Math.toRadians(lat));
      cos = Math.cos(Math.toRadians(lat));
      double w = Math.sqrt(1 - E2 * sin * sin);
      eastM = Math.toRadians(1) * A / w;
      northM = Math.toRadians(1) * A * (1 - E2) / (w * w * w);
    }

    double x(double lonDeg, double latDeg) {
      double d = Math.toRadians(latDeg - lat);
      return (lonDeg - lon) * eastM * (cos * (1 - d * d / 2) - sin * d);
    }

    double y(double latDeg) {
      return (latDeg - lat) * northM;
    }

    double distance(double lonDeg, double latDeg) {
      double x = x(lonDeg, latDeg);
      double y = y(latDeg);
      return Math.sqrt(x * x + y * y);
    }

    double farthest(LineString ring) {
      CoordinateSequence cs = ring.getCoordinateSequence();
      double best = 0;
      for (int k = 0; k < cs.size(); k++) {
        best = Math.max(best, distance(cs.getX(k), cs.getY(k)));
      }
      return best;
    }

    double nearestEdge(LineString ring) {
      CoordinateSequence cs = ring.getCoordinateSequence();
      double best = Double.MAX_VALUE;
      double px = x(cs.getX(0), cs.getY(0));
      double py = y(cs.getY(0));
      for (int k = 1; k < cs.size(); k++) {
        double qx = x(cs.getX(k), cs.getY(k));
        double qy = y(cs.getY(k));
        best = Math.min(best, distanceFromOrigin(px, py, qx, qy));
        px = qx;
        py = qy;
      }
      return best;
    }
  }

  /** Distance from (0, 0) to the segment (px, py)-(qx, qy). */
  private static double distanceFromOrigin(double px, double py, double qx, double qy) {
    double dx = qx - px;
    double dy = qy - py;
    double lengthSq = dx * dx + dy * dy;
    double t = lengthSq == 0 ? 0 : Math.max(0, Math.min(1, -(px * dx + py * dy) / lengthSq));
    double x = px + t * dx;
    double y = py + t * dy;
    return Math.sqrt(x * x + y * y);
  }
}
