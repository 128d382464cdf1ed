package org.sightline.geodata.corroboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sightline.geodata.corroboration.Fixtures.circle;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** The measures of a match against hand-computed geometry. */
class PairGeometryTest {
  @Test
  void overlapOfTwoCirclesIsTheLensArea() {
    // Two circles of 1 km, centres 1 km apart: the lens is 2 r² acos(d / 2r) - (d / 2) sqrt(4r² -
    // d²) = 1.2284 km²; the 64-gons cover about 0.2% less.
    Geometry a = circle(0, 0, 1000);
    Geometry b = circle(1000, 0, 1000);
    double lensSqm = 2 * 1e6 * Math.acos(0.5) - 500 * Math.sqrt(4e6 - 1e6);
    assertThat(PairGeometry.overlapSqm(a, b)).isCloseTo(lensSqm, within(lensSqm * 0.005));
    assertThat(PairGeometry.distanceM(a, b)).isZero();
  }

  @Test
  void distanceBetweenRegionsThatDoNotMeet() {
    Geometry a = circle(0, 0, 200);
    Geometry b = circle(0, 1000, 300);
    // 1,000 m between centres, less both radii; the 64-gons' edges lie up to 0.12% inside.
    assertThat(PairGeometry.distanceM(a, b)).isCloseTo(500, within(1.0));
    assertThat(PairGeometry.overlapSqm(a, b)).isZero();
    assertThat(PairGeometry.within(a, b, 501)).isTrue();
    assertThat(PairGeometry.within(a, b, 499)).isFalse();
    assertThat(PairGeometry.within(circle(0, 0, 0), circle(0, 0, 0), 0)).isTrue();
  }
}
