package org.sightline.server.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * Public exports end to end: the state machine (a second advocate approves; the requester may not;
 * stale versions, notes and reasons), what the public sees (approved exports only; a withdrawn
 * export's files are gone), and the files: every one as the manifest describes it (size, SHA-256,
 * media type), byte-identical for two identical requests, read back by GDAL's ogrinfo and the
 * GeoPackage by NGA's library, and nothing restricted in any of them.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class PublicExportHttpTest {
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static final List<String> ALL_LAYERS =
      List.of("facilities", "claims", "events", "structures");
  private static final List<String> ALL_FORMATS = List.of("geojson", "kml", "csv", "gpkg");
  private static ApiClient anonymous;
  private static ApiClient analyst;
  private static ApiClient investigator;
  private static ApiClient advocate;
  private static ApiClient secondAdvocate;

  /** The published claim's description, not marked publishable: it must appear nowhere. */
  private static String claimDescription;

  @BeforeAll
  static void setUp() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    analyst = anonymous.as(users.tokenFor("export-analyst", Role.ANALYST));
    investigator = anonymous.as(users.tokenFor("export-investigator", Role.INVESTIGATOR));
    advocate = anonymous.as(users.tokenFor("export-advocate", Role.ADVOCATE));
    secondAdvocate = anonymous.as(users.tokenFor("export-advocate-two", Role.ADVOCATE));

    // A claim with a witness's point, published without its description.
    long claimId =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT c.id FROM claim c JOIN claim_place p ON p.claim_id = c.id
                             WHERE p.kind = 'point' AND c.deleted_at IS NULL ORDER BY c.id LIMIT 1""")
                        .mapTo(Long.class)
                        .one());
    claimDescription = investigator.get("/claims/" + claimId).json().get("description").asText();
    publish(investigator, "claim", String.valueOf(claimId));
    // A corroborated event.
    String eventKey =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT event_key FROM corroborated_event
                             WHERE superseded_at IS NULL AND level IN ('corroborated', 'confirmed')
                             ORDER BY event_key LIMIT 1""")
                        .mapTo(String.class)
                        .findOne()
                        .orElse(null));
    if (eventKey != null) {
      publish(investigator, "event", eventKey);
    }
    // Observed structures at a published facility, their notes marked publishable.
    ApiClient.Answer observed =
        analyst.postJson(
            "/facilities/kwanliso-15-yodok/observations",
            object(
                "sceneId",
                "S2B_52SBJ_20241210_0_L2A",
                "confidence",
                "likely",
                "notes",
                "New perimeter on the north side",
                "structures",
                List.of(
                    object(
                        "class",
                        "perimeter",
                        "geometry",
                        object(
                            "type",
                            "LineString",
                            "coordinates",
                            List.of(
                                List.of(126.050, 39.560),
                                List.of(126.060, 39.560),
                                List.of(126.060, 39.570)))),
                    object(
                        "class",
                        "guard-post",
                        "geometry",
                        object(
                            "type",
                            "Polygon",
                            "coordinates",
                            List.of(
                                List.of(
                                    List.of(126.0550, 39.5650),
                                    List.of(126.0551, 39.5650),
                                    List.of(126.0551, 39.5651),
                                    List.of(126.0550, 39.5651),
                                    List.of(126.0550, 39.5650))))))));
    assertThat(observed.status()).as(observed.toString()).isEqualTo(201);
    publish(analyst, "observation", observed.json().at("/observation/id").asText(), "notes");
  }

  private static void publish(ApiClient submitter, String kind, String id, String... text) {
    ApiClient.Answer submitted =
        submitter.postJson(
            "/publication/reviews",
            object("kind", kind, "recordId", id, "publishableText", List.of(text)));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    long review = submitted.json().get("id").asLong();
    ApiClient.Answer published =
        advocate.postJson(
            "/publication/reviews/" + review + "/publish",
            object(),
            "If-Match",
            submitted.header("ETag"));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
  }

  private static Map<String, Object> request(
      String title, List<String> layers, List<String> formats, Map<String, Object> more) {
    Map<String, Object> filters = new LinkedHashMap<>(object("layers", layers));
    filters.putAll(more);
    return object("title", title, "formats", formats, "filters", filters);
  }

  private static ApiClient.Answer ask(Map<String, Object> body) {
    return advocate.postJson("/public-exports", body);
  }

  private static ApiClient.Answer decide(
      ApiClient who, long id, String action, Map<String, Object> body) {
    String etag = who.get("/public-exports/" + id).header("ETag");
    return who.postJson("/public-exports/" + id + "/" + action, body, "If-Match", etag);
  }

  private static long approved(String title, List<String> layers, List<String> formats) {
    ApiClient.Answer asked = ask(request(title, layers, formats, Map.of()));
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    long id = asked.json().get("id").asLong();
    ApiClient.Answer approved = decide(secondAdvocate, id, "approve", object("note", "checked"));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    return id;
  }

  private static String message(ApiClient.Answer answer) {
    return answer.json().get("message").asText();
  }

  @Test
  void requestsAreCheckedFieldByField() {
    assertThat(
            anonymous
                .postJson("/public-exports", request("x", ALL_LAYERS, ALL_FORMATS, Map.of()))
                .status())
        .isEqualTo(401);
    assertThat(
            analyst
                .postJson("/public-exports", request("x", ALL_LAYERS, ALL_FORMATS, Map.of()))
                .status())
        .isEqualTo(403);
    ApiClient.Answer layer =
        ask(request("x", List.of("claims", "witnesses"), ALL_FORMATS, Map.of()));
    assertThat(layer.status()).isEqualTo(400);
    assertThat(message(layer)).startsWith("filters.layers:").contains("'witnesses'");
    ApiClient.Answer format = ask(request("x", ALL_LAYERS, List.of("shp"), Map.of()));
    assertThat(format.status()).isEqualTo(400);
    assertThat(message(format)).startsWith("formats:").contains("'shp'");
    ApiClient.Answer filter = ask(request("x", ALL_LAYERS, ALL_FORMATS, Map.of("witness", "W-1")));
    assertThat(filter.status()).isEqualTo(400);
    assertThat(message(filter)).startsWith("filters.witness:");
    ApiClient.Answer field =
        ask(
            object(
                "title",
                "x",
                "formats",
                ALL_FORMATS,
                "filters",
                object("layers", ALL_LAYERS),
                "sql",
                1));
    assertThat(message(field)).startsWith("sql:");
    ApiClient.Answer bbox =
        ask(request("x", ALL_LAYERS, ALL_FORMATS, Map.of("bbox", List.of(1, 2, 3))));
    assertThat(bbox.status()).isEqualTo(400);
    assertThat(message(bbox)).startsWith("filters.bbox:");
    ApiClient.Answer datetime =
        ask(request("x", ALL_LAYERS, ALL_FORMATS, Map.of("datetime", "last week")));
    assertThat(datetime.status()).isEqualTo(400);
    assertThat(message(datetime)).startsWith("filters.datetime");
    ApiClient.Answer type =
        ask(request("x", ALL_LAYERS, ALL_FORMATS, Map.of("facilityTypes", List.of("gulag"))));
    assertThat(message(type)).startsWith("filters.facilityTypes:");
    ApiClient.Answer title = ask(request(" ", ALL_LAYERS, ALL_FORMATS, Map.of()));
    assertThat(title.status()).isEqualTo(400);
    assertThat(message(title)).startsWith("title:");
  }

  @Test
  void aSecondAdvocateApprovesAndWithdrawnFilesAreGone() {
    ApiClient.Answer asked =
        ask(
            request(
                "Kwanliso facilities",
                List.of("facilities"),
                List.of("csv", "geojson"),
                Map.of("facilityTypes", List.of("kwanliso"), "bbox", "124,37,131,43")));
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    assertThat(asked.header("ETag")).isEqualTo("\"v1\"");
    JsonNode export = asked.json();
    long id = export.get("id").asLong();
    assertThat(export.get("state").asText()).isEqualTo("requested");
    assertThat(export.get("formats").toString()).isEqualTo("[\"geojson\",\"csv\"]");

    // Not public until approved.
    assertThat(anonymous.get("/public-exports/" + id).status()).isEqualTo(404);
    assertThat(anonymous.get("/public-exports").body()).doesNotContain("Kwanliso facilities");
    assertThat(analyst.get("/public-exports/" + id).json().get("state").asText())
        .isEqualTo("requested");
    assertThat(anonymous.get("/public-exports/" + id + "/files/manifest.json").status())
        .isEqualTo(404);

    // The requester may not approve; a stale or missing version is refused.
    ApiClient.Answer byRequester = decide(advocate, id, "approve", object());
    assertThat(byRequester.status()).isEqualTo(403);
    assertThat(message(byRequester)).contains("second person");
    assertThat(
            secondAdvocate
                .postJson("/public-exports/" + id + "/approve", object(), "If-Match", "\"v7\"")
                .status())
        .isEqualTo(412);
    assertThat(secondAdvocate.postJson("/public-exports/" + id + "/approve", object()).status())
        .isEqualTo(428);

    ApiClient.Answer approved = decide(secondAdvocate, id, "approve", object("note", "fine"));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().get("state").asText()).isEqualTo("approved");
    assertThat(approved.json().get("policyVersion").asInt()).isEqualTo(1);
    assertThat(decide(secondAdvocate, id, "approve", object()).status()).isEqualTo(409);

    // The public sees it, without who asked or decided.
    JsonNode seen = anonymous.get("/public-exports/" + id).json();
    assertThat(seen.get("state").asText()).isEqualTo("approved");
    assertThat(seen.has("requestedBy")).isFalse();
    assertThat(seen.has("decidedBy")).isFalse();
    assertThat(anonymous.get("/public-exports").body()).contains("Kwanliso facilities");
    JsonNode manifest = anonymous.get("/public-exports/" + id + "/files/manifest.json").json();
    // The facilities are what anonymous callers export themselves.
    int kwanliso =
        anonymous.get("/exports/facilities.geojson?type=kwanliso").json().get("features").size();
    assertThat(kwanliso).isPositive();
    assertThat(manifest.at("/counts/facilities").asInt()).isEqualTo(kwanliso);
    assertThat(manifest.at("/filters/facilityTypes").toString()).isEqualTo("[\"kwanliso\"]");
    assertThat(anonymous.getBytes("/public-exports/" + id + "/files/facilities.csv").statusCode())
        .isEqualTo(200);

    // Withdrawal needs a reason; then nobody gets the files.
    assertThat(decide(secondAdvocate, id, "withdraw", object()).status()).isEqualTo(400);
    assertThat(decide(anonymous, id, "withdraw", object("reason", "x")).status()).isEqualTo(401);
    ApiClient.Answer withdrawn =
        decide(advocate, id, "withdraw", object("reason", "a boundary is disputed"));
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.json().get("state").asText()).isEqualTo("withdrawn");
    assertThat(anonymous.get("/public-exports/" + id).status()).isEqualTo(404);
    assertThat(anonymous.get("/public-exports").body()).doesNotContain("Kwanliso facilities");
    ApiClient.Answer gone = anonymous.get("/public-exports/" + id + "/files/facilities.csv");
    assertThat(gone.status()).isEqualTo(404);
    assertThat(message(gone)).contains("withdrawn");
    assertThat(analyst.get("/public-exports/" + id + "/files/manifest.json").status())
        .isEqualTo(404);
    assertThat(analyst.get("/public-exports/" + id).json().get("withdrawalReason").asText())
        .isEqualTo("a boundary is disputed");
  }

  @Test
  void aRejectionNeedsANote() {
    long id =
        ask(request("Rejected", ALL_LAYERS, List.of("csv"), Map.of())).json().get("id").asLong();
    assertThat(decide(secondAdvocate, id, "reject", object()).status()).isEqualTo(400);
    assertThat(decide(advocate, id, "reject", object("note", "mine")).status()).isEqualTo(403);
    ApiClient.Answer rejected = decide(secondAdvocate, id, "reject", object("note", "too broad"));
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
    assertThat(rejected.json().get("state").asText()).isEqualTo("rejected");
    assertThat(rejected.json().get("decisionNote").asText()).isEqualTo("too broad");
    assertThat(anonymous.get("/public-exports/" + id).status()).isEqualTo(404);
    assertThat(decide(secondAdvocate, id, "approve", object()).status()).isEqualTo(409);
  }

  @Test
  void filesAreAsTheManifestSaysIdenticalWhenRegeneratedReadableAndRedacted() throws Exception {
    long first = approved("Everything public", ALL_LAYERS, ALL_FORMATS);
    long second = approved("Everything public", ALL_LAYERS, ALL_FORMATS);
    Map<String, byte[]> a = downloadAll(first);
    Map<String, byte[]> b = downloadAll(second);

    assertThat(a.keySet()).isEqualTo(b.keySet());
    assertThat(a.keySet())
        .containsExactly(
            "facilities.geojson",
            "claims.geojson",
            "events.geojson",
            "structures.geojson",
            "public-export.kml",
            "facilities.csv",
            "claims.csv",
            "events.csv",
            "structures.csv",
            "public-export.gpkg",
            "manifest.json",
            "public-export.zip");
    // Same data, same policy: the same bytes (the manifest differs in the export's id only).
    for (String name : a.keySet()) {
      if (!name.equals("manifest.json") && !name.equals("public-export.zip")) {
        assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
      }
    }
    ObjectNode manifestA = (ObjectNode) JsonMapping.reader().readTree(a.get("manifest.json"));
    ObjectNode manifestB = (ObjectNode) JsonMapping.reader().readTree(b.get("manifest.json"));
    assertThat(manifestA.get("exportId").asLong()).isEqualTo(first);
    manifestA.remove("exportId");
    manifestB.remove("exportId");
    assertThat(manifestB).isEqualTo(manifestA);
    Map<String, byte[]> zipA = unzip(a.get("public-export.zip"));
    Map<String, byte[]> zipB = unzip(b.get("public-export.zip"));
    assertThat(zipA.keySet()).isEqualTo(zipB.keySet());
    for (String name : zipA.keySet()) {
      assertThat(zipA.get(name)).as("bundle " + name).isEqualTo(a.get(name));
      if (!name.equals("manifest.json")) {
        assertThat(zipB.get(name)).as("bundle " + name).isEqualTo(zipA.get(name));
      }
    }

    // The manifest describes every file; the counts are the layers'.
    JsonNode manifest = JsonMapping.reader().readTree(a.get("manifest.json"));
    assertThat(manifest.at("/policy/version").asInt()).isEqualTo(1);
    assertThat(manifest.at("/policy/rules/gridSizeM").asInt()).isEqualTo(2000);
    assertThat(manifest.get("dataAsOf").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(manifest.at("/counts/claims").asInt()).isEqualTo(1);
    assertThat(manifest.at("/counts/structures").asInt()).isEqualTo(2);
    assertThat(manifest.at("/counts/facilities").asInt()).isPositive();
    assertThat(manifest.get("files")).hasSize(10);
    for (JsonNode file : manifest.get("files")) {
      byte[] bytes = a.get(file.get("name").asText());
      assertThat(bytes.length).isEqualTo(file.get("sizeBytes").asLong());
      assertThat(PublicExportFiles.sha256(bytes)).isEqualTo(file.get("sha256").asText());
    }
    System.out.println("Public export sample sizes (bytes):");
    a.forEach((name, bytes) -> System.out.println("  " + name + " " + bytes.length));

    // Nothing restricted in any file.
    for (Map.Entry<String, byte[]> file : a.entrySet()) {
      String text = new String(file.getValue(), StandardCharsets.UTF_8);
      assertThat(text).as(file.getKey()).doesNotContain(claimDescription);
      assertThat(text).as(file.getKey()).doesNotContain("Interviewer").doesNotContain("W-0");
      assertThat(text).as(file.getKey()).doesNotContain("user:export");
    }
    String structures = new String(a.get("structures.geojson"), StandardCharsets.UTF_8);
    assertThat(structures).contains("New perimeter on the north side");

    // GDAL reads every data file with the manifest's counts.
    Path directory = Files.createTempDirectory("public-export-test-");
    for (JsonNode file : manifest.get("files")) {
      Path path = directory.resolve(file.get("name").asText());
      Files.write(path, a.get(file.get("name").asText()));
      int expected = 0;
      for (JsonNode count : file.get("counts")) {
        expected += count.asInt();
      }
      int counted = ogrFeatureCount(path);
      if (counted >= 0) {
        assertThat(counted)
            .as("ogrinfo feature count of " + path.getFileName())
            .isEqualTo(expected);
      }
    }
    // NGA reads the GeoPackage: a table per layer, its timestamp the data's.
    try (GeoPackage gpkg =
        GeoPackageManager.open(directory.resolve("public-export.gpkg").toFile(), false)) {
      assertThat(gpkg.getFeatureTables()).containsExactlyInAnyOrderElementsOf(ALL_LAYERS);
      for (String layer : ALL_LAYERS) {
        FeatureDao dao = gpkg.getFeatureDao(layer);
        assertThat(dao.getSrsId()).isEqualTo(4326);
        assertThat(dao.count()).as(layer).isEqualTo(manifest.at("/counts/" + layer).asInt());
        assertThat(gpkg.getContentsDao().queryForId(layer).getLastChange().toInstant())
            .isEqualTo(
                Instant.parse(manifest.get("dataAsOf").asText()).truncatedTo(ChronoUnit.MILLIS));
      }
    }
    String summary =
        ogrinfo("-ro", "-so", directory.resolve("public-export.gpkg").toString(), "claims");
    if (summary != null) {
      assertThat(summary).doesNotContain("partially supported");
    }
  }

  @Test
  void theMapsFiltersSelectWhatGoesIn() throws Exception {
    // Around the observed structures only.
    ApiClient.Answer around =
        ask(
            request(
                "Around the perimeter",
                List.of("claims", "structures"),
                List.of("geojson"),
                Map.of("bbox", List.of(126.04, 39.55, 126.07, 39.58))));
    long aroundId = around.json().get("id").asLong();
    assertThat(decide(secondAdvocate, aroundId, "approve", object()).status()).isEqualTo(200);
    JsonNode aroundManifest =
        anonymous.get("/public-exports/" + aroundId + "/files/manifest.json").json();
    assertThat(aroundManifest.at("/counts/structures").asInt()).isEqualTo(2);
    assertThat(aroundManifest.at("/filters/bbox").toString())
        .isEqualTo("[126.04,39.55,126.07,39.58]");
    // Long before anything happened: nothing but the facilities (not filtered by time).
    ApiClient.Answer before =
        ask(
            request(
                "1900",
                ALL_LAYERS,
                List.of("csv"),
                Map.of("datetime", "1900-01-01T00:00:00Z/1900-12-31T23:59:59Z")));
    long beforeId = before.json().get("id").asLong();
    assertThat(decide(secondAdvocate, beforeId, "approve", object()).status()).isEqualTo(200);
    JsonNode beforeManifest =
        anonymous.get("/public-exports/" + beforeId + "/files/manifest.json").json();
    assertThat(beforeManifest.at("/counts/claims").asInt()).isZero();
    assertThat(beforeManifest.at("/counts/events").asInt()).isZero();
    assertThat(beforeManifest.at("/counts/structures").asInt()).isZero();
    assertThat(beforeManifest.at("/counts/facilities").asInt()).isPositive();
    // An empty layer is still a file GDAL reads, with its header.
    HttpResponse<byte[]> claims =
        anonymous.getBytes("/public-exports/" + beforeId + "/files/claims.csv");
    assertThat(new String(claims.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFid,type,");
    Path file = Files.createTempFile("public-export-claims-", ".csv");
    Files.write(file, claims.body());
    int counted = ogrFeatureCount(file);
    if (counted >= 0) {
      assertThat(counted).isZero();
    }
  }

  private static Map<String, byte[]> downloadAll(long id) throws Exception {
    JsonNode export = anonymous.get("/public-exports/" + id).json();
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (JsonNode file : export.get("files")) {
      HttpResponse<byte[]> response = anonymous.getBytes(file.get("href").asText().substring(4));
      assertThat(response.statusCode()).as(file.get("name").asText()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse("").replace(" ", ""))
          .isEqualTo(file.get("mediaType").asText().replace(" ", ""));
      assertThat(response.headers().firstValue("ETag").orElse(""))
          .isEqualTo("\"" + file.get("sha256").asText() + "\"");
      assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
          .contains("sightline-public-export-" + id + "-" + file.get("name").asText());
      assertThat(PublicExportFiles.sha256(response.body())).isEqualTo(file.get("sha256").asText());
      files.put(file.get("name").asText(), response.body());
    }
    return files;
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  /** ogrinfo's feature count over all layers, or -1 when GDAL is not installed. */
  private static int ogrFeatureCount(Path file) throws Exception {
    String summary = ogrinfo("-ro", "-al", "-so", file.toString());
    if (summary == null) {
      return -1;
    }
    Matcher counts = Pattern.compile("Feature Count: (\\d+)").matcher(summary);
    int total = 0;
    while (counts.find()) {
      total += Integer.parseInt(counts.group(1));
    }
    return total;
  }

  private static String ogrinfo(String... args) throws Exception {
    if (!new File("/usr/bin/ogrinfo").canExecute()) {
      System.out.println("NOTE: ogrinfo is not installed; files are read back by Java only");
      return null;
    }
    List<String> command = new ArrayList<>(List.of("/usr/bin/ogrinfo"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
