package org.sightline.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import java.util.ArrayList;
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
 * Replacing a dated area's shape from a date ({@code POST .../{id}/supersede}): the version ends
 * that day and the new one starts, in one transaction, with the version check and roles; a refused
 * new version leaves the old one as it was.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class AreaSupersedeHttpTest {
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static ApiClient analyst;
  private static ApiClient advocate;

  private static final double[][] SQUARE = {
    {128.0, 41.0}, {128.1, 41.0}, {128.1, 41.1}, {128.0, 41.1}, {128.0, 41.0}
  };
  private static final double[][] WIDER = {
    {128.0, 41.0}, {128.2, 41.0}, {128.2, 41.1}, {128.0, 41.1}, {128.0, 41.0}
  };
  private static final double[][] BOWTIE = {
    {128.0, 41.0}, {128.1, 41.1}, {128.1, 41.0}, {128.0, 41.1}, {128.0, 41.0}
  };

  @BeforeAll
  static void setUp() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    ApiClient anonymous = ApiClient.anonymous(APP.getLocalPort());
    analyst = anonymous.as(users.tokenFor("supersede-analyst", Role.ANALYST));
    advocate = anonymous.as(users.tokenFor("supersede-advocate", Role.ADVOCATE));
    ApiClient.Answer made =
        analyst.postJson(
            "/facilities",
            object(
                "id",
                "reshaped-camp",
                "name",
                "Reshaped camp",
                "type",
                "kyohwaso",
                "status",
                "unconfirmed",
                "location",
                object("type", "Point", "coordinates", List.of(128.05, 41.05))));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
  }

  private static Map<String, Object> polygon(double[][] ring) {
    List<List<Double>> positions = new ArrayList<>();
    for (double[] p : ring) {
      positions.add(List.of(p[0], p[1]));
    }
    return object("type", "Polygon", "coordinates", List.of(positions));
  }

  @Test
  void aBoundaryShapeIsReplacedFromADateInOneStep() {
    String boundaries = "/facilities/reshaped-camp/boundaries";
    ApiClient.Answer first =
        analyst.postJson(
            boundaries,
            object(
                "geometry",
                polygon(SQUARE),
                "validFrom",
                "2019-01-01",
                "basis",
                "approximate",
                "confidence",
                "low"));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    long id = first.json().at("/boundary/id").asLong();
    String supersede = boundaries + "/" + id + "/supersede";
    Map<String, Object> wider =
        object(
            "geometry",
            polygon(WIDER),
            "validFrom",
            "2021-03-01",
            "basis",
            "approximate",
            "confidence",
            "medium");

    assertThat(analyst.postJson(supersede, wider).status()).as("no If-Match").isEqualTo(428);
    assertThat(analyst.postJson(supersede, wider, "If-Match", "\"v7\"").status()).isEqualTo(412);
    assertThat(advocate.postJson(supersede, wider, "If-Match", "\"v1\"").status()).isEqualTo(403);
    ApiClient.Answer tooEarly =
        analyst.postJson(
            supersede,
            object(
                "geometry",
                polygon(WIDER),
                "validFrom",
                "2018-01-01",
                "basis",
                "approximate",
                "confidence",
                "low"),
            "If-Match",
            "\"v1\"");
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.json().get("message").asText())
        .contains("validFrom 2018-01-01 must fall inside");
    ApiClient.Answer noDate =
        analyst.postJson(
            supersede,
            object("geometry", polygon(WIDER), "basis", "approximate", "confidence", "low"),
            "If-Match",
            "\"v1\"");
    assertThat(noDate.json().get("message").asText()).startsWith("validFrom is required");
    ApiClient.Answer crossed =
        analyst.postJson(
            supersede,
            object(
                "geometry",
                polygon(BOWTIE),
                "validFrom",
                "2021-03-01",
                "basis",
                "approximate",
                "confidence",
                "low"),
            "If-Match",
            "\"v1\"");
    assertThat(crossed.status()).isEqualTo(400);
    assertThat(crossed.json().at("/problems/0/field").asText()).isEqualTo("geometry");
    assertThat(crossed.json().at("/problems/0/at/0").asDouble()).isEqualTo(128.05);
    JsonNode untouched = analyst.get(boundaries + "/" + id).json();
    assertThat(untouched.get("validTo").isNull())
        .as("refused: the old version is as it was")
        .isTrue();
    assertThat(untouched.get("version").asInt()).isEqualTo(1);

    ApiClient.Answer replaced = analyst.postJson(supersede, wider, "If-Match", "\"v1\"");
    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(201);
    long newId = replaced.json().at("/boundary/id").asLong();
    assertThat(replaced.header("Location")).endsWith(boundaries + "?id=" + newId);
    assertThat(replaced.json().at("/boundary/validFrom").asText()).isEqualTo("2021-03-01");
    assertThat(replaced.json().at("/boundary/validTo").isNull()).isTrue();
    JsonNode ended = analyst.get(boundaries + "/" + id).json();
    assertThat(ended.get("validTo").asText()).isEqualTo("2021-03-01");
    assertThat(ended.get("version").asInt()).isEqualTo(2);
    assertThat(analyst.get(boundaries + "?asOf=2021-02-28").json().get("id").asLong())
        .isEqualTo(id);
    assertThat(analyst.get(boundaries + "?asOf=2021-03-01").json().get("id").asLong())
        .isEqualTo(newId);
    assertThat(analyst.postJson(supersede, wider, "If-Match", "\"v2\"").status())
        .as("the date is no longer inside the ended version")
        .isEqualTo(400);
  }

  @Test
  void aZoneContinuesItsOwnSeries() {
    String zones = "/facilities/reshaped-camp/zones";
    ApiClient.Answer first =
        analyst.postJson(
            zones,
            object(
                "zoneKey", "housing-west",
                "name", "West housing",
                "kind", "housing",
                "geometry", polygon(SQUARE),
                "basis", "approximate",
                "confidence", "low"));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    String supersede = zones + "/" + first.json().at("/zone/id").asLong() + "/supersede";
    ApiClient.Answer otherZone =
        analyst.postJson(
            supersede,
            object(
                "zoneKey", "mine-west",
                "name", "West mine",
                "kind", "mine",
                "geometry", polygon(WIDER),
                "validFrom", "2022-01-01",
                "basis", "approximate",
                "confidence", "low"),
            "If-Match",
            "\"v1\"");
    assertThat(otherZone.status()).isEqualTo(400);
    assertThat(otherZone.json().get("message").asText())
        .contains("must continue zone 'housing-west'");
    ApiClient.Answer grown =
        analyst.postJson(
            supersede,
            object(
                "zoneKey", "housing-west",
                "name", "West housing (grown)",
                "kind", "housing",
                "geometry", polygon(WIDER),
                "validFrom", "2022-01-01",
                "basis", "approximate",
                "confidence", "medium"),
            "If-Match",
            "\"v1\"");
    assertThat(grown.status()).as(grown.toString()).isEqualTo(201);
    assertThat(grown.json().at("/zone/name").asText()).isEqualTo("West housing (grown)");
    assertThat(analyst.get(zones + "?asOf=2021-12-31").json().get(0).get("name").asText())
        .isEqualTo("West housing");
  }
}
