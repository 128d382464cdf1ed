package org.sightline.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Imports over HTTP: dry-run reports, all-or-nothing, idempotent re-runs, in GeoJSON, KML and CSV.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class ImportHttpTest {
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static ApiClient analyst;

  @BeforeAll
  static void users() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    analyst =
        ApiClient.anonymous(APP.getLocalPort()).as(users.tokenFor("import-analyst", Role.ANALYST));
  }

  private static ApiClient.Answer post(String query, String contentType, String body) {
    return analyst.post(
        "/imports" + query, HttpRequest.BodyPublishers.ofString(body), "Content-Type", contentType);
  }

  private static long count(String sql) {
    return DATABASE.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static List<String> outcomes(JsonNode report) {
    List<String> outcomes = new ArrayList<>();
    report
        .get("items")
        .forEach(
            i ->
                outcomes.add(
                    i.get("index").asInt()
                        + ":"
                        + i.get("kind").asText()
                        + ":"
                        + i.get("outcome").asText()));
    return outcomes;
  }

  private static final String GEOJSON =
      """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "imp-geo-a", "geometry": {"type": "Point", "coordinates": [127.31, 40.31]},
         "properties": {"name": "Imported A", "nameKo": "가수용소", "type": "kyohwaso", "status": "operational",
                        "aliases": ["Camp A", "A-camp"]}},
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[127.30, 40.30], [127.33, 40.30],
              [127.33, 40.33], [127.30, 40.33], [127.30, 40.30]]]},
         "properties": {"facility_id": "imp-geo-a", "valid_from": "2012-01-01", "basis": "published",
                        "confidence": "medium", "source_ids": ["hrnk"]}},
        {"type": "Feature", "geometry": %s,
         "properties": {"id": "imp-geo-b", "name": "Imported B", "type": "jipkyulso", "status": "unconfirmed"}}
      ]}""";
  private static final String BOWTIE =
      """
      {"type": "Polygon", "coordinates": [[[127.40, 40.40], [127.43, 40.43], [127.43, 40.40], [127.40, 40.43], [127.40, 40.40]]]}""";
  private static final String POINT_B = "{\"type\": \"Point\", \"coordinates\": [127.41, 40.41]}";

  @Test
  void dryRunReportsEveryFeatureAndARealImportIsAllOrNothingThenIdempotent() {
    long auditBefore = count("SELECT count(*) FROM audit_event");
    ApiClient.Answer dry = post("?dryRun=true", "application/geo+json", GEOJSON.formatted(BOWTIE));
    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    JsonNode report = dry.json();
    assertThat(report.get("dryRun").asBoolean()).isTrue();
    assertThat(report.get("committed").asBoolean()).isFalse();
    assertThat(outcomes(report))
        .containsExactly("1:facility:created", "2:boundary:created", "3:facility:error");
    assertThat(report.at("/items/2/message").asText())
        .isEqualTo(
            "location: self-intersection at 127.415 40.415"
                + " (add ?repair=true to have it repaired, with a report of what changed)");
    assertThat(count("SELECT count(*) FROM facility WHERE id LIKE 'imp-geo-%'")).isZero();
    assertThat(count("SELECT count(*) FROM audit_event"))
        .as("a dry run leaves no trace")
        .isEqualTo(auditBefore);

    ApiClient.Answer failed = post("", "application/geo+json", GEOJSON.formatted(BOWTIE));
    assertThat(failed.status()).isEqualTo(422);
    assertThat(failed.json().get("errors").asInt()).isEqualTo(1);
    assertThat(failed.json().get("code").asInt()).as("the error shape").isEqualTo(422);
    assertThat(failed.json().get("message").asText())
        .startsWith("1 of 3 features failed, so nothing was imported")
        .contains("feature 3: location: self-intersection");
    assertThat(count("SELECT count(*) FROM facility WHERE id LIKE 'imp-geo-%'"))
        .as("all or nothing")
        .isZero();

    ApiClient.Answer imported = post("", "application/geo+json", GEOJSON.formatted(POINT_B));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().get("committed").asBoolean()).isTrue();
    assertThat(imported.json().get("created").asInt()).isEqualTo(3);
    assertThat(count("SELECT count(*) FROM facility WHERE id LIKE 'imp-geo-%'")).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM facility_boundary WHERE facility_id = 'imp-geo-a'"))
        .isEqualTo(1);

    ApiClient.Answer again = post("", "application/geo+json", GEOJSON.formatted(POINT_B));
    assertThat(again.status()).isEqualTo(200);
    assertThat(outcomes(again.json()))
        .containsExactly("1:facility:unchanged", "2:boundary:unchanged", "3:facility:unchanged");
    assertThat(count("SELECT count(*) FROM facility WHERE id LIKE 'imp-geo-%'")).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM facility_boundary WHERE facility_id = 'imp-geo-a'"))
        .isEqualTo(1);

    String changed =
        GEOJSON.formatted(POINT_B).replace("\"Imported B\"", "\"Imported B (renamed)\"");
    ApiClient.Answer conflict = post("", "application/geo+json", changed);
    assertThat(conflict.status()).isEqualTo(422);
    assertThat(conflict.json().at("/items/2/message").asText())
        .contains("exists with other values");
    assertThat(count("SELECT count(*) FROM facility WHERE name = 'Imported B (renamed)'")).isZero();
    List<String> actors =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT DISTINCT actor FROM audit_event WHERE entity_type = 'facility' AND entity_id LIKE 'imp-geo-%'")
                        .mapTo(String.class)
                        .list());
    assertThat(actors).containsExactly("user:import-analyst");
  }

  @Test
  void googleEarthKmlWithFoldersBecomesFacilitiesAndBoundaries() {
    String kml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
        <Document><name>Analyst drawings</name>
          <Style id="s"><LineStyle><color>ff0000ff</color></LineStyle></Style>
          <Placemark><name>Imported Camp Kappa</name>
            <ExtendedData><Data name="type"><value>kwanliso</value></Data><Data name="status"><value>unconfirmed</value></Data></ExtendedData>
            <Point><coordinates>128.21,41.21,0</coordinates></Point></Placemark>
          <Folder><name>imported-camp-kappa</name>
            <Placemark><name>outline 2019</name><styleUrl>#s</styleUrl>
              <Polygon><tessellate>1</tessellate><outerBoundaryIs><LinearRing><coordinates>
                128.20,41.20,0 128.23,41.20,0 128.23,41.23,0 128.20,41.23,0 128.20,41.20,0
              </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
          </Folder>
        </Document></kml>""";
    ApiClient.Answer imported = post("", "application/vnd.google-earth.kml+xml", kml);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(outcomes(imported.json()))
        .containsExactly("1:facility:created", "2:boundary:created");
    assertThat(imported.json().at("/items/1/message").asText())
        .contains("basis not given: recorded as 'approximate'")
        .contains("confidence not given: recorded as 'low'");
    JsonNode boundary = analyst.get("/facilities/imported-camp-kappa/boundaries").json().get(0);
    assertThat(boundary.get("basis").asText()).isEqualTo("approximate");
    assertThat(
            post("", "application/vnd.google-earth.kml+xml", kml).json().get("unchanged").asInt())
        .isEqualTo(2);

    String xxe =
        """
        <?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>&x;</name></Placemark></kml>""";
    ApiClient.Answer refused = post("?dryRun=true", "application/vnd.google-earth.kml+xml", xxe);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("the KML is not well-formed XML").doesNotContain("root:");
  }

  @Test
  void csvWithPointsAndWktBoundaries() {
    String csv =
        "\uFEFFid,name,type,status,lon,lat,aliases,facility_id,valid_from,basis,confidence,wkt\n"
            + "imp-csv-1,Imported CSV One,kyohwaso,operational,127.51,40.51,One; Uno,,,,,\n"
            + ",,,,,,,imp-csv-1,2018-05-01,published,high,\"POLYGON ((127.50 40.50, 127.52 40.50, 127.52 40.52, 127.50 40.52,"
            + " 127.50 40.50))\"\n"
            + "imp-csv-2,Imported CSV Two,gulag,operational,127.61,40.61,,,,,,\n";
    ApiClient.Answer dry = post("?dryRun=true", "text/csv", csv);
    assertThat(outcomes(dry.json()))
        .containsExactly("1:facility:created", "2:boundary:created", "3:facility:error");
    assertThat(dry.json().at("/items/2/message").asText())
        .startsWith("type: unknown facility type 'gulag'");
    ApiClient.Answer fixed = post("", "text/csv", csv.replace("gulag", "kuryujang"));
    assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
    assertThat(analyst.get("/facilities/imp-csv-1").json().get("aliases").toString())
        .isEqualTo("[\"One\",\"Uno\"]");
    assertThat(
            post("", "text/csv", csv.replace("gulag", "kuryujang")).json().get("unchanged").asInt())
        .isEqualTo(3);
    assertThat(post("", "text/plain", csv).status()).isEqualTo(400);
    assertThat(post("", "application/geo+json", "{\"type\": \"Feature\", ").body())
        .contains("not valid JSON");
  }

  @Test
  void onlyAnalystsAndAdminsImport() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    ApiClient advocate =
        ApiClient.anonymous(APP.getLocalPort())
            .as(users.tokenFor("import-advocate", Role.ADVOCATE));
    assertThat(
            advocate
                .post(
                    "/imports",
                    HttpRequest.BodyPublishers.ofString(GEOJSON.formatted(POINT_B)),
                    "Content-Type",
                    "application/geo+json")
                .status())
        .isEqualTo(403);
  }
}
