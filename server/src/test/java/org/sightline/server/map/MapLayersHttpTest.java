package org.sightline.server.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * The map layers over real HTTP on a real PostGIS: grouping of identical footprints, period and
 * view filters, cells mode beyond the limit, roles, time span, histograms and the 400s. The test
 * data lies in the Yellow Sea (lon 123.4..123.9, lat 38.0..38.5), away from the sample data, in
 * 2011 (and 2005 for the dense set).
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class MapLayersHttpTest {
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static final String FACILITY = "map-test-camp";
  private static final String VIEW = "bbox=123.4,38.0,123.9,38.5";
  private static final String YEAR = "from=2011-01-01&to=2011-12-31";
  private static ApiClient anonymous;
  private static ApiClient analyst;
  private static ApiClient noRole;

  @BeforeAll
  static void seed() {
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    analyst = anonymous.as(users.tokenFor("map-analyst", Role.ANALYST));
    noRole = anonymous.as(users.tokenFor("map-norole"));
    ApiClient.Answer created =
        analyst.postJson(
            "/facilities",
            object(
                "id",
                FACILITY,
                "name",
                "Map Test Camp",
                "type",
                "kyohwaso",
                "status",
                "operational",
                "location",
                object("type", "Point", "coordinates", List.of(123.55, 38.25))));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    DATABASE
        .jdbi()
        .useHandle(
            h -> {
              // Three scenes of one tile (identical footprints), one of another tile, one of the
              // first tile a year later, one far away; 2,100 small unique ones in 2005.
              String insert =
                  """
                  INSERT INTO scene (collection, id, acquired_at, footprint, bbox_west, bbox_south, bbox_east,
                                     bbox_north, gsd_m, cloud_cover_pct, thumbnail_url, stac_version, item,
                                     content_sha256, ingested_at, ingested_by)
                  SELECT 'map-test', v.id, v.at::timestamptz,
                         ST_Multi(ST_MakeEnvelope(v.w, v.s, v.e, v.n, 4326)), v.w, v.s, v.e, v.n, v.gsd, v.cloud,
                         'https://example.org/' || v.id || '.png', '1.0.0', '{}'::json,
                         md5(v.id) || md5(v.id), now(), 'test'
                    FROM (VALUES
                      ('tile-a-1', '2011-03-01T02:00:00Z', 123.5, 38.1, 123.7, 38.3, 10.0, 10.0),
                      ('tile-a-2', '2011-06-01T02:00:00Z', 123.5, 38.1, 123.7, 38.3, 10.0, 30.0),
                      ('tile-a-3', '2011-09-01T02:00:00Z', 123.5, 38.1, 123.7, 38.3, 10.0, 50.0),
                      ('tile-b-1', '2011-05-01T02:00:00Z', 123.6, 38.2, 123.8, 38.4, 0.5, 5.0),
                      ('tile-a-later', '2012-05-01T02:00:00Z', 123.5, 38.1, 123.7, 38.3, 10.0, 0.0),
                      ('far-away', '2011-04-01T02:00:00Z', 128.0, 41.0, 128.1, 41.1, 10.0, 0.0)
                    ) AS v(id, at, w, s, e, n, gsd, cloud)""";
              h.execute(insert);
              h.execute(
                  """
                  INSERT INTO scene (collection, id, acquired_at, footprint, bbox_west, bbox_south, bbox_east,
                                     bbox_north, gsd_m, cloud_cover_pct, stac_version, item, content_sha256,
                                     ingested_at, ingested_by)
                  SELECT 'map-dense', 'd-' || i, '2005-01-01T00:00:00Z'::timestamptz + i * interval '3 hours',
                         ST_Multi(ST_MakeEnvelope(w, s, w + 0.01, s + 0.01, 4326)), w, s, w + 0.01, s + 0.01,
                         0.5, i % 100, '1.0.0', '{}'::json, md5('d' || i) || md5('d' || i), now(), 'test'
                    FROM (SELECT i, 123.41 + (i % 45) * 0.01 AS w, 38.01 + (i / 45) * 0.009 AS s
                            FROM generate_series(0, 2099) AS i) g""");
              // Written without SceneStore: the collections' summaries rebuilt (V022).
              h.execute("SELECT sightline_rebuild_scene_collections()");
              String change =
                  """
                  INSERT INTO change_event (facility_id, event_key, identity_id, kind, structure_class, condition,
                                            earliest, latest, earliest_observation_id, earliest_scene_id,
                                            latest_observation_id, latest_scene_id, geometry, confidence,
                                            statement_en, statement_ko, illustrative, computed_at)
                  VALUES (:facility, :key, 1, :kind, 'prisoner-housing', 'intact', CAST(:earliest AS date),
                          CAST(:latest AS date), 1, 's1', 2, 's2',
                          ST_Buffer(ST_SetSRID(ST_MakePoint(123.55, 38.25), 4326), 0.001), 'likely',
                          'A building appeared', '건물이 나타났다', true, now())""";
              h.createUpdate(change)
                  .bind("facility", FACILITY)
                  .bind("key", "change-2011")
                  .bind("kind", "appeared")
                  .bind("earliest", "2011-02-01")
                  .bind("latest", "2011-04-01")
                  .execute();
              h.createUpdate(change)
                  .bind("facility", FACILITY)
                  .bind("key", "change-2013")
                  .bind("kind", "disappeared")
                  .bind("earliest", "2013-02-01")
                  .bind("latest", "2013-04-01")
                  .execute();
              String event =
                  """
                  INSERT INTO corroborated_event (event_key, level, independent_sources, source_kinds, claim_types,
                                                  time_earliest, time_latest, place, facility_ids, explanation,
                                                  synthetic, computed_at)
                  VALUES (:key, :level, 2, ARRAY['testimony', 'imagery'], ARRAY['forced-labour'],
                          CAST(:earliest AS date), CAST(:latest AS date),
                          ST_Buffer(ST_SetSRID(ST_MakePoint(123.55, 38.25), 4326), 0.01, 64),
                          ARRAY[:facility], '{}'::jsonb, true, now())""";
              Object[][] events = {
                {"map-inside", "corroborated", "2011-03-01", "2011-04-01"},
                {"map-straddling", "single-source", "2010-06-01", "2011-02-01"},
                {"map-open", "strongly-corroborated", null, null},
                {"map-later", "corroborated", "2013-01-01", "2013-02-01"}
              };
              for (Object[] e : events) {
                h.createUpdate(event)
                    .bind("key", (String) e[0])
                    .bind("level", (String) e[1])
                    .bind("earliest", (String) e[2])
                    .bind("latest", (String) e[3])
                    .bind("facility", FACILITY)
                    .execute();
              }
            });
  }

  private static JsonNode ok(ApiClient client, String path) {
    ApiClient.Answer answer = client.get(path);
    assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
    return answer.json();
  }

  private static List<String> ids(JsonNode collection) {
    List<String> ids = new ArrayList<>();
    collection.get("features").forEach(f -> ids.add(f.get("id").asText()));
    return ids;
  }

  @Test
  void identicalFootprintsAreOneFeatureWithACountAndTheScenesNewestFirst() {
    ApiClient.Answer answer = anonymous.get("/map/footprints?" + VIEW + "&" + YEAR + "&zoom=10");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("application/geo+json");
    JsonNode doc = answer.json();
    assertThat(doc.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(doc.get("layer").asText()).isEqualTo("footprints");
    assertThat(doc.get("mode").asText()).isEqualTo("features");
    assertThat(doc.get("numberMatched").asLong()).isEqualTo(4);
    assertThat(doc.get("features")).hasSize(2);
    JsonNode stack = null;
    for (JsonNode f : doc.get("features")) {
      if (f.at("/properties/count").asInt() == 3) {
        stack = f;
      }
    }
    assertThat(stack).as("the three scenes of tile a, grouped").isNotNull();
    JsonNode p = stack.get("properties");
    assertThat(p.get("cloudCoverPctMin").asDouble()).isEqualTo(10.0);
    assertThat(p.get("cloudCoverPctMax").asDouble()).isEqualTo(50.0);
    assertThat(p.get("gsdMMin").asDouble()).isEqualTo(10.0);
    assertThat(p.get("firstAcquired").asText()).isEqualTo("2011-03-01T02:00:00.000Z");
    assertThat(p.get("lastAcquired").asText()).isEqualTo("2011-09-01T02:00:00.000Z");
    assertThat(p.get("moreScenes").asInt()).isZero();
    List<String> scenes = new ArrayList<>();
    p.get("scenes").forEach(s -> scenes.add(s.get("id").asText()));
    assertThat(scenes).containsExactly("tile-a-3", "tile-a-2", "tile-a-1");
    assertThat(p.at("/scenes/0/collection").asText()).isEqualTo("map-test");
    assertThat(p.at("/scenes/0/acquired").asText()).isEqualTo("2011-09-01T02:00:00.000Z");
    assertThat(p.at("/scenes/0/cloudCoverPct").asDouble()).isEqualTo(50.0);
    assertThat(p.at("/scenes/0/thumbnailUrl").asText()).endsWith("tile-a-3.png");
    assertThat(stack.at("/geometry/type").asText()).isEqualTo("MultiPolygon");
    assertThat(stack.get("id").asText()).startsWith("fp-");
    JsonNode again = ok(anonymous, "/map/footprints?" + VIEW + "&zoom=12&from=2011-02-01");
    assertThat(ids(again)).as("the group's id is stable").contains(stack.get("id").asText());
  }

  @Test
  void thePeriodAndTheViewFilterScenes() {
    JsonNode later = ok(anonymous, "/map/footprints?" + VIEW + "&from=2012-01-01&zoom=10");
    assertThat(later.get("numberMatched").asLong())
        .as("only the 2012 scene of tile a")
        .isEqualTo(1);
    JsonNode all =
        ok(anonymous, "/map/footprints?" + VIEW + "&to=2011-12-31&from=2006-01-01&zoom=9");
    assertThat(all.get("numberMatched").asLong())
        .as("2011: tile a three times, tile b")
        .isEqualTo(4);
    JsonNode far = ok(anonymous, "/map/footprints?bbox=127.9,40.9,128.2,41.2&" + YEAR + "&zoom=10");
    assertThat(far.get("numberMatched").asLong()).isEqualTo(1);
    assertThat(far.at("/features/0/properties/scenes/0/id").asText()).isEqualTo("far-away");
    JsonNode clear =
        ok(anonymous, "/map/footprints?" + VIEW + "&" + YEAR + "&zoom=10&maxCloudPct=20");
    assertThat(clear.get("numberMatched").asLong()).as("cloud 10 and 5 only").isEqualTo(2);
    JsonNode other =
        ok(anonymous, "/map/footprints?" + VIEW + "&" + YEAR + "&zoom=10&collection=map-dense");
    assertThat(other.get("numberMatched").asLong()).isZero();
  }

  @Test
  void beyondTheLimitTheAnswerIsCountsOnAGrid() {
    JsonNode doc =
        ok(anonymous, "/map/footprints?bbox=123,37,131,43&from=2005-01-01&to=2005-12-31&zoom=7");
    assertThat(doc.get("mode").asText()).isEqualTo("cells");
    assertThat(doc.get("cellSizeDeg").asDouble()).isEqualTo(90.0 / 128);
    long sum = 0;
    for (JsonNode cell : doc.get("features")) {
      sum += cell.at("/properties/count").asLong();
      assertThat(cell.at("/geometry/type").asText()).isEqualTo("Polygon");
      assertThat(cell.at("/properties/gsdMMin").asDouble()).isEqualTo(0.5);
    }
    assertThat(sum).isEqualTo(2100);
    assertThat(doc.get("numberMatched").asLong()).isEqualTo(2100);
    assertThat(doc.get("features").size()).isLessThanOrEqualTo(MapLayers.MAX_FEATURES);
    JsonNode zoomedIn =
        ok(
            anonymous,
            "/map/footprints?bbox=123.40,38.00,123.45,38.02&from=2005-01-01&to=2005-12-31&zoom=15");
    assertThat(zoomedIn.get("mode").asText())
        .as("few enough in a small view")
        .isEqualTo("features");
  }

  /**
   * Cells count scenes by the centre of their bounding box, and only cells of the view's grid are
   * answered: the row of dense scenes that overlaps the view's south edge but is centred below the
   * grid's south edge (38.14453125 = 217 cells of 90/512 degrees) is in no cell.
   */
  @Test
  void cellsHoldOnlyScenesCentredInTheGrid() {
    MapLayers layers = new MapLayers(DATABASE.appJdbi(), Clock.systemUTC(), 100);
    MapLayerDocument doc =
        layers.footprints(
            MapQuery.parse("123.40,38.14453125,123.86,38.45", "2005-01-01", "2005-12-31", "9"),
            null,
            null);
    assertThat(doc.mode()).isEqualTo(MapLayerDocument.CELLS);
    // Rows 15 to 45 of 45 scenes, and the 30 of row 46; row 14 overlaps but is centred outside.
    assertThat(doc.numberMatched()).isEqualTo(31 * 45 + 30);
    assertThat(doc.features())
        .allSatisfy(cell -> assertThat(cell.id()).matches("cell:0\\.17578125:70[234]:21[78]"));
  }

  @Test
  void staffLayersAreRefusedToAnonymousCallersAndUsersWithoutARole() {
    assertThat(anonymous.get("/map/change-events?" + VIEW + "&zoom=10").status()).isEqualTo(401);
    assertThat(anonymous.get("/map/events?" + VIEW + "&zoom=10").status()).isEqualTo(401);
    assertThat(noRole.get("/map/events?" + VIEW + "&zoom=10").status()).isEqualTo(403);
    assertThat(anonymous.get("/map/histogram?layer=events").status()).isEqualTo(401);
    assertThat(noRole.get("/map/histogram?layer=change-events").status()).isEqualTo(403);
    assertThat(anonymous.get("/map/footprints?" + VIEW + "&zoom=10").status()).isEqualTo(200);
    assertThat(anonymous.get("/map/time-span").status()).isEqualTo(200);
    assertThat(anonymous.get("/map/histogram?layer=footprints").status()).isEqualTo(200);
  }

  @Test
  void changeEventsInThePeriod() {
    JsonNode doc = ok(analyst, "/map/change-events?" + VIEW + "&" + YEAR + "&zoom=14");
    assertThat(ids(doc)).containsExactly(FACILITY + "/change-2011");
    JsonNode p = doc.at("/features/0/properties");
    assertThat(p.get("kind").asText()).isEqualTo("appeared");
    assertThat(p.get("earliest").asText()).isEqualTo("2011-02-01");
    assertThat(p.get("statementKo").asText()).isEqualTo("건물이 나타났다");
    assertThat(p.get("illustrative").asBoolean()).isTrue();
    JsonNode kind = ok(analyst, "/map/change-events?" + VIEW + "&zoom=14&kind=disappeared");
    assertThat(ids(kind)).containsExactly(FACILITY + "/change-2013");
  }

  @Test
  void eventsReachingBeyondThePeriodArePartial() {
    JsonNode doc = ok(analyst, "/map/events?" + VIEW + "&" + YEAR + "&zoom=12");
    assertThat(ids(doc)).containsExactly("map-inside", "map-open", "map-straddling");
    for (JsonNode f : doc.get("features")) {
      boolean partial = f.at("/properties/partial").asBoolean();
      assertThat(partial)
          .as(f.get("id").asText())
          .isEqualTo(!f.get("id").asText().equals("map-inside"));
    }
    JsonNode inside = doc.at("/features/0/properties");
    assertThat(inside.get("level").asText()).isEqualTo("corroborated");
    assertThat(inside.get("independentSources").asInt()).isEqualTo(2);
    assertThat(inside.get("claimTypes").get(0).asText()).isEqualTo("forced-labour");
    assertThat(inside.get("facilityIds").get(0).asText()).isEqualTo(FACILITY);
    assertThat(inside.get("timeEarliest").asText()).isEqualTo("2011-03-01");
    assertThat(inside.get("synthetic").asBoolean()).isTrue();
    assertThat(inside.has("members")).as("members are not listed on the map").isFalse();
    JsonNode open = ok(analyst, "/map/events?" + VIEW + "&zoom=12");
    assertThat(ids(open)).hasSize(4);
    assertThat(open.at("/features/0/properties/partial").asBoolean())
        .as("no period: nothing is partial")
        .isFalse();
    JsonNode level =
        ok(analyst, "/map/events?" + VIEW + "&zoom=12&level=single-source,strongly-corroborated");
    assertThat(ids(level)).containsExactly("map-open", "map-straddling");
    // Source kinds: every test event rests on testimony and imagery, none on a document.
    assertThat(ids(ok(analyst, "/map/events?" + VIEW + "&zoom=12&source=imagery,document")))
        .hasSize(4);
    assertThat(ids(ok(analyst, "/map/events?" + VIEW + "&zoom=12&source=document"))).isEmpty();
    assertThat(message(analyst, "/map/events?" + VIEW + "&zoom=12&source=gossip"))
        .contains("source=gossip");
    JsonNode coarse = ok(analyst, "/map/events?" + VIEW + "&zoom=3");
    assertThat(coarse.at("/features/0/geometry/coordinates/0").size())
        .as("a 64-point circle simplified at zoom 3")
        .isLessThan(65)
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void theTimeSpanShowsStaffLayersToStaffOnly() {
    JsonNode publicSpan = ok(anonymous, "/map/time-span");
    assertThat(publicSpan.at("/layers").has("footprints")).isTrue();
    assertThat(publicSpan.at("/layers").has("boundaries")).isTrue();
    assertThat(publicSpan.at("/layers").has("events")).isFalse();
    assertThat(publicSpan.at("/layers").has("changeEvents")).isFalse();
    assertThat(publicSpan.at("/layers/footprints/start").asText()).isEqualTo("2005-01-01");
    JsonNode staffSpan = ok(analyst, "/map/time-span");
    // The sample data has events and change events of its own: the span includes ours.
    assertThat(staffSpan.at("/layers/events/start").asText()).isLessThanOrEqualTo("2010-06-01");
    assertThat(staffSpan.at("/layers/changeEvents/end").asText())
        .isGreaterThanOrEqualTo("2013-04-01");
    assertThat(staffSpan.get("start").asText()).isLessThanOrEqualTo("2005-01-01");
    assertThat(staffSpan.get("end").asText())
        .isGreaterThanOrEqualTo(staffSpan.at("/layers/changeEvents/end").asText());
  }

  @Test
  void histogramsCountPerBinAndIntervalsInEveryBinTheyMeet() {
    JsonNode scenes =
        ok(anonymous, "/map/histogram?layer=footprints&" + VIEW + "&" + YEAR + "&bins=12");
    assertThat(scenes.get("bins")).hasSize(12);
    assertThat(scenes.at("/bins/0/start").asText()).isEqualTo("2011-01-01");
    assertThat(scenes.at("/bins/11/end").asText()).isEqualTo("2011-12-31");
    long total = 0;
    for (JsonNode bin : scenes.get("bins")) {
      total += bin.get("count").asLong();
    }
    assertThat(total).isEqualTo(4);
    JsonNode events = ok(analyst, "/map/histogram?layer=events&" + VIEW + "&" + YEAR + "&bins=12");
    assertThat(events.at("/bins/0/count").asLong())
        .as("January 2011: the straddling and the open event")
        .isEqualTo(2);
    assertThat(events.at("/bins/2/count").asLong())
        .as("March 2011 (days 60..90): inside and open")
        .isEqualTo(2);
    assertThat(events.at("/bins/11/count").asLong()).as("December: the open one").isEqualTo(1);
    JsonNode days = ok(anonymous, "/map/histogram?layer=footprints&from=2011-01-01&to=2011-01-03");
    assertThat(days.get("bins")).as("never more bins than days").hasSize(3);
  }

  @Test
  void badInputIsRefusedNamingTheParameter() {
    assertThat(message(anonymous, "/map/footprints?bbox=38.0,123.4,38.5,123.9&zoom=7"))
        .contains("bbox")
        .contains("lat,lon");
    assertThat(message(anonymous, "/map/footprints?bbox=1,2,3&zoom=7")).contains("bbox");
    assertThat(message(anonymous, "/map/footprints?bbox=124,38,123,39&zoom=7"))
        .contains("bbox minimum longitude");
    assertThat(message(anonymous, "/map/footprints?" + VIEW)).contains("zoom is required");
    assertThat(message(anonymous, "/map/footprints?" + VIEW + "&zoom=23")).contains("zoom");
    assertThat(message(anonymous, "/map/footprints?" + VIEW + "&zoom=7&from=2011-13-01"))
        .contains("from '2011-13-01'");
    assertThat(
            message(anonymous, "/map/footprints?" + VIEW + "&zoom=7&from=2012-01-01&to=2011-01-01"))
        .contains("from 2012-01-01 is after to 2011-01-01");
    assertThat(message(anonymous, "/map/footprints?" + VIEW + "&zoom=7&maxCloudPct=120"))
        .contains("maxCloudPct");
    assertThat(message(anonymous, "/map/footprints?" + VIEW + "&zoom=7&collection=nope"))
        .contains("collection=nope")
        .contains("map-test");
    assertThat(message(analyst, "/map/events?" + VIEW + "&zoom=7&level=certain"))
        .contains("level=certain")
        .contains("single-source");
    assertThat(message(analyst, "/map/events?" + VIEW + "&zoom=7&type=rumour")).contains("type=");
    assertThat(message(analyst, "/map/change-events?" + VIEW + "&zoom=7&kind=vanished"))
        .contains("kind=vanished")
        .contains("appeared");
    assertThat(message(anonymous, "/map/histogram?layer=boundaries")).contains("layer");
    assertThat(message(anonymous, "/map/histogram?layer=footprints&bins=0")).contains("bins");
    assertThat(message(anonymous, "/map/footprints?" + VIEW + "&zoom=7&limit=5")).contains("limit");
  }

  private static String message(ApiClient client, String path) {
    ApiClient.Answer answer = client.get(path);
    assertThat(answer.status()).as(path + " " + answer).isEqualTo(400);
    return answer.json().get("message").asText();
  }
}
