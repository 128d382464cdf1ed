package org.sightline.server.resources.structures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
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
 * Structure change end to end over HTTP, on the application with the sample data: the illustrative
 * series at Camp 14 as a newcomer sees it, a layer import (dry run, all or nothing, re-run), the
 * OGC collections for staff only, the series as CSV, and a boundary proposed from a perimeter and
 * confirmed.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class StructureHttpTest {
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static final String CAMP_14 = "/facilities/kwanliso-14-kaechon";
  private static ApiClient analyst;
  private static ApiClient anonymous;
  private static int serial;

  @BeforeAll
  static void users() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    analyst = anonymous.as(users.tokenFor("structure-analyst", Role.ANALYST));
  }

  private static long count(String sql) {
    return DATABASE.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static String newFacility() {
    String id = "structure-http-" + ++serial;
    ApiClient.Answer created =
        analyst.postJson(
            "/facilities",
            object(
                "id",
                id,
                "name",
                "Structure camp " + serial,
                "type",
                "kwanliso",
                "status",
                "operational",
                "location",
                object("type", "Point", "coordinates", List.of(126.06, 39.57))));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return id;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(n.get(field).asText()));
    return values;
  }

  @Test
  void theIllustrativeSeriesShowsStructuresEventsASeriesAndABoundaryProposal() {
    JsonNode observations = analyst.get(CAMP_14 + "/observations").json();
    assertThat(observations).hasSize(5);
    assertThat(texts(observations, "illustrative")).containsOnly("true");
    JsonNode events = analyst.get(CAMP_14 + "/change-events").json();
    assertThat(texts(events, "kind"))
        .contains("appeared", "disappeared", "changed-condition", "expanded", "moved");
    assertThat(texts(events, "illustrative")).containsOnly("true");
    JsonNode series = analyst.get(CAMP_14 + "/structure-series").json();
    assertThat(series.get("illustrative").asBoolean()).isTrue();
    assertThat(series.get("points")).hasSize(5);
    assertThat(series.at("/points/1/notAssessableShare").asDouble()).isGreaterThan(0.1);
    assertThat(texts(series.get("comparisons"), "structureClass")).contains("prisoner-housing");
    assertThat(series.at("/points/0/counts/prisoner-housing").asInt()).isEqualTo(16);
    ApiClient.Answer csv = analyst.get(CAMP_14 + "/structure-series/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines).hasSize(6);
    assertThat(lines[0]).startsWith("observation_id,scene_id,scene_date").endsWith("illustrative");
    assertThat(lines[1]).contains("S2B_52SBJ_20241210_0_L2A").endsWith("true");
    long lastObservation = observations.get(4).get("id").asLong();
    JsonNode proposal =
        analyst.get("/observations/" + lastObservation + "/boundary-proposal").json();
    assertThat(proposal.get("method").asText()).isEqualTo("enclosed");
    assertThat(proposal.get("illustrative").asBoolean()).isTrue();
    // the fence as extended in the last scene: 1.9 km x 0.8 km
    assertThat(proposal.get("areaSqKm").asDouble()).isCloseTo(1.52, withPercentage(1));
    assertThat(proposal.at("/geometry/type").asText()).isEqualTo("MultiPolygon");
  }

  @Test
  void structureCollectionsAreForStaffOnly() {
    assertThat(texts(anonymous.get("/collections").json().get("collections"), "id"))
        .doesNotContain("structures", "change-events");
    assertThat(texts(analyst.get("/collections").json().get("collections"), "id"))
        .contains("structures", "change-events");
    assertThat(anonymous.get("/collections/structures").status()).isEqualTo(404);
    assertThat(anonymous.get("/collections/change-events/items").status()).isEqualTo(401);
    JsonNode page =
        analyst
            .get(
                "/collections/change-events/items?facility=kwanliso-14-kaechon&kind=appeared&limit=2")
            .json();
    assertThat(page.get("features")).hasSize(2);
    assertThat(texts(page.get("features"), "id")).allMatch(id -> id.contains(":appeared:"));
    assertThat(page.at("/features/0/properties/statement").asText()).startsWith("Between ");
    assertThat(page.at("/features/0/properties/evidenceSceneIds")).hasSize(2);
    JsonNode next = null;
    for (JsonNode link : page.get("links")) {
      if (link.get("rel").asText().equals("next")) {
        next = link;
      }
    }
    assertThat(next).as("a next link").isNotNull();
    String nextPath = next.get("href").asText().replaceFirst("^.*/api", "");
    JsonNode second = analyst.get(nextPath).json();
    assertThat(texts(second.get("features"), "id"))
        .doesNotContainAnyElementsOf(texts(page.get("features"), "id"));
    JsonNode housing =
        analyst
            .get("/collections/structures/items?class=prisoner-housing&datetime=2025-01-24")
            .json();
    assertThat(housing.get("numberMatched").asInt()).isGreaterThan(10);
    assertThat(
            analyst
                .get("/collections/structures/items?class=barracks")
                .json()
                .get("message")
                .asText())
        .contains("barracks");
    JsonNode collection = analyst.get("/collections/change-events").json();
    assertThat(collection.at("/extent/temporal/interval/0/0").asText()).startsWith("2024-12-10");
  }

  private static final String LAYER =
      """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "b1", "properties": {"class": "barracks", "condition": "intact"},
         "geometry": {"type": "Polygon", "coordinates": [[[126.060, 39.570], [126.0605, 39.570],
             [126.0605, 39.5702], [126.060, 39.5702], [126.060, 39.570]]]}},
        {"type": "Feature", "id": "g1", "properties": {"class": "watchtower"},
         "geometry": {"type": "Polygon", "coordinates": [[[126.061, 39.571], [126.0611, 39.571],
             [126.0611, 39.5711], [126.061, 39.5711], [126.061, 39.571]]]}},
        {"type": "Feature", "id": "f1", "properties": {"class": "fence"},
         "geometry": {"type": "LineString", "coordinates": [[126.058, 39.568], [126.064, 39.568],
             [126.064, 39.574], [126.058, 39.574], [126.058, 39.568]]}}
      ]}""";

  private static ApiClient.Answer importLayer(String facility, String query, String body) {
    return analyst.post(
        "/facilities/"
            + facility
            + "/observations/import?confidence=likely&sceneId="
            + "S2B_52SBJ_20241210_0_L2A"
            + query,
        HttpRequest.BodyPublishers.ofString(body),
        "Content-Type",
        "application/geo+json");
  }

  @Test
  void aLayerImportsWholeOnceAndARerunChangesNothing() {
    String camp = newFacility();
    ApiClient.Answer dry = importLayer(camp, "&dryRun=true", LAYER);
    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    assertThat(dry.json().get("outcome").asText()).isEqualTo("created");
    assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
    assertThat(texts(dry.json().get("features"), "warnings")).hasSize(3);
    assertThat(count("SELECT count(*) FROM observation WHERE facility_id = '" + camp + "'"))
        .isZero();
    ApiClient.Answer real = importLayer(camp, "", LAYER);
    assertThat(real.status()).as(real.toString()).isEqualTo(200);
    assertThat(real.json().at("/observation/structures")).hasSize(3);
    assertThat(texts(real.json().at("/observation/structures"), "class"))
        .containsExactlyInAnyOrder("prisoner-housing", "guard-post", "perimeter");
    assertThat(texts(real.json().at("/observation/structures"), "layerFeature"))
        .containsExactlyInAnyOrder("b1", "g1", "f1");
    ApiClient.Answer again = importLayer(camp, "", LAYER);
    assertThat(again.json().get("outcome").asText()).isEqualTo("unchanged");
    assertThat(count("SELECT count(*) FROM observed_structure WHERE facility_id = '" + camp + "'"))
        .isEqualTo(3);
    ApiClient.Answer different =
        importLayer(camp, "", LAYER.replace("\"watchtower\"", "\"admin\""));
    assertThat(different.status()).isEqualTo(409);
    assertThat(different.json().get("message").asText()).contains("PUT /api/observations/");
  }

  @Test
  void aLayerWithABadFeatureIsRefusedWholeNamingTheFeatureAndItsDefect() {
    String camp = newFacility();
    String bad =
        LAYER
            .replace(
                "[[[126.061, 39.571], [126.0611, 39.571],",
                "[[[126.061, 39.571], [126.0611, 39.5711],")
            .replace(
                "[126.0611, 39.5711], [126.061, 39.5711], [126.061, 39.571]]]",
                "[126.0611, 39.571], [126.061, 39.5711], [126.061, 39.571]]]");
    assertThat(bad).isNotEqualTo(LAYER).contains("[126.0611, 39.5711],");
    ApiClient.Answer refused = importLayer(camp, "", bad);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.json().get("code").asInt()).isEqualTo(422);
    assertThat(refused.json().get("message").asText())
        .startsWith("1 of 3 features failed, so nothing was imported; feature 2")
        .containsIgnoringCase("self-intersection");
    assertThat(texts(refused.json().get("features"), "outcome"))
        .containsExactly("ok", "error", "ok");
    assertThat(count("SELECT count(*) FROM observation WHERE facility_id = '" + camp + "'"))
        .isZero();
    ApiClient.Answer point =
        importLayer(
            camp,
            "",
            "{\"type\":\"Feature\",\"properties\":{\"class\":\"guard post\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[126.06,39.57]}}");
    assertThat(point.status()).isEqualTo(422);
    ApiClient.Answer csv =
        analyst.post(
            "/facilities/" + camp + "/observations/import?confidence=likely&sceneId=x",
            HttpRequest.BodyPublishers.ofString("a,b\n1,2\n"),
            "Content-Type",
            "text/csv");
    assertThat(csv.status()).isEqualTo(400);
    assertThat(csv.json().get("message").asText()).contains("application/geopackage+sqlite3");
  }

  @Test
  void aConfirmedProposalIsADigitizedBoundaryNamingTheScene() {
    String camp = newFacility();
    ApiClient.Answer recorded = importLayer(camp, "", LAYER);
    long observation = recorded.json().at("/observation/id").asLong();
    ApiClient.Answer confirmed =
        analyst.postJson(
            "/observations/" + observation + "/boundary-proposal/confirmation",
            object("confidence", "medium", "note", "fence traced on the scene"));
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
    JsonNode boundary = confirmed.json().get("boundary");
    assertThat(boundary.get("basis").asText()).isEqualTo("digitized");
    assertThat(boundary.get("sceneId").asText()).isEqualTo("S2B_52SBJ_20241210_0_L2A");
    assertThat(boundary.get("validFrom").asText()).isEqualTo("2024-12-10");
    assertThat(boundary.get("note").asText()).contains("observation " + observation);
    JsonNode asOf = analyst.get("/facilities/" + camp + "/boundaries?asOf=2025-01-01").json();
    assertThat(asOf.get("id").asLong()).isEqualTo(boundary.get("id").asLong());
    ApiClient.Answer twice =
        analyst.postJson(
            "/observations/" + observation + "/boundary-proposal/confirmation",
            object("confidence", "medium"));
    assertThat(twice.status()).isEqualTo(409);
  }
}
