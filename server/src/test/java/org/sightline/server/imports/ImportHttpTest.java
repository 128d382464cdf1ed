package org.sightline.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  void aGeometryOverTheVertexLimitIsAnErrorNamingItsCount() {
    int vertices = 150_000;
    StringBuilder ring = new StringBuilder();
    for (int i = 0; i < vertices - 1; i++) {
      double angle = 2 * Math.PI * i / (vertices - 1);
      ring.append(
          String.format(
              Locale.ROOT,
              "[%.7f, %.7f], ",
              127.45 + 0.01 * Math.cos(angle),
              40.45 + 0.01 * Math.sin(angle)));
    }
    String polygon =
        "{\"type\": \"Polygon\", \"coordinates\": [[" + ring + "[127.4600000, 40.4500000]]]}";
    ApiClient.Answer dry = post("?dryRun=true", "application/geo+json", GEOJSON.formatted(polygon));
    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    assertThat(outcomes(dry.json())).contains("3:facility:error");
    assertThat(dry.json().at("/items/2").toString())
        .contains("150,000 vertices; at most 100,000 are accepted per geometry");
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
  void aKmlLineIsRefusedWhereAFacilityNeedsAPointOrAPolygon() {
    String kml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
          <Folder><name>imported-camp-lambda</name>
            <Placemark><name>Lambda fence</name>
              <LineString><tessellate>1</tessellate><coordinates>
                128.30,41.30,0 128.33,41.30,0 128.33,41.33,0
              </coordinates></LineString></Placemark>
          </Folder>
        </Document></kml>""";
    ApiClient.Answer dry = post("?dryRun=true", "application/vnd.google-earth.kml+xml", kml);
    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    assertThat(outcomes(dry.json())).containsExactly("1:facility:error");
    assertThat(dry.json().at("/items/0/errors").toString())
        .contains(
            "location: geometry type LineString is not allowed here; expected one of"
                + " [MultiPolygon, Point, Polygon]");
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

  private static String resource(String name) {
    try (var in = ImportHttpTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aPlainGoogleEarthProKmlImportsWithDefaultsAndWarnings() {
    String kml = resource("/imports/google-earth-pro.kml");
    ApiClient.Answer dry = post("?dryRun=true", "application/vnd.google-earth.kml+xml", kml);
    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    assertThat(outcomes(dry.json()))
        .as("a folder named in words holds facilities, not boundaries of a facility of that name")
        .containsExactly("1:facility:created", "2:facility:created", "3:facility:created");
    JsonNode gate = dry.json().at("/items/0");
    assertThat(gate.get("id").asText()).isEqualTo("ge-camp-kaechon-gate");
    assertThat(gate.get("warnings").toString())
        .contains("type not given: recorded as 'other'")
        .contains("status not given: recorded as 'unconfirmed'")
        .contains("id not given: 'ge-camp-kaechon-gate' made from name 'GE Camp Kaechon gate'");
    assertThat(gate.get("errors").size()).isZero();
    JsonNode hangul = dry.json().at("/items/2");
    assertThat(hangul.get("id").asText()).isEqualTo("jeongeori-gyohwaso");
    assertThat(hangul.get("message").asText())
        .contains(
            "id not given: 'jeongeori-gyohwaso' made from the Revised Romanization of name"
                + " '전거리 교화소'");

    ApiClient.Answer imported = post("", "application/vnd.google-earth.kml+xml", kml);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().get("created").asInt()).isEqualTo(3);
    assertThat(imported.json().at("/items/1/warnings").toString())
        .as("the import report warns as the dry run did")
        .contains("type not given: recorded as 'other'");
    JsonNode perimeter = analyst.get("/facilities/ge-camp-kaechon-perimeter").json();
    assertThat(perimeter.get("type").asText()).isEqualTo("other");
    assertThat(perimeter.get("status").asText()).isEqualTo("unconfirmed");
    assertThat(perimeter.toString()).contains("Outer fence traced by hand");
    JsonNode jeongeori = analyst.get("/facilities/jeongeori-gyohwaso").json();
    assertThat(jeongeori.get("name").asText()).isEqualTo("전거리 교화소");
    assertThat(
            post("", "application/vnd.google-earth.kml+xml", kml).json().get("unchanged").asInt())
        .isEqualTo(3);
  }

  @Test
  void defaultTypeAndStatusCanBeChosenAndAreChecked() {
    String geojson =
        """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [127.71, 40.71]},
           "properties": {"name": "Imported Default Camp"}},
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [127.72, 40.72]},
           "properties": {"name": "Imported Typed Camp", "type": "kyohwaso", "status": "closed"}}]}""";
    ApiClient.Answer dry =
        post(
            "?dryRun=true&defaultType=kwanliso&defaultStatus=operational",
            "application/geo+json",
            geojson);
    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    assertThat(dry.json().at("/items/0/warnings").toString())
        .contains("type not given: recorded as 'kwanliso'")
        .contains("status not given: recorded as 'operational'");
    assertThat(dry.json().at("/items/1/warnings").toString())
        .doesNotContain("type not given")
        .doesNotContain("status not given");
    ApiClient.Answer imported =
        post("?defaultType=kwanliso&defaultStatus=operational", "application/geo+json", geojson);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    JsonNode stored = analyst.get("/facilities/imported-default-camp").json();
    assertThat(stored.get("type").asText()).isEqualTo("kwanliso");
    assertThat(stored.get("status").asText()).isEqualTo("operational");
    assertThat(analyst.get("/facilities/imported-typed-camp").json().get("type").asText())
        .isEqualTo("kyohwaso");

    ApiClient.Answer wrong =
        post("?dryRun=true&defaultType=gulag", "application/geo+json", geojson);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("message").asText())
        .startsWith("defaultType: unknown facility type 'gulag'; expected one of kwanliso");
  }

  @Test
  void everyProblemOfAFeatureIsReported() {
    // No type, a status that is not one, a bad date, Latin text in nameKo, and the bowtie typed
    // as latitude, longitude: five defects, five errors.
    String geojson =
        """
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[40.40, 127.40],
              [40.43, 127.43], [40.40, 127.43], [40.43, 127.40], [40.40, 127.40]]]},
         "properties": {"id": "imp-many-faults", "name": "Many Faults", "status": "open",
                        "statusSince": "last year", "nameKo": "Yodok"}}""";
    ApiClient.Answer dry = post("?dryRun=true", "application/geo+json", geojson);
    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    JsonNode item = dry.json().at("/items/0");
    assertThat(item.get("outcome").asText()).isEqualTo("error");
    List<String> errors = new ArrayList<>();
    item.get("errors").forEach(e -> errors.add(e.asText()));
    assertThat(errors)
        .satisfiesExactly(
            e -> assertThat(e).startsWith("status: unknown facility status 'open'"),
            e -> assertThat(e).startsWith("statusSince must be a date YYYY-MM-DD"),
            e -> assertThat(e).startsWith("nameKo must be written in Hangul"),
            e -> assertThat(e).contains("latitude and longitude look swapped"),
            e -> assertThat(e).startsWith("location: self-intersection at 40.415 127.415"));
    assertThat(item.get("message").asText()).isEqualTo(String.join("; ", errors));
    assertThat(item.get("warnings").toString()).contains("type not given: recorded as 'other'");

    ApiClient.Answer failed = post("", "application/geo+json", geojson);
    assertThat(failed.status()).isEqualTo(422);
    assertThat(failed.json().get("message").asText())
        .contains("statusSince must be a date")
        .contains("self-intersection");
  }

  @Test
  void hangulOnlyNamesGetRomanizedIdsAndCollisionsAreConflicts() {
    String hwaseong =
        """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [129.21, 41.21]},
           "properties": {"name": "화성", "type": "kwanliso", "status": "operational"}},
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [%s, 41.31]},
           "properties": {"name": "요덕", "nameRr": "Yodeok Gyohwaso", "type": "kyohwaso",
                          "status": "operational"}},
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [129.41, 41.41]},
           "properties": {"name": "???", "status": "operational"}}]}""";
    ApiClient.Answer dry = post("?dryRun=true", "application/geo+json", hwaseong.formatted(129.31));
    assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
    assertThat(dry.json().at("/items/0/id").asText()).isEqualTo("hwaseong");
    assertThat(dry.json().at("/items/1/id").asText())
        .as("a romanization the feature gives wins over one computed")
        .isEqualTo("yodeok-gyohwaso");
    assertThat(dry.json().at("/items/2/outcome").asText()).isEqualTo("error");
    assertThat(dry.json().at("/items/2/message").asText())
        .isEqualTo(
            "id is missing and cannot be made from name '???' (it has no Latin letters or"
                + " digits and no Hangul): give id");
    assertThat(dry.json().at("/items/2/warnings").toString())
        .as("what the other checks assumed is reported beside the error")
        .contains("type not given: recorded as 'other'");

    String valid =
        hwaseong.formatted(129.31).replace("\"???\"", "\"???\", \"id\": \"imp-hangul-3\"");
    ApiClient.Answer imported = post("", "application/geo+json", valid);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(analyst.get("/facilities/hwaseong").json().get("name").asText()).isEqualTo("화성");
    assertThat(analyst.get("/facilities/yodeok-gyohwaso").json().get("nameRr").asText())
        .isEqualTo("Yodeok Gyohwaso");

    String another =
        """
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [129.91, 41.91]},
         "properties": {"name": "화성", "type": "kyohwaso", "status": "closed"}}""";
    ApiClient.Answer collision = post("?dryRun=true", "application/geo+json", another);
    assertThat(collision.json().at("/items/0/outcome").asText()).isEqualTo("error");
    assertThat(collision.json().at("/items/0/message").asText())
        .contains("facility 'hwaseong' exists with other values")
        .contains("the id was made from the Revised Romanization of name '화성'")
        .contains("give it its own id");
    assertThat(count("SELECT count(*) FROM facility WHERE id LIKE 'hwaseong%'"))
        .as("never a silent second id")
        .isEqualTo(1);
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
