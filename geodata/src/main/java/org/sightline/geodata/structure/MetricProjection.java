package org.sightline.geodata.structure;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * A metric projection around one facility, for overlap and distance between drawings: metres, x
 * east, y north, origin at the centre. A sinusoidal projection on the WGS 84 ellipsoid's radii of
 * curvature at the centre: distances within a few kilometres of the centre are true to about 0.1%,
 * which is far below digitizing error and the same for every drawing compared. Immutable and
 * thread-safe.
 */
public final class MetricProjection {
  private static final double A = 6_378_137.0;
  private static final double E2 = 6.694_379_990_14e-3;

  private final double lonDeg;
  private final double latDeg;
  private final double metresPerRadianNorth;
  private final double primeVerticalRadiusM;

  private MetricProjection(double lonDeg, double latDeg) {
    this.lonDeg = lonDeg;
    this.latDeg = latDeg;
    double sin = Math.sin(Math.toRadians(latDeg));
    double w = Math.sqrt(1 - E2 * sin * sin);
    this.primeVerticalRadiusM = A / w;
    this.metresPerRadianNorth = A * (1 - E2) / (w * w * w);
  }

  /** The projection centred on the centre of {@code around}'s envelope (EPSG:4326, lon/lat). */
  public static MetricProjection centredOn(Geometry around) {
    Coordinate centre = around.getEnvelopeInternal().centre();
    return new MetricProjection(centre.x, centre.y);
  }

  /** {@code geometry} (EPSG:4326, longitude/latitude) in this projection, metres; a copy. */
  public Geometry project(Geometry geometry) {
    Geometry copy = geometry.copy();
    copy.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            double lon = seq.getX(i);
            double lat = seq.getY(i);
            seq.setOrdinate(
                i,
                0,
                Math.toRadians(lon - lonDeg)
                    * primeVerticalRadiusM
                    * Math.cos(Math.toRadians(lat)));
            seq.setOrdinate(i, 1, Math.toRadians(lat - latDeg) * metresPerRadianNorth);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    copy.setSRID(0);
    return copy;
  }
}
