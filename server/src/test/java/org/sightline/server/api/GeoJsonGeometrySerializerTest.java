package org.sightline.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.geom.Geometries;

class GeoJsonGeometrySerializerTest {
  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(
              new SimpleModule().addSerializer(Geometry.class, new GeoJsonGeometrySerializer()));

  private String json(String wkt) throws Exception {
    return mapper.writeValueAsString(Geometries.fromWkt(wkt));
  }

  @Test
  void pointKeepsEveryDigit() throws Exception {
    assertThat(json("POINT (129.96260277777776 42.78720555555555)"))
        .isEqualTo("{\"type\":\"Point\",\"coordinates\":[129.96260277777776,42.78720555555555]}");
  }

  @Test
  void polygonWithHoleWritesBothRings() throws Exception {
    assertThat(
            json(
                "POLYGON ((126 39, 127 39, 127 40, 126 40, 126 39), (126.2 39.2, 126.2 39.4, 126.4 39.4, 126.2 39.2))"))
        .isEqualTo(
            "{\"type\":\"Polygon\",\"coordinates\":[[[126.0,39.0],[127.0,39.0],[127.0,40.0],[126.0,40.0],[126.0,39.0]],"
                + "[[126.2,39.2],[126.2,39.4],[126.4,39.4],[126.2,39.2]]]}");
  }

  @Test
  void multiPolygonNestsOneLevelDeeper() throws Exception {
    assertThat(
            json(
                "MULTIPOLYGON (((126 39, 127 39, 127 40, 126 39)), ((128 41, 129 41, 129 42, 128 41)))"))
        .startsWith("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[126.0,39.0],")
        .endsWith("[128.0,41.0]]]]}");
  }

  @Test
  void geometryCollectionListsItsMembers() throws Exception {
    assertThat(json("GEOMETRYCOLLECTION (POINT (126 39), LINESTRING (126 39, 127 40))"))
        .isEqualTo(
            "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[126.0,39.0]},"
                + "{\"type\":\"LineString\",\"coordinates\":[[126.0,39.0],[127.0,40.0]]}]}");
  }
}
