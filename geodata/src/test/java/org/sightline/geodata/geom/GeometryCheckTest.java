package org.sightline.geodata.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeometryCheckTest {
  private final GeometryCheck check = GeometryCheck.forFacilities();

  private List<String> problems(String wkt) {
    return check.problems(Geometries.fromWkt(wkt)).stream().map(GeometryProblem::describe).toList();
  }

  @Test
  void pointInsideKoreaPasses() {
    assertThat(problems("POINT (126.8510413 39.6742705)")).isEmpty();
  }

  @Test
  void bowtieReportsSelfIntersectionWithItsLocation() {
    assertThat(problems("POLYGON ((126.8 39.6, 126.9 39.7, 126.9 39.6, 126.8 39.7, 126.8 39.6))"))
        .containsExactly("self-intersection at 126.85 39.65");
  }

  @Test
  void swappedPointIsRejectedWithHint() {
    assertThat(problems("POINT (39.6742705 126.8510413)"))
        .singleElement().asString()
        .contains("latitude and longitude look swapped");
  }

  @Test
  void swappedPolygonInsideLatitudeRangeIsRejectedWithHint() {
    // 39..40 / 38..39 is a valid lon/lat box, but lies in the Atlantic-Africa region, not Korea;
    // with the axes swapped it would not be in Korea either, so no hint here.
    assertThat(problems("POLYGON ((39 38, 40 38, 40 39, 39 39, 39 38))"))
        .singleElement().asString()
        .startsWith("geometry lies outside the region of interest (longitude 123.0..132.0");
  }

  @Test
  void outOfRangeIsRejected() {
    assertThat(problems("POINT (200 39)"))
        .containsExactly("coordinate out of range (longitude must be -180..180, latitude -90..90) at 200 39");
  }

  @Test
  void lineStringIsNotAFacilityLocation() {
    assertThat(problems("LINESTRING (126 39, 127 40)"))
        .containsExactly("geometry type LineString is not allowed here; expected one of [MultiPolygon, Point, Polygon]");
  }

  @Test
  void emptyGeometryIsRejected() {
    assertThat(problems("POINT EMPTY")).containsExactly("geometry is empty");
  }

  @Test
  void requireValidThrowsWithAllProblems() {
    assertThatThrownBy(() -> check.requireValid(Geometries.fromWkt("POINT (39.67 126.85)")))
        .isInstanceOf(InvalidGeometryException.class)
        .hasMessageContaining("swapped");
  }

  @Test
  void malformedWktIsAnIllegalArgument() {
    assertThatThrownBy(() -> Geometries.fromWkt("POLYGON ((1 2, 3 4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not valid WKT");
  }
}
