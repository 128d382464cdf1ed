package org.sightline.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.audit.Actor;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.StoredUser;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestPublishing;
import org.sightline.server.testing.TestUsers;

/**
 * Who sees an unpublished facility, its boundary and its zone: every read path of facility data,
 * called over real HTTP by every kind of caller. Staff (any role) see the record; anonymous
 * callers, users without a role, and users whose roles were removed after their token was issued do
 * not, on any path (a 404 for a single record, a 200 without it for a list or an export, a 401 or
 * 403 for the staff-only paths). One walk, so a read path added later without the policy shows up
 * here once it gets a row.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class VisibilityWalkTest {
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static final String HIDDEN = "walk-hidden";

  /**
   * A name no sample facility shares, so that search finds exactly this one (and its twin); with a
   * camp number, so that the twin is a candidate duplicate of it.
   */
  private static final String HIDDEN_NAME = "Kyohwaso No. 93 Obscurant Walkway Camp";

  /**
   * A published candidate duplicate of the hidden facility: its "possible duplicate of" must not
   * name the hidden one to callers who may not see it.
   */
  private static final String TWIN = "walk-twin";

  /** Callers who hold a role, and so see unpublished facilities. */
  private static final Set<String> STAFF = Set.of("admin", "analyst", "investigator", "advocate");

  private static final Map<String, ApiClient> CALLERS = new LinkedHashMap<>();
  private static long boundaryId;
  private static long zoneId;

  @BeforeAll
  static void setUp() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    ApiClient anonymous = ApiClient.anonymous(APP.getLocalPort());
    CALLERS.put("anonymous", anonymous);
    CALLERS.put("no role", anonymous.as(users.tokenFor("walk-nobody")));
    CALLERS.put("admin", anonymous.as(users.tokenFor("walk-admin", Role.ADMIN)));
    CALLERS.put("analyst", anonymous.as(users.tokenFor("walk-analyst", Role.ANALYST)));
    CALLERS.put(
        "investigator", anonymous.as(users.tokenFor("walk-investigator", Role.INVESTIGATOR)));
    CALLERS.put("advocate", anonymous.as(users.tokenFor("walk-advocate", Role.ADVOCATE)));
    // An analyst whose roles an admin removed after the token was issued: the same token, no role
    // now.
    String formerToken = users.tokenFor("walk-former-analyst", Role.ANALYST, Role.ADVOCATE);
    StoredUser former = users.accounts().findByUsername("walk-former-analyst").orElseThrow();
    users.accounts().setRoles(Actor.system("test"), former.id(), Set.of(), former.version());
    CALLERS.put("roles removed", anonymous.as(formerToken));

    ApiClient analyst = CALLERS.get("analyst");
    ApiClient.Answer created =
        analyst.postJson(
            "/facilities",
            object(
                "id",
                HIDDEN,
                "name",
                HIDDEN_NAME,
                "type",
                "kyohwaso",
                "status",
                "operational",
                "location",
                object("type", "Point", "coordinates", List.of(128.55, 41.55))));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().at("/facility/published").asBoolean()).isFalse();
    ApiClient.Answer twin =
        analyst.postJson(
            "/facilities",
            object(
                "id",
                TWIN,
                "name",
                HIDDEN_NAME + " (second point)",
                "type",
                "kyohwaso",
                "status",
                "operational",
                "location",
                object("type", "Point", "coordinates", List.of(128.8, 41.55))));
    assertThat(twin.status()).as(twin.toString()).isEqualTo(201);
    TestPublishing.publishFacility(analyst, CALLERS.get("advocate"), TWIN);
    ApiClient.Answer boundary =
        analyst.postJson(
            "/facilities/" + HIDDEN + "/boundaries",
            object(
                "geometry",
                square(128.5, 41.5, 128.6, 41.6),
                "validFrom",
                "2000-01-01",
                "basis",
                "approximate",
                "confidence",
                "low"));
    assertThat(boundary.status()).as(boundary.toString()).isEqualTo(201);
    boundaryId = boundary.json().at("/boundary/id").asLong();
    ApiClient.Answer zone =
        analyst.postJson(
            "/facilities/" + HIDDEN + "/zones",
            object(
                "zoneKey",
                "walk-housing",
                "name",
                "Housing",
                "kind",
                "housing",
                "geometry",
                square(128.52, 41.52, 128.54, 41.54),
                "validFrom",
                "2000-01-01",
                "basis",
                "approximate",
                "confidence",
                "low"));
    assertThat(zone.status()).as(zone.toString()).isEqualTo(201);
    zoneId = zone.json().at("/zone/id").asLong();
    String scene =
        ("{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"walk-scene\",\"geometry\":"
            + "{\"type\":\"Polygon\",\"coordinates\":[[[128.4,41.4],[128.7,41.4],[128.7,41.7],[128.4,41.7],[128.4,41.4]]]},"
            + "\"properties\":{\"datetime\":\"2021-06-01T02:00:00Z\",\"eo:cloud_cover\":5},\"links\":[],\"assets\":{}}");
    ApiClient.Answer ingested =
        analyst.post(
            "/imagery/ingest?collection=walk",
            HttpRequest.BodyPublishers.ofString(scene),
            "Content-Type",
            "application/x-ndjson");
    assertThat(ingested.status()).as(ingested.toString()).isEqualTo(200);
  }

  private static Map<String, Object> square(double west, double south, double east, double north) {
    return object(
        "type",
        "Polygon",
        "coordinates",
        List.of(
            List.of(
                List.of(west, south),
                List.of(east, south),
                List.of(east, north),
                List.of(west, north),
                List.of(west, south))));
  }

  /** How a path answers a caller who may not see the record. */
  private enum Hidden {
    /** 200, without the record (lists, searches, exports). */
    OMITTED,
    /** 404, as for a record that does not exist. */
    NOT_FOUND,
    /** A staff-only path: 401 for anonymous callers, 403 for signed-in ones. */
    REFUSED
  }

  /**
   * One read path.
   *
   * @param shows whether a 200 answer contains the facility (or its boundary, zone, scenes)
   * @param staffAnswer what else a staff caller's answer must hold (exports: labelled restricted,
   *     not cached)
   */
  private record ReadPath(
      String path,
      Hidden hidden,
      Predicate<ApiClient.Answer> shows,
      Predicate<ApiClient.Answer> staffAnswer) {
    ReadPath(String path, Hidden hidden, Predicate<ApiClient.Answer> shows) {
      this(path, hidden, shows, a -> true);
    }
  }

  private static List<ReadPath> readPaths() {
    Predicate<ApiClient.Answer> namesHidden = a -> a.body().contains(HIDDEN);
    Predicate<ApiClient.Answer> oneMatch =
        a -> a.json().get("numberMatched").asInt() == 1 && a.body().contains(HIDDEN);
    Predicate<ApiClient.Answer> notCached = a -> "no-store".equals(a.header("Cache-Control"));
    Predicate<ApiClient.Answer> labelledRestricted =
        a -> notCached.test(a) && a.body().contains("(all, restricted)");
    Predicate<ApiClient.Answer> sceneListed = a -> a.body().contains("walk-scene");
    String facility = "/facilities/" + HIDDEN;
    return List.of(
        new ReadPath(
            "/collections/facilities/items?bbox=128.4,41.4,128.7,41.7&limit=1000",
            Hidden.OMITTED,
            oneMatch),
        new ReadPath(
            "/collections/facilities/items?limit=1000&type=kyohwaso", Hidden.OMITTED, namesHidden),
        new ReadPath("/collections/facilities/items/" + HIDDEN, Hidden.NOT_FOUND, namesHidden),
        new ReadPath(
            "/collections/facility-boundaries/items?facility=" + HIDDEN, Hidden.OMITTED, oneMatch),
        new ReadPath(
            "/collections/facility-boundaries/items?bbox=128.4,41.4,128.7,41.7",
            Hidden.OMITTED,
            oneMatch),
        new ReadPath(
            "/collections/facility-boundaries/items/" + boundaryId, Hidden.NOT_FOUND, namesHidden),
        new ReadPath("/collections/zones/items?facility=" + HIDDEN, Hidden.OMITTED, oneMatch),
        new ReadPath(
            "/collections/zones/items?datetime=2020-01-01&bbox=128.4,41.4,128.7,41.7",
            Hidden.OMITTED,
            oneMatch),
        new ReadPath("/collections/zones/items/" + zoneId, Hidden.NOT_FOUND, namesHidden),
        new ReadPath("/facilities?q=Obscurant%20Walkway", Hidden.OMITTED, namesHidden),
        new ReadPath("/facilities?q=obscurant%20walkwey%20camp", Hidden.OMITTED, namesHidden),
        new ReadPath(
            facility, Hidden.NOT_FOUND, a -> a.json().get("name").asText().equals(HIDDEN_NAME)),
        new ReadPath("/facilities/" + TWIN, Hidden.OMITTED, namesHidden),
        new ReadPath("/collections/facilities/items/" + TWIN, Hidden.OMITTED, namesHidden),
        new ReadPath(facility + "/boundaries", Hidden.NOT_FOUND, a -> a.json().size() == 1),
        new ReadPath(
            facility + "/boundaries/" + boundaryId,
            Hidden.NOT_FOUND,
            a -> a.json().get("id").asLong() == boundaryId),
        new ReadPath(
            facility + "/zones/" + zoneId,
            Hidden.NOT_FOUND,
            a -> a.json().get("id").asLong() == zoneId),
        new ReadPath(
            facility + "/boundaries?asOf=2020-01-01",
            Hidden.NOT_FOUND,
            a -> a.json().get("id").asLong() == boundaryId),
        new ReadPath(facility + "/zones", Hidden.NOT_FOUND, a -> a.json().size() == 1),
        new ReadPath(
            facility + "/zones?asOf=2020-01-01", Hidden.NOT_FOUND, a -> a.json().size() == 1),
        new ReadPath(
            "/exports/facilities.geojson", Hidden.OMITTED, namesHidden, labelledRestricted),
        new ReadPath("/exports/facilities.kml", Hidden.OMITTED, namesHidden, labelledRestricted),
        new ReadPath("/exports/facilities.csv", Hidden.OMITTED, namesHidden, notCached),
        new ReadPath("/exports/facilities.gpkg", Hidden.OMITTED, namesHidden, notCached),
        new ReadPath(
            "/exports/facilities.geojson?asOf=2020-01-01",
            Hidden.OMITTED,
            namesHidden,
            labelledRestricted),
        new ReadPath(facility + "/coverage", Hidden.NOT_FOUND, sceneListed),
        new ReadPath(facility + "/coverage/csv", Hidden.NOT_FOUND, sceneListed),
        new ReadPath(
            facility + "/revisits?from=2021-01-01&to=2021-12-31",
            Hidden.NOT_FOUND,
            a -> a.json().get("scenes").asInt() == 1),
        new ReadPath(facility + "/history", Hidden.REFUSED, a -> a.body().contains(HIDDEN_NAME)),
        new ReadPath(
            facility + "/publication",
            Hidden.REFUSED,
            a -> a.body().contains("\"published\":false")));
  }

  @Test
  void onlyStaffSeeAnUnpublishedFacilityOnAnyReadPath() {
    List<String> wrong = new ArrayList<>();
    StringBuilder matrix = new StringBuilder(String.format("%-72s", "read path"));
    CALLERS.keySet().forEach(caller -> matrix.append(String.format(" | %-13s", caller)));
    for (ReadPath read : readPaths()) {
      matrix.append('\n').append(String.format("%-72s", read.path()));
      for (Map.Entry<String, ApiClient> caller : CALLERS.entrySet()) {
        ApiClient.Answer answer = caller.getValue().get(read.path());
        boolean staff = STAFF.contains(caller.getKey());
        boolean seen = answer.status() == 200 && read.shows().test(answer);
        boolean staffAnswer = answer.status() == 200 && read.staffAnswer().test(answer);
        int hiddenStatus =
            switch (read.hidden()) {
              case OMITTED -> 200;
              case NOT_FOUND -> 404;
              case REFUSED -> caller.getKey().equals("anonymous") ? 401 : 403;
            };
        boolean right = staff ? seen && staffAnswer : !seen && answer.status() == hiddenStatus;
        matrix.append(String.format(" | %-13s", (seen ? "sees " : "hidden ") + answer.status()));
        if (!right) {
          wrong.add(
              caller.getKey()
                  + " GET "
                  + read.path()
                  + ": "
                  + (staff ? "should see it" : "should get " + hiddenStatus + " without it")
                  + ", got "
                  + answer.status()
                  + " "
                  + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
      }
    }
    System.out.println(matrix);
    assertThat(wrong).as("read paths that break the visibility policy").isEmpty();
  }

  @Test
  void exportsForCallersWithoutARoleArePublicAndLabelledSo() {
    for (String caller : List.of("anonymous", "no role", "roles removed")) {
      ApiClient.Answer geojson = CALLERS.get(caller).get("/exports/facilities.geojson");
      assertThat(geojson.status()).isEqualTo(200);
      assertThat(geojson.json().get("name").asText()).as(caller).endsWith("(published)");
      assertThat(geojson.header("Cache-Control")).as(caller).isEqualTo("public, max-age=300");
      assertThat(geojson.body()).as(caller).contains("kwanliso-15-yodok").doesNotContain(HIDDEN);
    }
    ApiClient.Answer staff = CALLERS.get("investigator").get("/exports/facilities.geojson");
    assertThat(staff.json().get("name").asText()).endsWith("(all, restricted)");
  }

  @Test
  void publishingTheFacilityShowsItToEveryone() {
    // The control: the same paths do show a published facility to every caller, so "hidden" above
    // is
    // the policy at work, not a path that shows nothing to anyone.
    ApiClient advocate = CALLERS.get("advocate");
    TestPublishing.publishFacility(CALLERS.get("analyst"), advocate, HIDDEN);
    // Its boundary and zone are reviewed too (public only while the facility is).
    TestPublishing.publish(CALLERS.get("analyst"), advocate, "boundary", Long.toString(boundaryId));
    TestPublishing.publish(CALLERS.get("analyst"), advocate, "zone", Long.toString(zoneId));
    try {
      for (ReadPath read : readPaths()) {
        if (read.hidden() == Hidden.REFUSED) {
          continue;
        }
        for (String caller : List.of("anonymous", "no role", "roles removed")) {
          ApiClient.Answer answer = CALLERS.get(caller).get(read.path());
          assertThat(answer.status()).as(caller + " GET " + read.path()).isEqualTo(200);
          assertThat(read.shows().test(answer))
              .as(caller + " GET " + read.path() + ": " + answer)
              .isTrue();
        }
      }
    } finally {
      TestPublishing.withdrawFacility(advocate, HIDDEN);
    }
  }
}
