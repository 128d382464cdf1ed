package org.sightline.geodata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.InvalidDataException;

class ImportReaderTest {
  private static List<ImportFeature> read(String mediaType, String text) {
    return ImportReader.forMediaType(mediaType)
        .orElseThrow()
        .read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachMediaTypeHasOneReader() {
    assertThat(ImportReader.forMediaType("application/geo+json"))
        .containsInstanceOf(GeoJsonImportReader.class);
    assertThat(ImportReader.forMediaType("application/json"))
        .containsInstanceOf(GeoJsonImportReader.class);
    assertThat(ImportReader.forMediaType("application/vnd.google-earth.kml+xml"))
        .containsInstanceOf(KmlImportReader.class);
    assertThat(ImportReader.forMediaType("text/xml")).containsInstanceOf(KmlImportReader.class);
    assertThat(ImportReader.forMediaType("text/csv")).containsInstanceOf(CsvImportReader.class);
    assertThat(ImportReader.forMediaType("text/plain")).isEmpty();
  }

  @Test
  void geoJsonFeaturesKeepFieldsListsIdAndGeometry() {
    List<ImportFeature> features =
        read(
            "application/geo+json",
            """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "id": "imp-a", "geometry": {"type": "Point", "coordinates": [127.31, 40.31]},
           "properties": {"name": " Imported A ", "name_ko": "가수용소", "aliases": ["Camp A", "A-camp"], "n": 3,
                          "nested": {"x": 1}, "blank": "  ", "none": null}},
          {"type": "Feature", "geometry": null, "properties": {"facility_id": "imp-a"}}]}""");
    assertThat(features).hasSize(2);
    ImportFeature a = features.get(0);
    assertThat(a.index()).isEqualTo(1);
    assertThat(a.label()).isEqualTo("imp-a");
    assertThat(a.field("id")).isEqualTo("imp-a");
    assertThat(a.field("name")).isEqualTo("Imported A");
    assertThat(a.field("nameKo")).isEqualTo("가수용소");
    assertThat(a.field("n")).isEqualTo("3");
    assertThat(a.field("nested")).isNull();
    assertThat(a.field("blank")).isNull();
    assertThat(a.list("aliases")).containsExactly("Camp A", "A-camp");
    assertThat(a.geometry().path("type").asText()).isEqualTo("Point");
    assertThat(features.get(1).label()).isEqualTo("feature 2");
    assertThat(features.get(1).field("facilityId")).isEqualTo("imp-a");
  }

  @Test
  void geoJsonErrorsSayWhere() {
    assertThatThrownBy(
            () ->
                read(
                    "application/geo+json", "{\"type\": \"FeatureCollection\",\n \"features\": [}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("the GeoJSON is not valid JSON: ")
        .hasMessageContaining("[line 2, column");
    assertThatThrownBy(() -> read("application/geo+json", "[1, 2]"))
        .hasMessage("the GeoJSON must be a FeatureCollection or a Feature object");
    assertThatThrownBy(
            () -> read("application/geo+json", "{\"type\": \"Point\", \"coordinates\": [1, 2]}"))
        .hasMessage(
            "the GeoJSON must be a FeatureCollection with a 'features' array or a Feature; got type 'Point'");
  }

  @Test
  void kmlPlacemarksInFoldersWithExtendedData() {
    List<ImportFeature> features =
        read(
            "application/vnd.google-earth.kml+xml",
            """
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>doc</name>
          <Folder><name>kwanliso-15-yodok</name>
            <Placemark><name>Outer fence</name><description>drawn 2015</description>
              <ExtendedData><Data name="valid_from"><value>2015-01-01</value></Data>
                <SchemaData schemaUrl="#s"><SimpleData name="basis">digitized</SimpleData></SchemaData></ExtendedData>
              <MultiGeometry>
                <Polygon><outerBoundaryIs><LinearRing><coordinates>127 40,127.1 40,127.1 40.1,127 40
                </coordinates></LinearRing></outerBoundaryIs></Polygon>
                <Polygon><outerBoundaryIs><LinearRing><coordinates>128,41,0 128.1,41,0 128.1,41.1,0 128,41,0</coordinates>
                </LinearRing></outerBoundaryIs></Polygon>
              </MultiGeometry></Placemark>
          </Folder>
          <Placemark><Point><coordinates>126.5,39.5,12</coordinates></Point></Placemark>
        </Document></kml>""");
    assertThat(features).hasSize(2);
    ImportFeature fence = features.get(0);
    assertThat(fence.label()).isEqualTo("Outer fence");
    assertThat(fence.field("folder")).isEqualTo("kwanliso-15-yodok");
    assertThat(fence.field("validFrom")).isEqualTo("2015-01-01");
    assertThat(fence.field("basis")).isEqualTo("digitized");
    assertThat(fence.field("description")).isEqualTo("drawn 2015");
    assertThat(fence.geometry().path("type").asText()).isEqualTo("MultiPolygon");
    assertThat(fence.geometry().at("/coordinates/1/0/0").toString()).isEqualTo("[128.0,41.0]");
    ImportFeature point = features.get(1);
    assertThat(point.label()).isEqualTo("placemark 2");
    assertThat(point.field("folder")).isNull();
    assertThat(point.geometry().toString())
        .isEqualTo("{\"type\":\"Point\",\"coordinates\":[126.5,39.5]}");
  }

  @Test
  void kmlLinesBecomeLineStringsAndMultiLineStrings() {
    List<ImportFeature> features =
        read(
            "application/vnd.google-earth.kml+xml",
            """
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
          <Folder><name>Perimeter</name>
            <Placemark><name>North fence</name>
              <LineString><tessellate>1</tessellate><coordinates>
                126.10,39.50,0 126.11,39.50,0 126.11,39.51,0
              </coordinates></LineString></Placemark>
            <Placemark><name>Walls</name><MultiGeometry>
              <LineString><coordinates>126.1,39.5 126.2,39.5</coordinates></LineString>
              <LineString><coordinates>126.2,39.5 126.2,39.6</coordinates></LineString>
            </MultiGeometry></Placemark>
            <Placemark><name>Mixed</name><MultiGeometry>
              <LineString><coordinates>126.1,39.5 126.2,39.5</coordinates></LineString>
              <Polygon><outerBoundaryIs><LinearRing><coordinates>126 39,126.1 39,126.1 39.1,126 39</coordinates>
              </LinearRing></outerBoundaryIs></Polygon>
            </MultiGeometry></Placemark>
          </Folder>
        </Document></kml>""");
    assertThat(features).extracting(f -> f.field("folder")).containsOnly("Perimeter");
    assertThat(features.get(0).geometry().toString())
        .isEqualTo(
            "{\"type\":\"LineString\",\"coordinates\":[[126.1,39.5],[126.11,39.5],[126.11,39.51]]}");
    assertThat(features.get(1).geometry().toString())
        .isEqualTo(
            "{\"type\":\"MultiLineString\",\"coordinates\":"
                + "[[[126.1,39.5],[126.2,39.5]],[[126.2,39.5],[126.2,39.6]]]}");
    assertThat(features.get(2).geometry().asText())
        .isEqualTo(
            "the placemark's MultiGeometry mixes 1 line(s) and 1 polygon(s);"
                + " put lines and polygons in separate placemarks");
  }

  @Test
  void kmlRefusesDoctypesSoNoExternalEntityIsRead() {
    assertThatThrownBy(
            () ->
                read(
                    "application/vnd.google-earth.kml+xml",
                    """
        <?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>&x;</name></Placemark></kml>"""))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("the KML is not well-formed XML at line 1");
    assertThatThrownBy(() -> read("text/xml", "<gpx/>"))
        .hasMessage("the file is not KML: its root element is not <kml>");
  }

  @Test
  void csvRowsWithWktOrLonLat() {
    List<ImportFeature> features =
        read(
            "text/csv",
            """
                                                    \ufeffid,name,Aliases,wkt,lon,lat
                                                    a,Alpha,A1; A2,"POLYGON ((127 40, 127.1 40, 127.1 40.1, 127 40))",,
                                                    b,Beta,,,126.5,39.5
                                                    ,Gamma,,not wkt,,
                                                    ,Delta,,,east,39
                                                    """);
    assertThat(features)
        .extracting(ImportFeature::label)
        .containsExactly("a", "b", "Gamma", "Delta");
    assertThat(features.get(0).index()).isEqualTo(1);
    assertThat(features.get(0).list("aliases")).containsExactly("A1", "A2");
    assertThat(features.get(0).geometry().path("type").asText()).isEqualTo("Polygon");
    assertThat(features.get(1).geometry().toString())
        .isEqualTo("{\"type\":\"Point\",\"coordinates\":[126.5,39.5]}");
    assertThat(features.get(2).geometry().asText()).startsWith("row 3: wkt is not valid WKT: ");
    assertThat(features.get(3).geometry().asText())
        .isEqualTo("lon/lat must be numbers, got 'east', '39'");
  }

  @Test
  void csvThatCannotBeParsedIsRefused() {
    assertThatThrownBy(() -> read("text/csv", "id,name\n\"a,unclosed\n"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("the CSV cannot be read: ");
  }

  @Test
  void csvWktWithARingNotClosedIsTheRowsProblem() {
    // Found by fuzzing (docs/FUZZING.md): JTS's IllegalArgumentException escaped the reader.
    List<ImportFeature> features =
        read(
            "text/csv",
            """
            id,wkt
            a,"POLYGON ((127 40, 127.1 40, 127 40.1, 127.2 40.2))"
            b,"POLYGON ((127 40))"
            """);
    assertThat(features.get(0).geometry().asText())
        .isEqualTo(
            "row 1: wkt is not valid WKT: Points of LinearRing do not form a closed linestring");
    assertThat(features.get(1).geometry().asText())
        .startsWith("row 2: wkt is not valid WKT: Invalid number of points in LineString");
  }
}
