package org.sightline.geodata.geom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.json.JsonMapping;

class GeoJsonGeometryWriterTest {
  private static String streamed(Geometry geometry) throws Exception {
    StringWriter text = new StringWriter();
    try (JsonGenerator gen = JsonMapping.writer().createGenerator(text)) {
      GeoJsonGeometryWriter.write(geometry, gen);
    }
    return text.toString();
  }

  @Test
  void streamAndTreeAreTheSameJson() throws Exception {
    for (String wkt :
        new String[] {
          "POINT (129.96260277777776 42.78720555555555)",
          "POINT EMPTY",
          "LINESTRING (126 39, 127 40)",
          "POLYGON EMPTY",
          "MULTIPOLYGON (((126 39, 127 39, 127 40, 126 39)), ((128 41, 129 41, 129 42, 128 41)))",
          "GEOMETRYCOLLECTION (POINT (126 39), LINESTRING (126 39, 127 40))"
        }) {
      Geometry geometry = Geometries.fromWkt(wkt);
      assertThat(GeoJsonGeometryWriter.toNode(geometry).toString())
          .as(wkt)
          .isEqualTo(streamed(geometry));
    }
  }

  @Test
  void everyDigitIsKept() throws Exception {
    assertThat(streamed(Geometries.fromWkt("POINT (129.96260277777776 42.78720555555555)")))
        .isEqualTo("{\"type\":\"Point\",\"coordinates\":[129.96260277777776,42.78720555555555]}");
    assertThat(
            GeoJsonGeometryWriter.toNode(Geometries.fromWkt("POINT (126 39)"))
                .at("/coordinates/0")
                .isDouble())
        .isTrue();
  }
}
