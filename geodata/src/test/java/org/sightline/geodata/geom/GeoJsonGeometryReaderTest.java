package org.sightline.geodata.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** GeoJSON geometries in, JTS out; every structural mistake named with its JSON path. */
class GeoJsonGeometryReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Geometry read(String json) throws Exception {
    return GeoJsonGeometryReader.read(JSON.readTree(json), "geometry");
  }

  private static String error(String json) throws Exception {
    JsonNode node = JSON.readTree(json);
    try {
      GeoJsonGeometryReader.read(node, "geometry");
    } catch (InvalidGeometryException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error for " + json);
  }

  @Test
  void readsPolygonsWithLongitudeFirstAndSrid4326() throws Exception {
    Geometry polygon =
        read(
            """
        {"type": "Polygon", "coordinates": [[[126.84, 39.66], [126.87, 39.66], [126.87, 39.69], [126.84, 39.66]]]}""");
    assertThat(polygon.getGeometryType()).isEqualTo("Polygon");
    assertThat(polygon.getSRID()).isEqualTo(4326);
    assertThat(polygon.getCoordinates()[1].x).isEqualTo(126.87);
    assertThat(polygon.getCoordinates()[1].y).isEqualTo(39.66);
    Geometry multi =
        read(
            """
        {"type": "MultiPolygon", "coordinates": [[[[126.84, 39.66], [126.87, 39.66], [126.87, 39.69], [126.84, 39.66]]],
                                                 [[[126.90, 39.70], [126.91, 39.70], [126.91, 39.71], [126.90, 39.70]]]]}""");
    assertThat(multi.getNumGeometries()).isEqualTo(2);
  }

  @Test
  void readsMultiLineStringsSuchAsFenceLinesAndNamesAShortLine() throws Exception {
    Geometry fences =
        read(
            """
        {"type": "MultiLineString", "coordinates": [[[126.84, 39.66], [126.87, 39.66]],
                                                    [[126.87, 39.66], [126.87, 39.69], [126.86, 39.70]]]}""");
    assertThat(fences.getGeometryType()).isEqualTo("MultiLineString");
    assertThat(fences.getNumGeometries()).isEqualTo(2);
    assertThat(fences.getNumPoints()).isEqualTo(5);
    assertThat(fences.getSRID()).isEqualTo(4326);
    assertThat(
            error(
                """
        {"type": "MultiLineString", "coordinates": [[[126.84, 39.66], [126.87, 39.66]], [[126.87, 39.66]]]}"""))
        .isEqualTo("geometry.coordinates[1] has 1 position(s); at least 2 are needed");
    assertThat(error("{\"type\": \"MultiLineString\", \"coordinates\": []}"))
        .isEqualTo("geometry.coordinates has no lines");
  }

  @Test
  void anUnclosedRingSaysWhereItStartsAndEnds() throws Exception {
    assertThat(
            error(
                """
        {"type": "Polygon", "coordinates": [[[126.84, 39.66], [126.87, 39.66], [126.87, 39.69], [126.85, 39.68]]]}"""))
        .isEqualTo(
            "geometry.coordinates[0]: ring is not closed: it starts at 126.84 39.66 and ends at 126.85 39.68;"
                + " repeat the first position at the end");
  }

  @Test
  void structuralMistakesNameTheirPath() throws Exception {
    assertThat(
            error(
                "{\"type\": \"Polygon\", \"coordinates\": [[[126.84, 39.66], [126.87, 39.66], [126.84, 39.66]]]}"))
        .isEqualTo(
            "geometry.coordinates[0] has 3 position(s); at least 4 are needed for a closed ring");
    assertThat(error("{\"type\": \"Point\", \"coordinates\": [126.84, \"39.66\"]}"))
        .isEqualTo("geometry.coordinates[1] must be a number, got the text \"39.66\"");
    assertThat(error("{\"type\": \"Point\", \"coordinates\": [126.84]}"))
        .isEqualTo(
            "geometry.coordinates must be a position [longitude, latitude], got an array of 1");
    assertThat(error("{\"type\": \"Circle\", \"coordinates\": [126.84, 39.66]}"))
        .isEqualTo(
            "geometry.type 'Circle' is not supported; expected Point, LineString, MultiLineString, Polygon or MultiPolygon");
    assertThat(error("{\"coordinates\": [126.84, 39.66]}"))
        .isEqualTo(
            "geometry.type is missing; expected Point, LineString, MultiLineString, Polygon or MultiPolygon");
    assertThat(error("\"POINT (126.84 39.66)\""))
        .isEqualTo(
            "geometry must be a GeoJSON geometry object, got the text \"POINT (126.84 39.66)\"");
    assertThat(error("{\"type\": \"MultiPolygon\", \"coordinates\": []}"))
        .isEqualTo("geometry.coordinates has no polygons");
  }

  @Test
  void theWriterIsTheReadersExactInverse() throws Exception {
    for (String json :
        new String[] {
          "{\"type\":\"Point\",\"coordinates\":[126.8510413,39.6742705]}",
          "{\"type\":\"Polygon\",\"coordinates\":[[[126.84,39.66],[126.87,39.66],[126.87,39.69],[126.84,39.66]]]}",
          "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[126.84,39.66],[126.87,39.66],[126.87,39.69],[126.84,39.66]]],"
              + "[[[126.9,39.7],[126.91,39.7],[126.91,39.71],[126.9,39.7]]]]}"
        }) {
      Geometry read = read(json);
      assertThat(GeoJsonGeometryWriter.toNode(read)).isEqualTo(JSON.readTree(json));
      assertThat(
              GeoJsonGeometryReader.read(GeoJsonGeometryWriter.toNode(read), "g").equalsExact(read))
          .isTrue();
    }
  }

  @Test
  void semanticChecksStayWithGeometryCheck() throws Exception {
    Geometry bowtie =
        read(
            """
        {"type": "Polygon", "coordinates": [[[126.84, 39.66], [126.87, 39.69], [126.87, 39.66], [126.84, 39.69], [126.84, 39.66]]]}""");
    assertThatThrownBy(() -> GeometryCheck.forFacilities().requireValid(bowtie))
        .hasMessageContaining("self-intersection at 126.855 39.675");
  }

  /** A closed ring of {@code vertices} positions (the last repeats the first) around 127.3 40.3. */
  static String ring(int vertices) {
    StringBuilder json = new StringBuilder("{\"type\": \"Polygon\", \"coordinates\": [[");
    for (int i = 0; i < vertices - 1; i++) {
      double angle = 2 * Math.PI * i / (vertices - 1);
      json.append('[')
          .append(127.3 + 0.01 * Math.cos(angle))
          .append(", ")
          .append(40.3 + 0.01 * Math.sin(angle))
          .append("], ");
    }
    return json.append("[127.31, 40.3]]]}").toString();
  }

  @Test
  void aGeometryOverTheVertexLimitIsRefusedWithItsCountBeforeAnythingIsBuilt() throws Exception {
    assertThat(read(ring(GeometryCheck.MAX_VERTICES)).getNumPoints())
        .isEqualTo(GeometryCheck.MAX_VERTICES);
    assertThatThrownBy(() -> read(ring(GeometryCheck.MAX_VERTICES + 1)))
        .isInstanceOf(InvalidGeometryException.class)
        .hasMessageContaining("geometry has 100,001 vertices; at most 100,000 are accepted");
    String multi =
        "{\"type\": \"MultiPolygon\", \"coordinates\": ["
            + ring(60_000).replaceAll("^.*\"coordinates\": ", "").replaceAll("}$", "")
            + ", "
            + ring(60_000).replaceAll("^.*\"coordinates\": ", "").replaceAll("}$", "")
            + "]}";
    assertThatThrownBy(() -> read(multi))
        .hasMessageContaining("geometry has 120,000 vertices; at most 100,000");
  }
}
