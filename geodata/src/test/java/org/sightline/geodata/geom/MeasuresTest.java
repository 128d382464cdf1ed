package org.sightline.geodata.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Geodesic measures checked against an independent computation: the same ring projected to its UTM
 * zone (proj4j) and measured in the plane, where scale error near the central meridian is far below
 * the tolerances used here.
 */
class MeasuresTest {
  // Roughly the extent of Camp 15 (Yodok), an irregular ring, in UTM zone 52N (central meridian 129
  // E).
  private static final String YODOK_LIKE =
      "POLYGON ((126.70 39.60, 126.95 39.58, 127.02 39.70, 126.90 39.78,"
          + " 126.74 39.74, 126.70 39.60))";

  private static Geometry utm(String wkt, int zone) {
    CoordinateTransform toUtm =
        new CoordinateTransformFactory()
            .createTransform(
                new CRSFactory()
                    .createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs"),
                new CRSFactory()
                    .createFromParameters(
                        "UTM" + zone + "N",
                        "+proj=utm +zone=" + zone + " +datum=WGS84 +units=m +no_defs"));
    Geometry geometry = Geometries.fromWkt(wkt);
    geometry.apply(
        (Coordinate c) -> {
          ProjCoordinate out = toUtm.transform(new ProjCoordinate(c.x, c.y), new ProjCoordinate());
          c.x = out.x;
          c.y = out.y;
        });
    geometry.geometryChanged();
    return geometry;
  }

  /**
   * UTM scale factor at a longitude offset from the central meridian (first order, k0 = 0.9996).
   */
  private static double utmScale(double lonDeg, double latDeg, int zone) {
    double centralMeridianDeg = zone * 6 - 183;
    double x = Math.toRadians(lonDeg - centralMeridianDeg) * Math.cos(Math.toRadians(latDeg));
    return 0.9996 * (1 + x * x / 2);
  }

  @Test
  void polygonAreaMatchesUtmWithinAPartInTenThousand() {
    double geodesicSqKm = Measures.areaSqKm(Geometries.fromWkt(YODOK_LIKE));
    double k = utmScale(126.86, 39.68, 52);
    double utmSqKm = utm(YODOK_LIKE, 52).getArea() / (k * k) / 1e6;
    // A spherical equirectangular shoelace estimate (R = 6371.0088 km) gives 427.26 km2.
    assertThat(geodesicSqKm).isBetween(426.0, 429.0);
    assertThat(geodesicSqKm / utmSqKm).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void perimeterMatchesUtm() {
    double geodesicKm = Measures.lengthKm(Geometries.fromWkt(YODOK_LIKE));
    double utmKm = utm(YODOK_LIKE, 52).getLength() / utmScale(126.86, 39.68, 52) / 1000;
    assertThat(geodesicKm / utmKm).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void holesAreSubtractedAndOrientationDoesNotMatter() {
    String outer = "(126 39, 126.1 39, 126.1 39.1, 126 39.1, 126 39)";
    String outerReversed = "(126 39, 126 39.1, 126.1 39.1, 126.1 39, 126 39)";
    String hole = "(126.02 39.02, 126.02 39.05, 126.05 39.05, 126.05 39.02, 126.02 39.02)";
    double full = Measures.areaSqKm(Geometries.fromWkt("POLYGON (" + outer + ")"));
    assertThat(Measures.areaSqKm(Geometries.fromWkt("POLYGON (" + outerReversed + ")")))
        .isCloseTo(full, within(1e-9));
    double holeArea = Measures.areaSqKm(Geometries.fromWkt("POLYGON (" + hole + ")"));
    assertThat(Measures.areaSqKm(Geometries.fromWkt("POLYGON (" + outer + ", " + hole + ")")))
        .isCloseTo(full - holeArea, within(1e-9));
    // A 0.1 x 0.1 degree cell at 39 N is about 8.65 km east-west by 11.1 km north-south.
    assertThat(full).isBetween(95.0, 97.0);
  }

  @Test
  void distanceMatchesVincentyForCamp16Sources() {
    // HRNK and Wikipedia locations of Camp 16; Vincenty's inverse formula gives 10,491.637 m.
    double metres =
        Measures.distanceM(
            new Coordinate(129.2683983, 41.2869653), new Coordinate(129.391211, 41.268505));
    assertThat(metres).isCloseTo(10_491.637, within(0.01));
  }

  @Test
  void pointsHaveNoArea() {
    assertThat(Measures.areaSqKm(Geometries.point(126.85, 39.67))).isZero();
  }
}
