package org.sightline.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.publication.PublicationKind;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestPublishing;
import org.sightline.server.testing.TestUsers;

/**
 * The facility registry over real HTTP on the sample data: names across scripts, search, edits with
 * versions, soft deletes, geometry checks and repair, and boundary versions over time.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class RegistryHttpTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Exact messages, pinned so that a change in wording is a conscious one. */
  static final String SWAPPED_MESSAGE =
      "location: coordinate out of range (longitude must be -180..180,"
          + " latitude -90..90); latitude and longitude look swapped, expected longitude first at 39.67 126.85";

  static final String HUGE_MESSAGE =
      "location: area 227,464 km² exceeds the maximum of 5,000 km² (measured on the"
          + " WGS 84 ellipsoid); check the coordinates";
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static ApiClient anonymous;
  private static ApiClient analyst;
  private static ApiClient advocate;

  @BeforeAll
  static void setUp() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    analyst = anonymous.as(users.tokenFor("registry-analyst", Role.ANALYST));
    advocate = anonymous.as(users.tokenFor("registry-advocate", Role.ADVOCATE));
    // Camp 15 gets its Korean name and romanizations, as an analyst would add them.
    JsonNode camp = analyst.get("/facilities/kwanliso-15-yodok").json();
    ApiClient.Answer named =
        analyst.putJson(
            "/facilities/kwanliso-15-yodok",
            edit(camp, Map.of("nameKo", "요덕", "nameMr", "Yodŏk", "nameRr", "Yodeok")),
            "If-Match",
            "\"v" + camp.get("version").asInt() + "\"");
    assertThat(named.status()).as(named.toString()).isEqualTo(200);
  }

  /** The body to PUT: the facility as read, with some fields replaced. */
  private static Map<String, Object> edit(JsonNode facility, Map<String, Object> changes) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (String field :
        List.of(
            "name",
            "nameKo",
            "nameMr",
            "nameRr",
            "aliases",
            "type",
            "status",
            "statusSince",
            "controllingAgency",
            "province",
            "description",
            "location")) {
      body.put(field, JSON.convertValue(facility.get(field), Object.class));
    }
    body.putAll(changes);
    return body;
  }

  private static Map<String, Object> point(double lon, double lat) {
    return object("type", "Point", "coordinates", List.of(lon, lat));
  }

  private static Map<String, Object> polygon(double[][] ring) {
    List<List<Double>> positions = new ArrayList<>();
    for (double[] p : ring) {
      positions.add(List.of(p[0], p[1]));
    }
    return object("type", "Polygon", "coordinates", List.of(positions));
  }

  private static Map<String, Object> newFacility(String id, Object location) {
    return object(
        "id",
        id,
        "name",
        "Test facility " + id,
        "type",
        "kyohwaso",
        "status",
        "unconfirmed",
        "location",
        location);
  }

  @Test
  void aBoundaryVersionIsEndedAtADateWithItsETagAndTheEarlierStateIsKept() {
    assertThat(
            analyst
                .postJson("/facilities", newFacility("ended-camp", point(128.05, 41.05)))
                .status())
        .isEqualTo(201);
    double[][] ring = {{128.0, 41.0}, {128.1, 41.0}, {128.1, 41.1}, {128.0, 41.1}, {128.0, 41.0}};
    String boundaries = "/facilities/ended-camp/boundaries";
    ApiClient.Answer open =
        analyst.postJson(
            boundaries,
            object("geometry", polygon(ring), "basis", "approximate", "confidence", "low"));
    assertThat(open.status()).as(open.toString()).isEqualTo(201);
    String version = boundaries + "/" + open.json().at("/boundary/id").asLong();
    ApiClient.Answer read = anonymous.get(version);
    assertThat(read.status()).as("unpublished: not for anonymous visitors").isEqualTo(404);
    read = analyst.get(version);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo("\"v1\"");
    assertThat(read.json().get("version").asInt()).isEqualTo(1);

    Map<String, Object> end = object("validTo", "2020-06-01");
    assertThat(analyst.postJson(version + "/end", end).status()).as("no If-Match").isEqualTo(428);
    ApiClient.Answer stale = analyst.postJson(version + "/end", end, "If-Match", "\"v2\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.body()).contains("is at version 1, not 2");
    assertThat(
            analyst
                .postJson(version + "/end", object("validTo", "2020-13-01"), "If-Match", "\"v1\"")
                .status())
        .isEqualTo(400);
    assertThat(analyst.postJson(version + "/end", object(), "If-Match", "\"v1\"").body())
        .contains("validTo is required");
    assertThat(advocate.postJson(version + "/end", end, "If-Match", "\"v1\"").status())
        .isEqualTo(403);

    ApiClient.Answer ended = analyst.postJson(version + "/end", end, "If-Match", "\"v1\"");
    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    assertThat(ended.header("ETag")).isEqualTo("\"v2\"");
    assertThat(ended.json().get("validTo").asText()).isEqualTo("2020-06-01");
    assertThat(ended.json().get("validFrom").isNull()).isTrue();
    assertThat(analyst.get(boundaries + "?asOf=2020-06-01").status())
        .as("valid [open, 2020-06-01): nothing on its end day")
        .isEqualTo(404);

    ApiClient.Answer unknownScene =
        analyst.postJson(
            boundaries,
            object(
                "geometry", polygon(ring),
                "validFrom", "2020-06-01",
                "basis", "digitized",
                "sceneId", "S2X_NOT_IN_THE_CATALOGUE",
                "confidence", "medium"));
    assertThat(unknownScene.status()).isEqualTo(400);
    assertThat(unknownScene.body())
        .contains("sceneId 'S2X_NOT_IN_THE_CATALOGUE' is not in the imagery catalogue");
    ApiClient.Answer next =
        analyst.postJson(
            boundaries,
            object(
                "geometry", polygon(ring),
                "validFrom", "2020-06-01",
                "basis", "digitized",
                "sceneId", "S2B_52SBJ_20241210_0_L2A",
                "confidence", "medium"));
    assertThat(next.status()).as("the ended version no longer overlaps: %s", next).isEqualTo(201);
    assertThat(analyst.postJson(version + "/end", end, "If-Match", "\"v2\"").status())
        .as("ending it again on the same day: one more version")
        .isEqualTo(200);
    ApiClient.Answer overlapping =
        analyst.postJson(version + "/end", object("validTo", "2021-01-01"), "If-Match", "\"v3\"");
    assertThat(overlapping.status()).as(overlapping.toString()).isEqualTo(409);

    List<String> states =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT coalesce(state->>'valid_to', 'open') || ' v' || (state->>'version')"
                                + " FROM record_version WHERE table_name = 'facility_boundary'"
                                + " AND record_id = :id ORDER BY id")
                        .bind("id", version.substring(version.lastIndexOf('/') + 1))
                        .mapTo(String.class)
                        .list());
    assertThat(states).containsExactly("open v1", "2020-06-01 v2", "2020-06-01 v3");
  }

  private static List<String> searchIds(ApiClient client, String q) {
    List<String> ids = new ArrayList<>();
    client
        .get("/facilities?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
        .json()
        .forEach(f -> ids.add(f.get("id").asText()));
    return ids;
  }

  @Test
  void oneQueryFindsCamp15ByAnyNameInAnyScript() {
    for (String q :
        List.of(
            "yoduk", "Yodok", "요덕", "camp 15", "Yodŏk", "YODEOK", "kwanliso no. 15", "Yo-dok")) {
      List<String> ids = searchIds(anonymous, q);
      assertThat(ids).as("search for '%s'", q).isNotEmpty();
      assertThat(ids.get(0)).as("best match for '%s': %s", q, ids).isEqualTo("kwanliso-15-yodok");
    }
    assertThat(searchIds(anonymous, "camp 14").get(0)).isEqualTo("kwanliso-14-kaechon");
    JsonNode sources = anonymous.get("/facilities/kwanliso-15-yodok").json().get("sources");
    List<String> citations = new ArrayList<>();
    sources.forEach(c -> citations.add(c.get("id").asText() + "@" + c.get("retrievedOn").asText()));
    assertThat(citations)
        .contains("hrnk@2026-10-01", "nkpd@2026-10-01", "wikipedia@null", "sightline-editors@null");
    assertThat(searchIds(anonymous, "zzzzqqq")).isEmpty();
    assertThat(anonymous.get("/facilities").status()).isEqualTo(400);
  }

  /**
   * Every name search result carries its match; no unrelated facility is offered for a name, and a
   * typo still finds its facility (FacilityDao.MIN_SIMILAR_SPELLING).
   */
  @Test
  void nameSearchResultsCarryTheirMatchAndUnrelatedNamesAreLeftOut() {
    Map<String, List<String>> expected =
        Map.of(
            "Yodok", List.of("yodok", "yodŏk", "yodeok", "요덕"),
            "요덕", List.of("yodok", "yodŏk", "yodeok", "요덕"),
            "Kaechon", List.of("kaechon", "kaech'ŏn", "gaecheon", "gaechon", "개천"),
            "Yodk", List.of("yodok", "yodŏk", "yodeok", "요덕"));
    for (Map.Entry<String, List<String>> query : expected.entrySet()) {
      JsonNode found =
          anonymous
              .get("/facilities?q=" + URLEncoder.encode(query.getKey(), StandardCharsets.UTF_8))
              .json();
      assertThat(found.size()).as("results for '%s'", query.getKey()).isPositive();
      for (JsonNode facility : found) {
        String names = facility.toString().toLowerCase(Locale.ROOT);
        String what =
            query.getKey() + " -> " + facility.get("id").asText() + " " + facility.get("match");
        System.out.println("name search: " + what);
        assertThat(query.getValue().stream().anyMatch(names::contains)).as(what).isTrue();
        assertThat(facility.at("/match/score").asInt()).as(what).isBetween(1, 5);
        assertThat(facility.at("/match/similarity").asDouble()).as(what).isBetween(0.0, 1.0);
      }
    }
    assertThat(searchIds(anonymous, "Yodk")).contains("kwanliso-15-yodok");
    assertThat(anonymous.get("/facilities?q=Yodk").json().get(0).at("/match/score").asInt())
        .as("a similar spelling")
        .isEqualTo(1);
  }

  @Test
  void koreanTextIsStoredNfcAndMustBeHangul() {
    String decomposed = Normalizer.normalize("전거리", Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo("전거리");
    Map<String, Object> body = newFacility("nfc-test", point(129.0, 42.0));
    body.put("nameKo", decomposed);
    ApiClient.Answer created = analyst.postJson("/facilities", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().at("/facility/nameKo").asText()).isEqualTo("전거리");
    assertThat(searchIds(analyst, "전거리")).contains("nfc-test");

    Map<String, Object> latin = newFacility("not-hangul", point(129.0, 42.0));
    latin.put("nameKo", "Chongori");
    ApiClient.Answer refused = analyst.postJson("/facilities", latin);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("nameKo must be written in Hangul");
  }

  @Test
  void newFacilitiesAreUnpublishedUntilAnAdvocatePublishesThem() {
    assertThat(
            analyst.postJson("/facilities", newFacility("quiet-site", point(127.5, 40.5))).status())
        .isEqualTo(201);
    assertThat(anonymous.get("/facilities/quiet-site").status()).isEqualTo(404);
    assertThat(analyst.get("/facilities/quiet-site").status()).isEqualTo(200);
    assertThat(searchIds(anonymous, "Test facility quiet-site")).doesNotContain("quiet-site");
    assertThat(
            advocate
                .putJson("/facilities/quiet-site/publication", object("published", true))
                .status())
        .as("publishing goes through review")
        .isEqualTo(409);
    assertThat(anonymous.get("/facilities/quiet-site").status()).isEqualTo(404);
    TestPublishing.publishFacility(analyst, advocate, "quiet-site");
    assertThat(anonymous.get("/facilities/quiet-site").status()).isEqualTo(200);
  }

  @Test
  void concurrentEditsAreDetectedAndNothingIsOverwritten() {
    ApiClient.Answer created =
        analyst.postJson("/facilities", newFacility("contested", point(127.0, 40.0)));
    JsonNode facility = created.json().get("facility");
    String tag = created.header("ETag");
    assertThat(tag).isEqualTo("\"v1\"");

    ApiClient.Answer first =
        analyst.putJson(
            "/facilities/contested",
            edit(facility, Map.of("name", "First writer")),
            "If-Match",
            tag);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("ETag")).isEqualTo("\"v2\"");
    ApiClient.Answer second =
        analyst.putJson(
            "/facilities/contested",
            edit(facility, Map.of("name", "Second writer")),
            "If-Match",
            tag);
    assertThat(second.status()).isEqualTo(412);
    assertThat(second.body()).contains("is at version 2, not 1");
    assertThat(analyst.get("/facilities/contested").json().get("name").asText())
        .isEqualTo("First writer");
    assertThat(
            analyst
                .putJson("/facilities/contested", edit(facility, Map.of("name", "No tag")))
                .status())
        .isEqualTo(428);

    JsonNode history = analyst.get("/facilities/contested/history").json();
    assertThat(history).hasSize(2);
    assertThat(history.get(0).at("/state/name").asText()).isEqualTo("Test facility contested");
    assertThat(history.get(1).at("/state/name").asText()).isEqualTo("First writer");
    assertThat(history.get(1).get("actor").asText()).isEqualTo("user:registry-analyst");
  }

  /**
   * Two edits sent at the same instant with the same ETag, 40 times: exactly one is applied (200)
   * and the other is refused as stale (412), never both (the row lock in FacilityRegistry.replace;
   * without it both read version n, both answer 200, and the first writer's edit is lost).
   */
  @Test
  void simultaneousEditsWithOneETagLetExactlyOneThrough() throws Exception {
    int rounds = 40;
    ApiClient.Answer created =
        analyst.postJson("/facilities", newFacility("raced", point(127.1, 40.1)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode facility = created.json().get("facility");
    ExecutorService writers = Executors.newFixedThreadPool(2);
    try {
      for (int round = 1; round <= rounds; round++) {
        String tag = "\"v" + round + "\"";
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<ApiClient.Answer>> edits = new ArrayList<>();
        for (String writer : List.of("left", "right")) {
          Map<String, Object> body =
              edit(facility, Map.of("name", writer + " writer, round " + round));
          edits.add(
              writers.submit(
                  () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return analyst.putJson("/facilities/raced", body, "If-Match", tag);
                  }));
        }
        List<ApiClient.Answer> answers = new ArrayList<>();
        for (Future<ApiClient.Answer> edit : edits) {
          answers.add(edit.get(30, TimeUnit.SECONDS));
        }
        List<Integer> statuses = answers.stream().map(ApiClient.Answer::status).sorted().toList();
        assertThat(statuses).as("round %d: %s", round, answers).containsExactly(200, 412);
        ApiClient.Answer applied =
            answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
        ApiClient.Answer stored = analyst.get("/facilities/raced");
        assertThat(stored.header("ETag"))
            .as("round %d", round)
            .isEqualTo("\"v" + (round + 1) + "\"");
        assertThat(stored.json().get("name").asText())
            .as("round %d: the applied edit is the stored one", round)
            .isEqualTo(applied.json().at("/facility/name").asText());
      }
    } finally {
      writers.shutdownNow();
    }
    JsonNode history = analyst.get("/facilities/raced/history").json();
    assertThat(history).as("one version per round, none lost or doubled").hasSize(rounds + 1);
  }

  @Test
  void deletesAreSoftWithAReasonAndIdsAreNeverReused() {
    ApiClient.Answer created =
        analyst.postJson("/facilities", newFacility("mistake", point(127.2, 40.2)));
    assertThat(analyst.postJson("/facilities/mistake/deletion", object("reason", "")).status())
        .isEqualTo(428);
    assertThat(
            analyst.postJson("/facilities/mistake/deletion", "{}", "If-Match", "\"v1\"").status())
        .isEqualTo(400);
    ApiClient.Answer deleted =
        analyst.postJson(
            "/facilities/mistake/deletion",
            object("reason", "duplicate of kyohwaso-12"),
            "If-Match",
            created.header("ETag"));
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
    assertThat(analyst.get("/facilities/mistake").status()).isEqualTo(404);
    JsonNode history = analyst.get("/facilities/mistake/history").json();
    assertThat(history.get(history.size() - 1).get("operation").asText()).isEqualTo("soft-delete");
    assertThat(history.get(history.size() - 1).at("/state/deletion_reason").asText())
        .isEqualTo("duplicate of kyohwaso-12");
    assertThat(analyst.postJson("/facilities", newFacility("mistake", point(127.2, 40.2))).status())
        .isEqualTo(409);
    String row =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT deleted_by FROM facility WHERE id = 'mistake'")
                        .mapTo(String.class)
                        .one());
    assertThat(row).isEqualTo("user:registry-analyst");
  }

  @Test
  void invalidGeometryIsRefusedWithWhatAndWhereUnlessRepairIsAsked() {
    double[][] bowtie = {
      {126.84, 39.66}, {126.87, 39.69}, {126.87, 39.66}, {126.84, 39.69}, {126.84, 39.66}
    };
    ApiClient.Answer refused =
        analyst.postJson("/facilities", newFacility("bowtie", polygon(bowtie)));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .isEqualTo(
            "location: self-intersection at 126.855 39.675 (add ?repair=true to have it repaired, with a report of what changed)");
    ApiClient.Answer repaired =
        analyst.postJson("/facilities?repair=true", newFacility("bowtie", polygon(bowtie)));
    assertThat(repaired.status()).as(repaired.toString()).isEqualTo(201);
    assertThat(repaired.json().get("repairs")).isNotEmpty();
    assertThat(repaired.json().at("/facility/location/type").asText()).isEqualTo("MultiPolygon");

    double[][] unclosed = {{126.84, 39.66}, {126.87, 39.66}, {126.87, 39.69}, {126.85, 39.68}};
    assertThat(
            analyst
                .postJson("/facilities", newFacility("unclosed", polygon(unclosed)))
                .json()
                .get("message")
                .asText())
        .isEqualTo(
            "location.coordinates[0]: ring is not closed: it starts at 126.84 39.66 and ends at 126.85 39.68;"
                + " repeat the first position at the end");
    ApiClient.Answer swapped =
        analyst.postJson("/facilities", newFacility("swapped", point(39.67, 126.85)));
    assertThat(swapped.status()).isEqualTo(400);
    assertThat(swapped.json().get("message").asText()).isEqualTo(SWAPPED_MESSAGE);
    ApiClient.Answer outOfRange =
        analyst.postJson("/facilities", newFacility("far", point(200.0, 39.0)));
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(outOfRange.json().get("message").asText())
        .isEqualTo(
            "location: coordinate out of range (longitude must be -180..180, latitude -90..90) at 200 39");
    double[][] huge = {{124.0, 38.0}, {130.0, 38.0}, {130.0, 42.0}, {124.0, 42.0}, {124.0, 38.0}};
    ApiClient.Answer tooBig = analyst.postJson("/facilities", newFacility("huge", polygon(huge)));
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.json().get("message").asText()).isEqualTo(HUGE_MESSAGE);
    ApiClient.Answer badType =
        analyst.postJson(
            "/facilities",
            object(
                "id",
                "bad-type",
                "name",
                "X",
                "type",
                "gulag",
                "status",
                "closed",
                "location",
                point(127.0, 40.0)));
    assertThat(badType.json().get("message").asText())
        .startsWith("type: unknown facility type 'gulag'; expected one of");
    ApiClient.Answer html =
        analyst.postJson(
            "/facilities",
            object(
                "id",
                "html-name",
                "name",
                "<img src=x onerror=alert(1)>",
                "type",
                "other",
                "status",
                "unconfirmed",
                "location",
                point(127.0, 40.0),
                "description",
                "'; DROP TABLE facility; --"));
    assertThat(html.status()).isEqualTo(201);
    assertThat(analyst.get("/facilities/html-name").json().get("name").asText())
        .isEqualTo("<img src=x onerror=alert(1)>");
  }

  @Test
  void boundaryVersionsNeverOverlapAndAsOfPicksTheOneValidThatDay() {
    double[][] early = {
      {126.83, 39.65}, {126.88, 39.65}, {126.88, 39.70}, {126.83, 39.70}, {126.83, 39.65}
    };
    double[][] later = {
      {126.82, 39.64}, {126.89, 39.64}, {126.89, 39.71}, {126.82, 39.71}, {126.82, 39.64}
    };
    String path = "/facilities/kwanliso-19-tanchon/boundaries";
    ApiClient.Answer v1 =
        analyst.postJson(
            path,
            object(
                "geometry",
                polygon(early),
                "validTo",
                "2010-01-01",
                "basis",
                "approximate",
                "confidence",
                "low",
                "sourceIds",
                List.of("hrnk"),
                "note",
                "rough outline"));
    assertThat(v1.status()).as(v1.toString()).isEqualTo(201);
    ApiClient.Answer v2 =
        analyst.postJson(
            path,
            object(
                "geometry",
                polygon(later),
                "validFrom",
                "2010-01-01",
                "basis",
                "digitized",
                "confidence",
                "medium",
                "sceneId",
                "S2B_52SBJ_20241210_0_L2A"));
    assertThat(v2.status()).as(v2.toString()).isEqualTo(201);
    long v1Id = v1.json().at("/boundary/id").asLong();
    long v2Id = v2.json().at("/boundary/id").asLong();
    // The public reads the published versions (a second person reviews each).
    TestPublishing.publish(DATABASE.jdbi(), PublicationKind.BOUNDARY, Long.toString(v1Id));
    TestPublishing.publish(DATABASE.jdbi(), PublicationKind.BOUNDARY, Long.toString(v2Id));

    ApiClient.Answer clash =
        analyst.postJson(
            path,
            object(
                "geometry",
                polygon(early),
                "validFrom",
                "2005-06-01",
                "validTo",
                "2012-01-01",
                "basis",
                "published",
                "confidence",
                "high"));
    assertThat(clash.status()).isEqualTo(409);
    assertThat(clash.json().get("message").asText())
        .contains("overlaps version " + v1Id)
        .contains("version " + v2Id);

    assertThat(anonymous.get(path + "?asOf=2009-12-31").json().get("id").asLong()).isEqualTo(v1Id);
    assertThat(anonymous.get(path + "?asOf=2010-01-01").json().get("id").asLong())
        .as("validTo is exclusive")
        .isEqualTo(v2Id);
    assertThat(anonymous.get(path + "?asOf=1950-01-01").json().get("id").asLong())
        .as("open start")
        .isEqualTo(v1Id);
    assertThat(anonymous.get(path + "?asOf=2030-01-01").json().get("id").asLong())
        .as("open end")
        .isEqualTo(v2Id);
    assertThat(anonymous.get(path + "?asOf=2010-13-01").status()).isEqualTo(400);
    assertThat(anonymous.get(path).json()).hasSize(2);

    ApiClient.Answer noScene =
        analyst.postJson(
            "/facilities/kwanliso-14-kaechon/boundaries",
            object("geometry", polygon(early), "basis", "digitized", "confidence", "high"));
    assertThat(noScene.status()).isEqualTo(400);
    assertThat(noScene.body()).contains("needs sceneId");
    ApiClient.Answer badBasis =
        analyst.postJson(
            "/facilities/kwanliso-14-kaechon/boundaries",
            object("geometry", polygon(early), "basis", "surveyed", "confidence", "high"));
    assertThat(badBasis.body())
        .contains("basis must be one of approximate, digitized, published; got 'surveyed'");

    // Deleting v2 frees its period, soft: it is still in the table with its reason.
    assertThat(
            analyst
                .postJson(path + "/" + v2Id + "/deletion", object("reason", "wrong scene date"))
                .status())
        .isEqualTo(200);
    assertThat(anonymous.get(path + "?asOf=2030-01-01").status()).isEqualTo(404);
    assertThat(
            analyst
                .postJson(
                    path,
                    object(
                        "geometry",
                        polygon(later),
                        "validFrom",
                        "2010-01-01",
                        "basis",
                        "published",
                        "confidence",
                        "medium"))
                .status())
        .isEqualTo(201);
  }

  @Test
  void zonesAreVersionedPerZoneAndListedAsOfADate() {
    double[][] housing = {
      {129.01, 41.01}, {129.03, 41.01}, {129.03, 41.03}, {129.01, 41.03}, {129.01, 41.01}
    };
    double[][] expanded = {
      {129.01, 41.01}, {129.05, 41.01}, {129.05, 41.03}, {129.01, 41.03}, {129.01, 41.01}
    };
    double[][] mine = {
      {129.06, 41.04}, {129.08, 41.04}, {129.08, 41.06}, {129.06, 41.06}, {129.06, 41.04}
    };
    String path = "/facilities/kwanliso-16-hwasong/zones";
    ApiClient.Answer first =
        analyst.postJson(
            path,
            object(
                "zoneKey",
                "housing-east",
                "name",
                "East housing",
                "nameKo",
                "동쪽 주거구역",
                "kind",
                "housing",
                "geometry",
                polygon(housing),
                "validTo",
                "2015-06-01",
                "basis",
                "published",
                "confidence",
                "medium",
                "sourceIds",
                List.of("hrnk")));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(
            analyst
                .postJson(
                    path,
                    object(
                        "zoneKey",
                        "housing-east",
                        "name",
                        "East housing (expanded)",
                        "kind",
                        "housing",
                        "geometry",
                        polygon(expanded),
                        "validFrom",
                        "2015-06-01",
                        "basis",
                        "approximate",
                        "confidence",
                        "low"))
                .status())
        .isEqualTo(201);
    assertThat(
            analyst
                .postJson(
                    path,
                    object(
                        "zoneKey",
                        "mine-north",
                        "name",
                        "North mine",
                        "kind",
                        "mine",
                        "geometry",
                        polygon(mine),
                        "basis",
                        "approximate",
                        "confidence",
                        "low"))
                .status())
        .isEqualTo(201);
    ApiClient.Answer overlap =
        analyst.postJson(
            path,
            object(
                "zoneKey",
                "housing-east",
                "name",
                "Again",
                "kind",
                "housing",
                "geometry",
                polygon(housing),
                "validFrom",
                "2014-01-01",
                "validTo",
                "2016-01-01",
                "basis",
                "approximate",
                "confidence",
                "low"));
    assertThat(overlap.status()).isEqualTo(409);
    assertThat(overlap.body()).contains("zone 'housing-east'");
    ApiClient.Answer badKind =
        analyst.postJson(
            path,
            object(
                "zoneKey",
                "x",
                "name",
                "X",
                "kind",
                "gulag",
                "geometry",
                polygon(mine),
                "basis",
                "approximate",
                "confidence",
                "low"));
    assertThat(badKind.body())
        .contains(
            "kind must be one of administration, detention, factory, farm, housing, mine,"
                + " other, security; got 'gulag'");

    // The public reads the published versions (a second person reviews each).
    for (JsonNode zone : analyst.get(path).json()) {
      if (List.of("housing-east", "mine-north").contains(zone.get("zoneKey").asText())) {
        TestPublishing.publish(
            DATABASE.jdbi(), PublicationKind.ZONE, Long.toString(zone.get("id").asLong()));
      }
    }
    List<String> in2010 = new ArrayList<>();
    anonymous
        .get(path + "?asOf=2010-01-01")
        .json()
        .forEach(z -> in2010.add(z.get("name").asText()));
    assertThat(in2010).containsExactly("East housing", "North mine");
    List<String> in2020 = new ArrayList<>();
    anonymous
        .get(path + "?asOf=2020-01-01")
        .json()
        .forEach(z -> in2020.add(z.get("name").asText()));
    assertThat(in2020).containsExactly("East housing (expanded)", "North mine");
    assertThat(anonymous.get(path).json()).hasSize(3);
  }

  @Test
  void ogcCollectionsServeBoundariesAndZonesByDatetimeWithFiltersAndPaging() {
    double[][] a = {
      {127.10, 40.10}, {127.12, 40.10}, {127.12, 40.12}, {127.10, 40.12}, {127.10, 40.10}
    };
    double[][] b = {
      {127.10, 40.10}, {127.14, 40.10}, {127.14, 40.12}, {127.10, 40.12}, {127.10, 40.10}
    };
    double[][] c = {
      {127.10, 40.10}, {127.16, 40.10}, {127.16, 40.14}, {127.10, 40.14}, {127.10, 40.10}
    };
    assertThat(
            analyst.postJson("/facilities", newFacility("ogc-camp", point(127.11, 40.11))).status())
        .isEqualTo(201);
    String path = "/facilities/ogc-camp/boundaries";
    assertThat(
            analyst
                .postJson(
                    path,
                    object(
                        "geometry",
                        polygon(a),
                        "validTo",
                        "2005-01-01",
                        "basis",
                        "approximate",
                        "confidence",
                        "low"))
                .status())
        .isEqualTo(201);
    assertThat(
            analyst
                .postJson(
                    path,
                    object(
                        "geometry",
                        polygon(b),
                        "validFrom",
                        "2005-01-01",
                        "validTo",
                        "2015-01-01",
                        "basis",
                        "published",
                        "confidence",
                        "medium"))
                .status())
        .isEqualTo(201);
    assertThat(
            analyst
                .postJson(
                    path,
                    object(
                        "geometry",
                        polygon(c),
                        "validFrom",
                        "2015-01-01",
                        "basis",
                        "approximate",
                        "confidence",
                        "high"))
                .status())
        .isEqualTo(201);

    String items = "/collections/facility-boundaries/items?facility=ogc-camp";
    assertThat(anonymous.get(items).json().get("numberMatched").asInt())
        .as("unpublished facility")
        .isZero();
    assertThat(analyst.get(items).json().get("numberMatched").asInt()).isEqualTo(3);
    JsonNode in2010 = analyst.get(items + "&datetime=2010-06-01T12:00:00Z").json();
    assertThat(in2010.get("numberReturned").asInt()).isEqualTo(1);
    assertThat(in2010.at("/features/0/properties/validFrom").asText()).isEqualTo("2005-01-01");
    assertThat(in2010.at("/features/0/properties/basis").asText()).isEqualTo("published");
    assertThat(
            analyst
                .get(items + "&datetime=2015-01-01")
                .json()
                .at("/features/0/properties/validFrom")
                .asText())
        .as("validTo is exclusive")
        .isEqualTo("2015-01-01");
    assertThat(
            analyst
                .get(items + "&datetime=2004-12-31/2005-01-01")
                .json()
                .get("numberMatched")
                .asInt())
        .isEqualTo(2);
    assertThat(analyst.get(items + "&datetime=../2000-01-01").json().get("numberMatched").asInt())
        .isEqualTo(1);
    assertThat(analyst.get(items + "&basis=approximate").json().get("numberMatched").asInt())
        .isEqualTo(2);
    assertThat(
            analyst
                .get(items + "&basis=approximate&confidence=high")
                .json()
                .get("numberMatched")
                .asInt())
        .isEqualTo(1);
    ApiClient.Answer badBasis = analyst.get(items + "&basis=surveyed");
    assertThat(badBasis.status()).isEqualTo(400);
    assertThat(badBasis.body())
        .contains("'surveyed' is not one of [approximate, digitized, published]");
    assertThat(analyst.get(items + "&colour=red").status()).isEqualTo(400);
    assertThat(analyst.get(items + "&bbox=129,42,130,43").json().get("numberMatched").asInt())
        .isZero();

    List<String> ids = new ArrayList<>();
    String next = items + "&limit=1";
    for (int pages = 0; next != null && pages < 10; pages++) {
      JsonNode page = analyst.get(next).json();
      page.get("features").forEach(f -> ids.add(f.get("id").asText()));
      next = null;
      for (JsonNode link : page.get("links")) {
        if (link.get("rel").asText().equals("next")) {
          next = link.get("href").asText().replaceFirst("^.*/api", "");
        }
      }
    }
    assertThat(ids).hasSize(3).doesNotHaveDuplicates();
    assertThat(
            analyst
                .get("/collections/facility-boundaries/items/" + ids.get(0))
                .json()
                .at("/properties/facilityId")
                .asText())
        .isEqualTo("ogc-camp");
    assertThat(analyst.get("/collections/facility-boundaries/items/not-a-number").status())
        .isEqualTo(404);

    List<String> collections = new ArrayList<>();
    anonymous
        .get("/collections")
        .json()
        .get("collections")
        .forEach(col -> collections.add(col.get("id").asText()));
    assertThat(collections).containsExactly("facilities", "facility-boundaries", "zones");
    assertThat(anonymous.get("/collections/zones/items?kind=mine").status()).isEqualTo(200);

    JsonNode kwanliso =
        anonymous.get("/collections/facilities/items?type=kwanliso&limit=1000").json();
    assertThat(kwanliso.get("numberMatched").asInt()).isGreaterThanOrEqualTo(6);
    kwanliso
        .get("features")
        .forEach(f -> assertThat(f.at("/properties/type").asText()).isEqualTo("kwanliso"));
    JsonNode closed =
        anonymous.get("/collections/facilities/items?type=kwanliso,kyohwaso&status=closed").json();
    closed
        .get("features")
        .forEach(f -> assertThat(f.at("/properties/status").asText()).isEqualTo("closed"));
    assertThat(anonymous.get("/collections/facilities/items?status=open").status()).isEqualTo(400);
  }

  @Test
  void areaAndPerimeterAgreeWithPostgisGeographyMeasures() {
    double[][] ring = {
      {126.80, 39.60}, {126.95, 39.60}, {126.95, 39.75}, {126.80, 39.75}, {126.80, 39.60}
    };
    ApiClient.Answer added =
        analyst.postJson(
            "/facilities/kwanliso-12-onsong/boundaries",
            object("geometry", polygon(ring), "basis", "approximate", "confidence", "low"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    JsonNode boundary = added.json().get("boundary");
    double[] postgis =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
            SELECT ST_Area(geometry::geography) / 1e6 AS area, ST_Perimeter(geometry::geography) / 1e3 AS perimeter
              FROM facility_boundary WHERE id = :id""")
                        .bind("id", boundary.get("id").asLong())
                        .map(
                            (rs, ctx) ->
                                new double[] {rs.getDouble("area"), rs.getDouble("perimeter")})
                        .one());
    assertThat(boundary.get("areaSqKm").asDouble())
        .isCloseTo(postgis[0], Percentage.withPercentage(0.1));
    assertThat(boundary.get("perimeterKm").asDouble())
        .isCloseTo(postgis[1], Percentage.withPercentage(0.1));
    assertThat(boundary.get("areaSqKm").asDouble()).isBetween(200.0, 230.0);
  }
}
