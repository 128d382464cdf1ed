package org.sightline.geodata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.geodata.io.CsvExportTest.CONTEXT;
import static org.sightline.geodata.io.CsvExportTest.boundary;
import static org.sightline.geodata.io.CsvExportTest.point;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.json.JsonMapping;
import org.w3c.dom.Document;

class ExportWritersTest {
  private static final List<ExportRow> ROWS =
      List.of(
          point("kwanliso-15-yodok", "Yodok \"=cmd\" & <b>", "kwanliso"),
          boundary("b-1", "approximate"),
          boundary("b-2", "digitized"));

  private static byte[] write(ExportFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(ROWS, CONTEXT, out);
    return out.toByteArray();
  }

  @Test
  void geoJsonIsAFeatureCollectionWithTheColumnsAsProperties() throws Exception {
    JsonNode collection = JsonMapping.reader().readTree(write(new GeoJsonExport()));
    assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(collection.get("name").asText()).isEqualTo(CONTEXT.title());
    assertThat(collection.get("attribution").asText()).isEqualTo(CONTEXT.attribution());
    JsonNode yodok = collection.at("/features/0");
    assertThat(yodok.get("id").asText()).isEqualTo("kwanliso-15-yodok");
    assertThat(yodok.get("geometry").toString())
        .isEqualTo("{\"type\":\"Point\",\"coordinates\":[126.8,39.6]}");
    assertThat(yodok.get("properties").size()).isEqualTo(ExportRow.COLUMNS.size());
    assertThat(yodok.at("/properties/aliases").toString()).isEqualTo("[\"Camp 15\",\"Yodok\"]");
    assertThat(yodok.at("/properties/name").asText()).isEqualTo("Yodok \"=cmd\" & <b>");
    assertThat(yodok.at("/properties/area_sq_km").isNull()).isTrue();
    assertThat(collection.at("/features/1/properties/area_sq_km").doubleValue()).isEqualTo(42.5);
    assertThat(collection.at("/features/1/geometry/type").asText()).isEqualTo("MultiPolygon");
  }

  @Test
  void kmlHasAFolderPerTypeAndMarksApproximateBoundaries() throws Exception {
    byte[] bytes = write(new KmlExport());
    String text = new String(bytes, StandardCharsets.UTF_8);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document kml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    String ns = "http://www.opengis.net/kml/2.2";
    assertThat(kml.getElementsByTagNameNS(ns, "Folder").getLength()).isEqualTo(2);
    assertThat(kml.getElementsByTagNameNS(ns, "Placemark").getLength()).isEqualTo(3);
    assertThat(kml.getElementsByTagNameNS(ns, "SimpleField").getLength())
        .isEqualTo(ExportRow.COLUMNS.size());
    assertThat(text).contains("Yodok \"=cmd\" &amp; &lt;b&gt;").doesNotContain("<b>");
    assertThat(text)
        .contains("(approximate: not surveyed)")
        .contains("<styleUrl>#approximate</styleUrl>")
        .contains("<styleUrl>#boundary</styleUrl>");
    assertThat(text).contains("<coordinates>126.8,39.6</coordinates>");
  }
}
