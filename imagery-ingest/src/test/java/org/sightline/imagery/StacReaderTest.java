package org.sightline.imagery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sightline.geodata.geom.Measures;

/** Every shared STAC sample file read, each Item accepted or rejected with its reason. */
class StacReaderTest {
  record Outcome(List<Scene> scenes, List<Rejection> rejections, List<JsonNode> catalogs) {}

  static Outcome read(String resource) throws IOException {
    try (InputStream in = StacReaderTest.class.getResourceAsStream("/stac/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      return read(in);
    }
  }

  static Outcome read(InputStream in) throws IOException {
    List<Scene> scenes = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    List<JsonNode> catalogs = new ArrayList<>();
    try (StacReader reader = new StacReader(in, "default-collection", catalogs::add)) {
      reader.readAll(
          item -> {
            if (item instanceof ParsedItem.Accepted accepted) {
              scenes.add(accepted.scene());
            } else {
              rejections.add(((ParsedItem.Rejected) item).rejection());
            }
          });
    }
    return new Outcome(scenes, rejections, catalogs);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      pystac/sample-item-collection.json                          | 10  | 0
      pystac/example-sentinel2.json                               | 1   | 0
      pystac/extended-item.json                                   | 1   | 0
      pystac/20170831_172754_101c.json                            | 1   | 0
      pystac/landsat8-sample.json                                 | 0   | 1
      odc-stac/S2B_MSIL2A_20190629T212529_R043_T06VVN_20201006T080531.json | 1 | 0
      odc-stac/ga_ls8c_ard_3-1-0_088080_2020-05-25_final.stac-item.json    | 1 | 0
      odc-stac/S2A_28QCH_20200714_0_L2A.json                      | 1   | 0
      odc-stac/LC08_L2SP_028030_20200114_20200824_02_T1_SR.json   | 1   | 0
      odc-stac/site2-2020_jun_jul-35MNM.geojson                   | 13  | 0
      stac-geoparquet/cop-dem-glo-30-pc.json                      | 4   | 0
      stac-geoparquet/landsat-c2-l2-pc.json                       | 4   | 0
      stac-geoparquet/naip-pc.json                                | 4   | 0
      stac-geoparquet/planet-nicfi-analytic-pc.json               | 4   | 0
      stac-geoparquet/sentinel-1-rtc-pc.json                      | 4   | 0
      stac-geoparquet/sentinel-2-l2a-pc.json                      | 4   | 0
      stac-geoparquet/umbra-sar.json                              | 2   | 0
      pgstac/pgstac-test-items-100.ndjson                         | 100 | 0
      """)
  void everySampleFileIsReadOrRejectedWithAReason(String file, int accepted, int rejected)
      throws IOException {
    Outcome outcome = read(file);
    Map<String, String> reasons = new TreeMap<>();
    outcome.rejections().forEach(r -> reasons.put(r.position() + ":" + r.id(), r.reason()));
    assertThat(reasons).as(file).hasSize(rejected);
    assertThat(outcome.scenes()).as(file + " " + reasons).hasSize(accepted);
    for (Scene scene : outcome.scenes()) {
      assertThat(scene.footprint().isValid()).isTrue();
      assertThat(scene.originalJson()).contains("\"id\"");
    }
  }

  @Test
  void realDataQuirksAreReadOrRejectedPrecisely() throws IOException {
    // STAC 0.9 Landsat sample: its bbox stops 3.5 km short of its own geometry.
    assertThat(read("pystac/landsat8-sample.json").rejections().get(0).reason())
        .isEqualTo(
            "bbox [49.16354,72.27502,51.36812,75.67662] does not contain the geometry (which spans 49.16354 72.27502 to"
                + " 51.36812 75.70821)");
    // A Copernicus DEM tile whose pixel edge lies 0.0014 degrees west of -180: wrapped and split.
    Scene dem = read("stac-geoparquet/cop-dem-glo-30-pc.json").scenes().get(0);
    assertThat(dem.footprint().getGeometryType()).isEqualTo("MultiPolygon");
    assertThat(dem.bbox().crossesAntimeridian()).isTrue();
    // Sentinel-1 RTC uses a space between date and time, which RFC 3339 (5.6) allows.
    Scene rtc = read("stac-geoparquet/sentinel-1-rtc-pc.json").scenes().get(0);
    assertThat(rtc.startAt()).isEqualTo(Instant.parse("2024-04-19T04:59:04.220006Z"));
  }

  @Test
  void collectionsAndCatalogsAreReportedNotReadAsItems() throws IOException {
    Outcome outcome = read("odc-stac/sentinel-2-l2a.collection.json");
    assertThat(outcome.scenes()).isEmpty();
    assertThat(outcome.catalogs()).hasSize(1);
    assertThat(outcome.catalogs().get(0).get("id").asText()).isEqualTo("sentinel-2-l2a");
  }

  @Test
  void itemsNearTheAntimeridianKeepTheirShapeAndBbox() throws IOException {
    Outcome outcome = read("pystac/sample-item-collection.json");
    for (Scene scene : outcome.scenes()) {
      assertThat(scene.bbox().maxLonDeg() - scene.bbox().minLonDeg()).as(scene.id()).isLessThan(5);
      assertThat(scene.cloudCoverPct()).isBetween(0.0, 100.0);
    }
  }

  @Test
  void aFootprintWrittenAcrossTheAntimeridianIsSplitThere() throws IOException {
    String item =
        """
        {"type": "Feature", "stac_version": "1.0.0", "id": "across", "collection": "c",
         "bbox": [179.5, 10.0, -179.5, 11.0],
         "geometry": {"type": "Polygon", "coordinates": [[[179.5, 10.0], [-179.5, 10.0], [-179.5, 11.0], [179.5, 11.0], [179.5, 10.0]]]},
         "properties": {"datetime": "2020-01-01T00:00:00Z"}, "links": [], "assets": {}}""";
    Outcome outcome = read(new ByteArrayInputStream(item.getBytes(StandardCharsets.UTF_8)));
    assertThat(outcome.rejections()).isEmpty();
    Scene scene = outcome.scenes().get(0);
    assertThat(scene.footprint().getGeometryType()).isEqualTo("MultiPolygon");
    assertThat(scene.footprint().getNumGeometries()).isEqualTo(2);
    assertThat(Measures.areaSqKm(scene.footprint())).isBetween(11_000.0, 12_500.0);
    assertThat(scene.bbox().crossesAntimeridian()).isTrue();
  }

  @Test
  void eachValidationRuleGivesItsReason() throws IOException {
    String base =
        """
        {"type": "Feature", "stac_version": "1.0.0", "id": "%s", "collection": "c", %s
         "geometry": %s, "properties": %s, "links": [], "assets": {}}
        """;
    String square =
        "{\"type\": \"Polygon\", \"coordinates\": [[[126, 39], [127, 39], [127, 40], [126, 40], [126, 39]]]}";
    String bowtie =
        "{\"type\": \"Polygon\", \"coordinates\": [[[126, 39], [127, 40], [127, 39], [126, 40], [126, 39]]]}";
    String ok = "{\"datetime\": \"2020-01-01T00:00:00Z\"}";
    String ndjson =
        String.join(
            "\n",
            base.formatted("no-date", "", square, "{\"datetime\": null}").strip(),
            base.formatted("bad-date", "", square, "{\"datetime\": \"yesterday\"}").strip(),
            base.formatted(
                    "interval",
                    "",
                    square,
                    "{\"datetime\": null, \"start_datetime\": \"2020-01-01T00:00:00Z\","
                        + " \"end_datetime\": \"2020-02-01T00:00:00Z\"}")
                .strip(),
            base.formatted(
                    "backwards",
                    "",
                    square,
                    "{\"datetime\": null, \"start_datetime\": \"2020-02-01T00:00:00Z\","
                        + " \"end_datetime\": \"2020-01-01T00:00:00Z\"}")
                .strip(),
            base.formatted("null-geometry", "", "null", ok).strip(),
            base.formatted("bowtie", "", bowtie, ok).strip(),
            base.formatted("bad-bbox", "\"bbox\": [126.5, 39, 127, 40],", square, ok).strip(),
            base.formatted(
                    "cloudy",
                    "",
                    square,
                    "{\"datetime\": \"2020-01-01T00:00:00Z\", \"eo:cloud_cover\": 140}")
                .strip(),
            base.formatted("old", "", square, ok).strip().replace("\"1.0.0\"", "\"0.6.0\""),
            base.formatted(
                    "fine",
                    "\"bbox\": [126, 39, 127, 40],",
                    square,
                    "{\"datetime\": \"2020-01-01T00:00:00Z\", \"eo:cloud_cover\": 12.5, \"gsd\": 10}")
                .strip());
    Outcome outcome = read(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)));
    Map<String, String> reasons = new TreeMap<>();
    outcome.rejections().forEach(r -> reasons.put(r.id(), r.reason()));
    assertThat(reasons)
        .containsOnly(
            Map.entry(
                "no-date",
                "datetime is null or missing, and start_datetime and end_datetime are not both given"),
            Map.entry("bad-date", "datetime 'yesterday' is not an RFC 3339 date-time"),
            Map.entry(
                "backwards",
                "end_datetime 2020-01-01T00:00:00Z is before start_datetime 2020-02-01T00:00:00Z"),
            Map.entry("null-geometry", "geometry is null: a scene needs a footprint"),
            Map.entry("bowtie", "geometry is invalid: self-intersection at 126.5 39.5"),
            Map.entry(
                "bad-bbox",
                "bbox [126.5,39,127,40] does not contain the geometry (which spans 126 39 to 127 40)"),
            Map.entry("cloudy", "eo:cloud_cover 140 is outside 0..100"),
            Map.entry(
                "old",
                "stac_version 0.6.0 is not supported; expected 1.0.x or 1.1.x (0.9 and 1.0 betas are read too)"));
    assertThat(outcome.scenes()).extracting(Scene::id).containsExactly("interval", "fine");
    Scene interval = outcome.scenes().get(0);
    assertThat(interval.acquiredAt()).isEqualTo(interval.startAt());
    assertThat(outcome.scenes().get(1).gsdM()).isEqualTo(10.0);
    assertThat(outcome.rejections().get(0).position()).isEqualTo(1);
  }

  @Test
  void storedJsonKeepsNumbersExactly() throws IOException {
    String item =
        """
        {"type": "Feature", "stac_version": "1.1.0", "id": "exact", "collection": "c",
         "geometry": {"type": "Polygon", "coordinates": [[[126.123456789012345678, 39], [127, 39], [127, 40], [126.123456789012345678, 39]]]},
         "properties": {"datetime": "2020-01-01T00:00:00Z", "custom:value": 0.10000000000000000555}, "links": [], "assets": {}}""";
    Scene scene =
        read(new ByteArrayInputStream(item.getBytes(StandardCharsets.UTF_8))).scenes().get(0);
    assertThat(scene.originalJson())
        .contains("126.123456789012345678")
        .contains("0.10000000000000000555");
  }

  @Test
  void eachItemIsStoredAsTheExactTextReceivedWhateverTheShapeOfTheFile() throws IOException {
    // Multi-byte UTF-8 (Hangul), escapes, spacing and an exponent: a re-serialisation would change
    // them.
    String first =
        """
        {"type":"Feature",  "stac_version":"1.0.0","id":"요덕-1","collection":"c","title":"caf\\u00e9 \\"quoted\\"",
          "geometry":{"type":"Polygon","coordinates":[[[126,39],[127,39],[127,40],[126,39]]]},
          "properties":{"datetime":"2020-01-01T00:00:00Z","gsd":1.0E1},"links":[],"assets":{}}""";
    String second = first.replace("요덕-1", "second");
    String ndjson = first.replace("\n", " ") + "\n\n" + second.replace("\n", " ") + "\n";
    String collection =
        "{\"type\": \"FeatureCollection\", \"links\": [{\"rel\": \"self\", \"href\": \"x\"}],"
            + " \"features\": ["
            + first
            + " ,\n "
            + second
            + "], \"context\": {\"returned\": 2}}";
    String array = "[" + first + "," + second + "]";
    for (String input : List.of(ndjson, collection, array, "\uFEFF" + collection)) {
      Outcome outcome = read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      assertThat(outcome.rejections()).isEmpty();
      assertThat(outcome.scenes())
          .extracting(Scene::originalJson)
          .containsExactly(
              input.equals(ndjson) ? first.replace("\n", " ") : first,
              input.equals(ndjson) ? second.replace("\n", " ") : second);
      assertThat(outcome.scenes().get(0).id()).isEqualTo("요덕-1");
      assertThat(outcome.scenes().get(0).gsdM()).isEqualTo(10.0);
    }
  }

  @Test
  void itemsWrittenBackFromATreeKeepTheirNumbersExactly() throws IOException {
    // Catalog walks and CSV rows write Items from a tree (StacJson): values must survive as
    // written.
    String json = "{\"a\":0.10000000000000000555,\"b\":1.10,\"c\":126.123456789012345678,\"d\":7}";
    assertThat(StacJson.MAPPER.writeValueAsString(StacJson.MAPPER.readTree(json))).isEqualTo(json);
  }
}
