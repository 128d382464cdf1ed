package org.sightline.geodata.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class GeodesicCircleTest {
  @Test
  void everyVertexIsTheRadiusAwayAndTheAreaApproachesPiRSquared() {
    Polygon circle = GeodesicCircle.around(Geometries.point(126.8510413, 39.6742705), 2.0, 64);
    assertThat(circle.isValid()).isTrue();
    assertThat(circle.getNumPoints()).isEqualTo(65);
    for (Coordinate vertex : circle.getCoordinates()) {
      assertThat(Measures.distanceM(new Coordinate(126.8510413, 39.6742705), vertex))
          .isCloseTo(2000.0, within(1e-6));
    }
    // A 64-gon inscribed in a circle covers (64/2pi) sin(2pi/64) = 99.84 % of it.
    assertThat(Measures.areaSqKm(circle)).isCloseTo(Math.PI * 4 * 0.99839, within(0.01));
    assertThat(GeometryCheck.forFacilities().problems(circle)).isEmpty();
  }
}
