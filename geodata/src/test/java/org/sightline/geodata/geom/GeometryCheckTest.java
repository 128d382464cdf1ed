package org.sightline.geodata.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

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
  void swappedAndSelfIntersectingReportsBoth() {
    // The bowtie above typed as latitude, longitude: two defects, both reported.
    assertThat(problems("POLYGON ((39.6 126.8, 39.7 126.9, 39.6 126.9, 39.7 126.8, 39.6 126.8))"))
        .hasSize(2)
        .satisfiesExactly(
            swapped -> assertThat(swapped).contains("latitude and longitude look swapped"),
            bowtie -> assertThat(bowtie).isEqualTo("self-intersection at 39.65 126.85"));
  }

  @Test
  void swappedPointIsRejectedWithHint() {
    assertThat(problems("POINT (39.6742705 126.8510413)"))
        .singleElement()
        .asString()
        .contains("latitude and longitude look swapped");
  }

  @Test
  void swappedPolygonIsRejectedWithHint() {
    // Camp 15's area typed as latitude, longitude: 126.x is no latitude.
    assertThat(problems("POLYGON ((39.60 126.70, 39.58 126.95, 39.70 127.02, 39.60 126.70))"))
        .singleElement()
        .asString()
        .isEqualTo(
            "coordinate out of range (longitude must be -180..180, latitude -90..90); latitude and"
                + " longitude look swapped, expected longitude first at 39.6 126.7");
  }

  @Test
  void polygonOutsideTheRegionIsRejectedWithTheRegion() {
    // A small box near Beijing: valid, plausible in size, but not in the peninsula.
    assertThat(problems("POLYGON ((116.3 39.9, 116.4 39.9, 116.4 40, 116.3 39.9))"))
        .singleElement()
        .asString()
        .isEqualTo(
            "geometry lies outside the region of interest (longitude 123.0..132.0, latitude 33.0..44.0) at 116.3 39.9");
  }

  @Test
  void outOfRangeIsRejected() {
    assertThat(problems("POINT (200 39)"))
        .containsExactly(
            "coordinate out of range (longitude must be -180..180, latitude -90..90) at 200 39");
  }

  @Test
  void lineStringIsNotAFacilityLocation() {
    assertThat(problems("LINESTRING (126 39, 127 40)"))
        .containsExactly(
            "geometry type LineString is not allowed here; expected one of [MultiPolygon, Point, Polygon]");
  }

  @Test
  void absurdlyLargeCampIsRejected() {
    // About 1,300,000 km2 (12 x 12 degrees); the size is checked before the region.
    assertThat(problems("POLYGON ((120 30, 132 30, 132 42, 120 42, 120 30))"))
        .singleElement()
        .asString()
        .startsWith("area 1,")
        .endsWith(
            "km² exceeds the maximum of 5,000 km² (measured on the WGS 84 ellipsoid); check the coordinates");
  }

  @Test
  void campSizedPolygonPasses() {
    assertThat(
            problems(
                "POLYGON ((126.70 39.60, 126.95 39.58, 127.02 39.70, 126.90 39.78, 126.74 39.74, 126.70 39.60))"))
        .isEmpty();
  }

  @Test
  void bowtieRepairSaysWhatChanged() {
    var result =
        GeometryRepair.repair(
            Geometries.fromWkt(
                "POLYGON ((126.8 39.6, 126.9 39.7, 126.9 39.6, 126.8 39.7, 126.8 39.6))"));
    assertThat(result.changed()).isTrue();
    assertThat(result.geometry().isValid()).isTrue();
    assertThat(result.geometry().getSRID()).isEqualTo(4326);
    assertThat(result.changes()).first().isEqualTo("repaired self-intersection at 126.85 39.65");
    assertThat(result.changes()).contains("Polygon became MultiPolygon with 2 parts");
    assertThat(check.problems(result.geometry())).isEmpty();
  }

  @Test
  void validGeometryIsNotTouchedByRepair() {
    var polygon = Geometries.fromWkt("POLYGON ((126.8 39.6, 126.9 39.6, 126.9 39.7, 126.8 39.6))");
    var result = GeometryRepair.repair(polygon);
    assertThat(result.changed()).isFalse();
    assertThat((Object) result.geometry()).isSameAs(polygon);
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

  @Test
  void geometryOverTheVertexLimitIsRefusedWithItsCount() {
    int vertices = GeometryCheck.MAX_VERTICES + 1;
    Coordinate[] ring = new Coordinate[vertices];
    for (int i = 0; i < vertices - 1; i++) {
      double angle = 2 * Math.PI * i / (vertices - 1);
      ring[i] = new Coordinate(127.3 + 0.01 * Math.cos(angle), 40.3 + 0.01 * Math.sin(angle));
    }
    ring[vertices - 1] = ring[0];
    assertThat(check.problems(Geometries.FACTORY.createPolygon(ring)))
        .singleElement()
        .extracting(GeometryProblem::describe)
        .asString()
        .startsWith("geometry has 100,001 vertices; at most 100,000 are accepted per geometry");
  }
}
