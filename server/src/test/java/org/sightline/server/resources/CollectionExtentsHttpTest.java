package org.sightline.server.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * Every OGC collection describes its spatial and temporal extent, computed from the features the
 * caller may see: the extent equals the box and the validity span of the items the same caller
 * pages through, and an unpublished facility's areas widen only a staff member's extent.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class CollectionExtentsHttpTest {
  private static final String HIDDEN = "extent-hidden-camp";
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static ApiClient anonymous;
  private static ApiClient analyst;

  @BeforeAll
  static void addAnUnpublishedFacilityWithAreas() {
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    analyst =
        anonymous.as(
            new TestUsers(DATABASE, Clock.systemUTC()).tokenFor("extent-analyst", Role.ANALYST));
    ApiClient.Answer created =
        analyst.postJson(
            "/facilities",
            object(
                "id",
                HIDDEN,
                "name",
                "Extent Hidden Camp",
                "type",
                "kyohwaso",
                "status",
                "operational",
                "location",
                object("type", "Point", "coordinates", List.of(128.55, 41.55))));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    ApiClient.Answer boundary =
        analyst.postJson(
            "/facilities/" + HIDDEN + "/boundaries",
            object(
                "geometry",
                square(128.5, 41.5, 128.6, 41.6),
                "validFrom",
                "1961-03-01",
                "validTo",
                "1999-01-01",
                "basis",
                "approximate",
                "confidence",
                "low"));
    assertThat(boundary.status()).as(boundary.toString()).isEqualTo(201);
    ApiClient.Answer zone =
        analyst.postJson(
            "/facilities/" + HIDDEN + "/zones",
            object(
                "zoneKey",
                "extent-housing",
                "name",
                "Housing",
                "kind",
                "housing",
                "geometry",
                square(128.52, 41.52, 128.54, 41.54),
                "validFrom",
                "1962-05-01",
                "validTo",
                "1990-07-01",
                "basis",
                "approximate",
                "confidence",
                "low"));
    assertThat(zone.status()).as(zone.toString()).isEqualTo(201);
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

  /** The box and validity span of every item a caller pages through. */
  private record Seen(List<Double> box, List<String> interval, int items) {}

  private static Seen seen(ApiClient caller, String collection) {
    double[] box = {
      Double.POSITIVE_INFINITY,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.NEGATIVE_INFINITY
    };
    String first = "9999-12-31";
    boolean openStart = false;
    String end = "0000-01-01";
    boolean openEnd = false;
    int items = 0;
    String path = "/collections/" + collection + "/items?limit=1000";
    while (path != null) {
      ApiClient.Answer page = caller.get(path);
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      for (JsonNode feature : page.json().path("features")) {
        items++;
        widen(box, feature.path("geometry").path("coordinates"));
        JsonNode from = feature.path("properties").path("validFrom");
        JsonNode to = feature.path("properties").path("validTo");
        if (from.isTextual()) {
          first = min(first, from.asText());
        } else {
          openStart = true;
        }
        if (to.isTextual()) {
          end = max(end, to.asText());
        } else {
          openEnd = true;
        }
      }
      path = null;
      for (JsonNode link : page.json().path("links")) {
        if (link.path("rel").asText().equals("next")) {
          path = link.path("href").asText().replaceFirst("^.*?/api", "");
        }
      }
    }
    return new Seen(
        Arrays.stream(box).boxed().toList(),
        Arrays.asList(openStart ? null : first + "T00:00:00Z", openEnd ? null : end + "T00:00:00Z"),
        items);
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static void widen(double[] box, JsonNode coordinates) {
    if (coordinates.isArray() && coordinates.size() >= 2 && coordinates.get(0).isNumber()) {
      box[0] = Math.min(box[0], coordinates.get(0).asDouble());
      box[1] = Math.min(box[1], coordinates.get(1).asDouble());
      box[2] = Math.max(box[2], coordinates.get(0).asDouble());
      box[3] = Math.max(box[3], coordinates.get(1).asDouble());
      return;
    }
    for (JsonNode child : coordinates) {
      widen(box, child);
    }
  }

  private static JsonNode described(ApiClient caller, String collection) {
    ApiClient.Answer answer = caller.get("/collections/" + collection);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json().path("extent");
  }

  private static List<Double> bbox(JsonNode extent) {
    JsonNode box = extent.path("spatial").path("bbox").path(0);
    assertThat(box.size()).isEqualTo(4);
    List<Double> values = new ArrayList<>();
    box.forEach(v -> values.add(v.asDouble()));
    return values;
  }

  private static List<String> interval(JsonNode extent) {
    JsonNode interval = extent.path("temporal").path("interval").path(0);
    assertThat(interval.size()).isEqualTo(2);
    List<String> ends = new ArrayList<>();
    interval.forEach(end -> ends.add(end.isNull() ? null : end.asText()));
    return ends;
  }

  @Test
  void areaExtentsAreTheBoxAndSpanOfTheItemsEachCallerSees() {
    for (ApiClient caller : List.of(anonymous, analyst)) {
      for (String collection : List.of("facility-boundaries", "zones")) {
        Seen seen = seen(caller, collection);
        JsonNode extent = described(caller, collection);
        if (seen.items() == 0) {
          assertThat(extent.isMissingNode()).as(collection).isTrue();
          continue;
        }
        assertThat(bbox(extent)).as(collection).isEqualTo(seen.box());
        assertThat(interval(extent)).as(collection).isEqualTo(seen.interval());
        assertThat(extent.path("spatial").path("crs").asText())
            .isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        assertThat(extent.path("temporal").path("trs").asText())
            .isEqualTo("http://www.opengis.net/def/uri/ISO-8601/0/Gregorian");
      }
    }
  }

  @Test
  void theUnpublishedFacilitysAreasWidenOnlyAStaffExtent() {
    // The sample has no zones: anonymous callers see none, so no extent; the analyst sees exactly
    // the unpublished facility's zone.
    assertThat(described(anonymous, "zones").isMissingNode()).isTrue();
    JsonNode zones = described(analyst, "zones");
    assertThat(bbox(zones)).containsExactly(128.52, 41.52, 128.54, 41.54);
    assertThat(interval(zones)).containsExactly("1962-05-01T00:00:00Z", "1990-07-01T00:00:00Z");
    // The list of collections says the same as each collection.
    for (JsonNode collection : anonymous.get("/collections").json().path("collections")) {
      assertThat(collection.path("extent"))
          .as(collection.path("id").asText())
          .isEqualTo(described(anonymous, collection.path("id").asText()));
    }
    assertThat(anonymous.get("/collections").body()).doesNotContain("1961-03-01");
  }

  @Test
  void facilitiesHaveTheBoxOfTheirLocationsAndTheEarliestStartOfTheirAreas() {
    for (ApiClient caller : List.of(anonymous, analyst)) {
      Seen facilities = seen(caller, "facilities");
      JsonNode extent = described(caller, "facilities");
      assertThat(bbox(extent)).isEqualTo(facilities.box());
      String boundariesStart = interval(described(caller, "facility-boundaries")).get(0);
      JsonNode zones = described(caller, "zones");
      String start = boundariesStart;
      if (!zones.isMissingNode() && start != null) {
        String zonesStart = interval(zones).get(0);
        start = zonesStart == null ? null : min(start, zonesStart);
      }
      assertThat(interval(extent)).containsExactly(start, null);
    }
  }
}
