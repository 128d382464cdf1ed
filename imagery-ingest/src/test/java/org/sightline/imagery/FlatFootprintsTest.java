package org.sightline.imagery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Flattened footprints: a real Maxar Open Data file and stac-geoparquet-style exports of real
 * Items, read with the flat format into the Items they stand for; without it, the rejection says
 * which format reads them.
 */
class FlatFootprintsTest {
  private static final String MAXAR =
      "maxar/Belize-Wildfires-June24-10300100F9791C00-first3.geojson";

  record Outcome(List<Scene> scenes, List<Rejection> rejections) {}

  private static Outcome readFlat(InputStream in, String defaultCollection) throws IOException {
    List<Scene> scenes = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    new FlatFootprintReader(in, defaultCollection)
        .readAll(
            item -> {
              if (item instanceof ParsedItem.Accepted accepted) {
                scenes.add(accepted.scene());
              } else {
                rejections.add(((ParsedItem.Rejected) item).rejection());
              }
            });
    return new Outcome(scenes, rejections);
  }

  private static InputStream resource(String name) {
    return FlatFootprintsTest.class.getResourceAsStream("/stac/" + name);
  }

  private static InputStream text(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aMaxarFootprintFileReadAsStacIsRejectedNamingTheFlatFormat() throws IOException {
    StacReaderTest.Outcome outcome;
    try (InputStream in = resource(MAXAR)) {
      outcome = StacReaderTest.read(in);
    }
    assertThat(outcome.scenes()).isEmpty();
    assertThat(outcome.rejections())
        .hasSize(3)
        .allSatisfy(
            r ->
                assertThat(r.reason())
                    .startsWith("stac_version is missing: this is a GeoJSON Feature with its STAC")
                    .contains("--format flat")
                    .contains("?format=flat"));
  }

  @Test
  void aMaxarFootprintFileReadFlatGivesOneSceneATileWithTheMappedFields() throws IOException {
    Outcome outcome;
    try (InputStream in = resource(MAXAR)) {
      outcome = readFlat(in, "maxar-belize");
    }
    assertThat(outcome.rejections()).isEmpty();
    assertThat(outcome.scenes())
        .extracting(Scene::id)
        .containsExactly(
            "10300100F9791C00_033131010230",
            "10300100F9791C00_033131010231",
            "10300100F9791C00_033131010232");
    Scene second = outcome.scenes().get(1);
    assertThat(second.collection()).isEqualTo("maxar-belize");
    assertThat(second.acquiredAt()).isEqualTo(Instant.parse("2024-05-02T16:27:28Z"));
    assertThat(second.platform()).isEqualTo("WV02");
    assertThat(second.gsdM()).isEqualTo(0.48);
    assertThat(second.offNadirDeg()).isEqualTo(9.8);
    assertThat(second.sunElevationDeg()).isEqualTo(69.3);
    assertThat(second.cloudCoverPct()).isEqualTo(7.0); // tile:clouds_percent
    assertThat(second.stacVersion()).isEqualTo(FlatFootprints.DEFAULT_STAC_VERSION);
    assertThat(second.visualUrl())
        .isEqualTo(
            "https://maxar-opendata.s3.amazonaws.com/events/Belize-Wildfires-June24/ard/16/"
                + "033131010231/2024-05-02/10300100F9791C00-visual.tif");
    assertThat(second.footprint().getCoordinates()).hasSize(27);
    // The stored Item is a STAC Item: the mapped members, every other property kept exactly.
    JsonNode stored = StacJson.MAPPER.readTree(second.originalJson());
    assertThat(stored.get("stac_version").asText()).isEqualTo("1.0.0");
    assertThat(stored.get("id").asText()).isEqualTo("10300100F9791C00_033131010231");
    assertThat(stored.path("assets").path("ms_analytic").path("href").asText())
        .endsWith("10300100F9791C00-ms.tif");
    JsonNode properties = stored.get("properties");
    assertThat(properties.get("eo:cloud_cover").asInt()).isEqualTo(7);
    assertThat(properties.get("tile:clouds_percent").asInt()).isEqualTo(7);
    assertThat(properties.get("catalog_id").asText()).isEqualTo("10300100F9791C00");
    assertThat(properties.get("view:incidence_angle").decimalValue()).isEqualByComparingTo("79.0");
    assertThat(properties.get("sightline:flattened").asBoolean()).isTrue();
    assertThat(properties.has("visual")).isFalse();
    assertThat(stored.get("geometry").get("coordinates").get(0).get(0).get(0).decimalValue())
        .hasToString("-89.079630968514991");
  }

  /**
   * Each Item as a stac-geoparquet GeoDataFrame writes it to GeoJSON: all but geometry in
   * properties.
   */
  private static ArrayNode flattened(JsonNode items, boolean nestedAsText) {
    ArrayNode features = StacJson.MAPPER.createArrayNode();
    int row = 0;
    for (JsonNode item : items) {
      ObjectNode properties = ((ObjectNode) item.get("properties")).deepCopy();
      for (String member :
          List.of(
              "type",
              "stac_version",
              "stac_extensions",
              "id",
              "collection",
              "bbox",
              "links",
              "assets")) {
        if (item.has(member)) {
          JsonNode value = item.get(member);
          if (nestedAsText && value.isContainerNode()) {
            properties.put(member, value.toString());
          } else {
            properties.set(member, value);
          }
        }
      }
      ObjectNode feature = features.addObject();
      feature.put("id", String.valueOf(row++));
      feature.put("type", "Feature");
      feature.set("properties", properties);
      feature.set("geometry", item.get("geometry"));
    }
    return features;
  }

  @Test
  void flattenedExportsOfRealItemsGiveTheScenesTheItemsGive() throws IOException {
    for (String file :
        List.of(
            "stac-geoparquet/naip-pc.json",
            "stac-geoparquet/sentinel-2-l2a-pc.json",
            "stac-geoparquet/landsat-c2-l2-pc.json",
            "stac-geoparquet/cop-dem-glo-30-pc.json")) {
      JsonNode items;
      try (InputStream in = resource(file)) {
        items = StacJson.MAPPER.readTree(in);
      }
      StacReaderTest.Outcome direct;
      try (InputStream in = resource(file)) {
        direct = StacReaderTest.read(in);
      }
      for (boolean nestedAsText : List.of(false, true)) {
        ObjectNode collection = StacJson.MAPPER.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", flattened(items, nestedAsText));
        Outcome flat = readFlat(text(collection.toString()), "default-collection");
        assertThat(flat.rejections()).as(file).isEmpty();
        assertThat(flat.scenes()).as(file).hasSameSizeAs(direct.scenes()).isNotEmpty();
        for (int i = 0; i < flat.scenes().size(); i++) {
          Scene a = flat.scenes().get(i);
          Scene b = direct.scenes().get(i);
          assertThat(a.id()).isEqualTo(b.id()); // properties' id, not the row number
          assertThat(a.collection()).isEqualTo(b.collection());
          assertThat(a.acquiredAt()).isEqualTo(b.acquiredAt());
          assertThat(a.footprint().equalsExact(b.footprint())).as(a.id()).isTrue();
          assertThat(a.bbox()).isEqualTo(b.bbox());
          assertThat(a.cloudCoverPct()).isEqualTo(b.cloudCoverPct());
          assertThat(a.gsdM()).isEqualTo(b.gsdM());
          assertThat(a.platform()).isEqualTo(b.platform());
          assertThat(a.stacVersion()).isEqualTo(b.stacVersion());
          assertThat(a.thumbnailUrl()).isEqualTo(b.thumbnailUrl());
          JsonNode rebuilt = StacJson.MAPPER.readTree(a.originalJson());
          JsonNode original = StacJson.MAPPER.readTree(b.originalJson());
          assertThat(rebuilt.get("assets")).isEqualTo(original.get("assets"));
          assertThat(rebuilt.get("links")).isEqualTo(original.get("links"));
        }
      }
    }
  }

  @Test
  void theSameRulesApplyWithTheSameReasons() throws IOException {
    String features =
        """
        {"type": "Feature", "properties": {"catalog_id": "A1", "datetime": "2024-01-01T00:00:00Z",
           "tile:clouds_percent": 140},
         "geometry": {"type": "Polygon", "coordinates": [[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]}}
        {"type": "Feature", "properties": {"catalog_id": "A2"},
         "geometry": {"type": "Polygon", "coordinates": [[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]}}
        {"type": "Feature", "properties": {"catalog_id": "A/3", "datetime": "2024-01-01T00:00:00Z"},
         "geometry": {"type": "Polygon", "coordinates": [[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]}}
        {"type": "Feature", "properties": {"datetime": "2024-01-01T00:00:00Z"}, "geometry": null}
        {"type": "FeatureCollection", "features": [{"type": "Feature"}, [1]]}
        """;
    Outcome outcome = readFlat(text(features), "c");
    assertThat(outcome.scenes()).isEmpty();
    assertThat(outcome.rejections())
        .extracting(Rejection::position, Rejection::id, Rejection::reason)
        .containsExactly(
            tuple(1L, "A1", "eo:cloud_cover 140 is outside 0..100"),
            tuple(
                2L,
                "A2",
                "datetime is null or missing, and start_datetime and end_datetime are not both"
                    + " given"),
            tuple(
                3L,
                "A/3",
                "id 'A/3' contains '/' at position 2, which would split the Item's URL path; use"
                    + " another separator such as '_'"),
            tuple(4L, null, "id is missing"),
            tuple(
                5L,
                null,
                "properties is missing: a flattened footprint keeps its STAC fields there"),
            tuple(6L, null, "not a JSON object"));
  }

  @Test
  void epochMillisecondTimestampsBecomeRfc3339AndSecondsAreNotGuessedAt() throws IOException {
    // As pandas (and so a stac-geoparquet GeoDataFrame's to_json) writes timestamp columns.
    String features =
        """
        {"type": "Feature", "properties": {"id": "ms", "datetime": 1733795204163,
           "created": 1733800000000, "updated": "2024-12-10T03:00:00Z"},
         "geometry": {"type": "Polygon", "coordinates": [[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]}}
        {"type": "Feature", "properties": {"id": "interval", "datetime": null,
           "start_datetime": 1733795200000, "end_datetime": 1733795260000},
         "geometry": {"type": "Polygon", "coordinates": [[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]}}
        {"type": "Feature", "properties": {"id": "seconds", "datetime": 1733795204},
         "geometry": {"type": "Polygon", "coordinates": [[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]}}
        {"type": "Feature", "properties": {"id": "fraction", "datetime": 1733795204163.5},
         "geometry": {"type": "Polygon", "coordinates": [[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]}}
        """;
    Outcome outcome = readFlat(text(features), "c");
    assertThat(outcome.scenes()).extracting(Scene::id).containsExactly("ms", "interval");
    Scene ms = outcome.scenes().get(0);
    assertThat(ms.acquiredAt()).isEqualTo(Instant.parse("2024-12-10T01:46:44.163Z"));
    JsonNode properties = StacJson.MAPPER.readTree(ms.originalJson()).get("properties");
    assertThat(properties.get("datetime").asText()).isEqualTo("2024-12-10T01:46:44.163Z");
    assertThat(properties.get("created").asText()).isEqualTo("2024-12-10T03:06:40Z");
    assertThat(properties.get("updated").asText()).isEqualTo("2024-12-10T03:00:00Z");
    JsonNode interval =
        StacJson.MAPPER.readTree(outcome.scenes().get(1).originalJson()).get("properties");
    assertThat(interval.get("start_datetime").asText()).isEqualTo("2024-12-10T01:46:40Z");
    assertThat(interval.get("end_datetime").asText()).isEqualTo("2024-12-10T01:47:40Z");
    assertThat(outcome.rejections())
        .extracting(Rejection::id, Rejection::reason)
        .containsExactly(
            tuple("seconds", "datetime must be an RFC 3339 date-time string, got 1733795204"),
            tuple(
                "fraction", "datetime must be an RFC 3339 date-time string, got 1733795204163.5"));
  }
}
