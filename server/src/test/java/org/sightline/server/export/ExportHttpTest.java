package org.sightline.server.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.w3c.dom.Document;

/**
 * Every export format downloaded over HTTP and read back: always by the library that wrote it
 * (Jackson, commons-csv, the JDK's XML parser, NGA GeoPackage), and by GDAL's ogrinfo, which the
 * test script installs (the GDAL part is skipped with a note only where ogrinfo is missing).
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class ExportHttpTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static ApiClient anonymous;
  private static ApiClient analyst;
  private static ApiClient advocate;
  private static int publishedCount;

  @BeforeAll
  static void data() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    analyst = anonymous.as(users.tokenFor("export-analyst", Role.ANALYST));
    advocate = anonymous.as(users.tokenFor("export-advocate", Role.ADVOCATE));
    JsonNode camp = analyst.get("/facilities/kwanliso-15-yodok").json();
    Map<String, Object> body = JSON.convertValue(camp, new TypeReference<Map<String, Object>>() {});
    for (String readOnly :
        List.of("id", "published", "version", "createdAt", "updatedAt", "updatedBy", "sources")) {
      body.remove(readOnly);
    }
    body.put("nameKo", "요덕");
    body.put("name", "Kwanliso No. 15 Yodok, \"=cmd\" & <b>");
    assertThat(
            analyst
                .putJson(
                    "/facilities/kwanliso-15-yodok",
                    body,
                    "If-Match",
                    "\"v" + camp.get("version").asInt() + "\"")
                .status())
        .isEqualTo(200);
    // The sample's placeholder search area is replaced by a (still approximate) outline from 2000
    // on.
    for (JsonNode placeholder : analyst.get("/facilities/kwanliso-15-yodok/boundaries").json()) {
      assertThat(
              analyst
                  .postJson(
                      "/facilities/kwanliso-15-yodok/boundaries/"
                          + placeholder.get("id").asLong()
                          + "/deletion",
                      object("reason", "replaced by a drawn outline"))
                  .status())
          .isEqualTo(200);
    }
    List<List<Double>> ring =
        List.of(
            List.of(126.80, 39.62),
            List.of(126.92, 39.62),
            List.of(126.92, 39.72),
            List.of(126.80, 39.72),
            List.of(126.80, 39.62));
    ApiClient.Answer outline =
        analyst.postJson(
            "/facilities/kwanliso-15-yodok/boundaries",
            object(
                "geometry",
                object("type", "Polygon", "coordinates", List.of(ring)),
                "validFrom",
                "2000-01-01",
                "basis",
                "approximate",
                "confidence",
                "low"));
    assertThat(outline.status()).as(outline.toString()).isEqualTo(201);
    // The public files hold the published versions: the edit and the outline are reviewed.
    TestPublishing.publish(DATABASE.jdbi(), PublicationKind.FACILITY, "kwanliso-15-yodok");
    TestPublishing.publish(
        DATABASE.jdbi(),
        PublicationKind.BOUNDARY,
        Long.toString(outline.json().at("/boundary/id").asLong()));
    assertThat(
            advocate
                .putJson(
                    "/facilities/kwanliso-14-kaechon/publication",
                    object("published", false, "reason", "export test"))
                .status())
        .isEqualTo(200);
    publishedCount =
        anonymous
            .get("/collections/facilities/items?limit=1000")
            .json()
            .get("numberMatched")
            .asInt();
    assertThat(publishedCount).isEqualTo(192);
  }

  /** The export events of the audit trail, oldest first, as "actor action entity/id detail". */
  private static List<String> exportEvents() {
    return DATABASE
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        """
            SELECT actor || ' ' || action || ' ' || entity_type || '/' || entity_id || ' ' || detail::text
              FROM audit_event WHERE action = 'export' ORDER BY seq""")
                    .mapTo(String.class)
                    .list());
  }

  @Test
  void oneFacilityIsExportedAloneUnderItsOwnName() throws Exception {
    HttpResponse<byte[]> one =
        analyst.getBytes("/exports/facilities.geojson?asOf=2024-01-01&facility=kwanliso-15-yodok");
    assertThat(one.statusCode()).isEqualTo(200);
    JsonNode features = JSON.readTree(one.body()).get("features");
    assertThat(features).hasSize(1);
    assertThat(features.get(0).get("id").asText()).isEqualTo("kwanliso-15-yodok");
    assertThat(one.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("sightline-facility-kwanliso-15-yodok-2024-01-01.geojson");
    HttpResponse<byte[]> none =
        analyst.getBytes("/exports/facilities.geojson?asOf=2024-01-01&facility=no-such-facility");
    assertThat(JSON.readTree(none.body()).get("features")).isEmpty();
  }

  @Test
  void candidateDuplicatesCarryTheirNamesakeInExportsOnlyWhenTheCallerMaySeeIt() throws Exception {
    HttpResponse<byte[]> staff = analyst.getBytes("/exports/facilities.geojson?asOf=2024-01-01");
    assertThat(staff.statusCode()).isEqualTo(200);
    Map<String, String> duplicates = new TreeMap<>();
    for (JsonNode feature : JSON.readTree(staff.body()).get("features")) {
      JsonNode of = feature.at("/properties/possible_duplicate_of");
      if (!of.isNull()) {
        duplicates.put(feature.get("id").asText(), of.asText());
      }
    }
    assertThat(duplicates)
        .as("the sample's two candidate pairs, each named once")
        .containsExactly(
            Map.entry("kwanliso-14-kaechon-nkdb", "kwanliso-14-kaechon"),
            Map.entry("kyohwaso-77-tanchon-nkdb", "kyohwaso-77-danchon"));
    String csv =
        new String(
            analyst.getBytes("/exports/facilities.csv?asOf=2024-01-01").body(),
            StandardCharsets.UTF_8);
    assertThat(csv.lines().findFirst().orElseThrow()).contains(",possible_duplicate_of,");
    assertThat(csv).containsPattern("(?m)^kwanliso-14-kaechon-nkdb,.*,kwanliso-14-kaechon,");

    JsonNode published = JSON.readTree(download("geojson", "?asOf=2024-01-01").toFile());
    Set<String> publishedIds = new HashSet<>();
    published.get("features").forEach(feature -> publishedIds.add(feature.get("id").asText()));
    for (JsonNode feature : published.get("features")) {
      JsonNode of = feature.at("/properties/possible_duplicate_of");
      if (!of.isNull()) {
        assertThat(publishedIds)
            .as("a public export names only a published namesake")
            .contains(of.asText());
      }
    }
  }

  @Test
  void everyStaffExportIsAuditedWithWhoWhatAndFormatAndPublicOnesAreNot() {
    List<String> before = exportEvents();
    for (String format : List.of("geojson", "kml", "csv", "gpkg")) {
      assertThat(
              anonymous.getBytes("/exports/facilities." + format + "?asOf=2024-01-01").statusCode())
          .isEqualTo(200);
    }
    assertThat(exportEvents())
        .as("public exports of published facilities are not audited")
        .isEqualTo(before);

    List<String> expected = new ArrayList<>(before);
    for (String format : List.of("geojson", "kml", "csv", "gpkg")) {
      HttpResponse<byte[]> response =
          analyst.getBytes("/exports/facilities." + format + "?asOf=2024-01-01");
      assertThat(response.statusCode()).as(format).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control"))
          .as("a restricted export is not cached")
          .contains("no-store");
      expected.add(
          "user:export-analyst export facility/all {\"asOf\": \"2024-01-01\", \"format\": \""
              + format
              + "\", \"facilities\": 193}");
    }
    assertThat(advocate.getBytes("/exports/facilities.csv?asOf=2023-06-30").statusCode())
        .isEqualTo(200);
    expected.add(
        "user:export-advocate export facility/all {\"asOf\": \"2023-06-30\", \"format\": \"csv\","
            + " \"facilities\": 193}");
    assertThat(exportEvents())
        .as("one event per staff export: who, what, which format, as of when, how many")
        .isEqualTo(expected);
  }

  private static Path download(String format, String query) throws IOException {
    HttpResponse<byte[]> response = anonymous.getBytes("/exports/facilities." + format + query);
    assertThat(response.statusCode())
        .as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("." + format);
    Path file = Files.createTempFile("sightline-export-", "." + format);
    Files.write(file, response.body());
    return file;
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
      System.out.println(
          "NOTE: ogrinfo is not installed; exports are read back by their writing libraries only");
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

  private static void assertGdalReads(Path file, String... expectedTexts) throws Exception {
    int count = ogrFeatureCount(file);
    if (count >= 0) {
      assertThat(count).as("ogrinfo feature count of " + file).isEqualTo(publishedCount);
      String all = ogrinfo("-ro", "-al", file.toString());
      for (String text : expectedTexts) {
        assertThat(all).as("ogrinfo of " + file).contains(text);
      }
    }
  }

  @Test
  void geoJsonRoundTripsWithBoundariesAndPoints() throws Exception {
    Path file = download("geojson", "?asOf=2020-01-01");
    JsonNode collection = JSON.readTree(file.toFile());
    assertThat(collection.get("features")).hasSize(publishedCount);
    JsonNode yodok = null;
    Set<String> ids = new HashSet<>();
    for (JsonNode feature : collection.get("features")) {
      ids.add(feature.get("id").asText());
      if (feature.get("id").asText().equals("kwanliso-15-yodok")) {
        yodok = feature;
      }
    }
    assertThat(ids).doesNotContain("kwanliso-14-kaechon");
    assertThat(yodok.at("/geometry/type").asText()).isEqualTo("MultiPolygon");
    assertThat(yodok.at("/properties/name_ko").asText()).isEqualTo("요덕");
    assertThat(yodok.at("/properties/boundary_basis").asText()).isEqualTo("approximate");
    assertThat(yodok.at("/properties/area_sq_km").asDouble()).isBetween(100.0, 130.0);
    assertThat(collection.get("attribution").asText()).contains("Sources:");
    assertGdalReads(file, "요덕", "MULTIPOLYGON", "approximate");

    JsonNode before = JSON.readTree(download("geojson", "?asOf=1999-12-31").toFile());
    for (JsonNode feature : before.get("features")) {
      if (feature.get("id").asText().equals("kwanliso-15-yodok")) {
        assertThat(feature.at("/geometry/type").asText())
            .as("no boundary valid in 1999: the point")
            .isEqualTo("Point");
      }
    }
    assertThat(anonymous.get("/exports/facilities.shp").status()).isEqualTo(404);
    assertThat(anonymous.get("/exports/facilities.csv?asOf=2020-02-30").status()).isEqualTo(400);
  }

  @Test
  void csvRoundTripsAndCannotRunFormulas() throws Exception {
    Path file = download("csv", "");
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes[0] & 0xff).as("UTF-8 byte-order mark").isEqualTo(0xEF);
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(
                new InputStreamReader(
                    new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8))
            .getRecords();
    assertThat(records).hasSize(publishedCount);
    CSVRecord yodok =
        records.stream()
            .filter(r -> r.get("id").equals("kwanliso-15-yodok"))
            .findFirst()
            .orElseThrow();
    assertThat(yodok.get("name")).isEqualTo("Kwanliso No. 15 Yodok, \"=cmd\" & <b>");
    assertThat(yodok.get("name_ko")).isEqualTo("요덕");
    assertThat(yodok.get("wkt")).startsWith("MULTIPOLYGON");
    assertGdalReads(file, "요덕");
  }

  @Test
  void kmlRoundTripsForGoogleEarth() throws Exception {
    Path file = download("kml", "");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document kml = factory.newDocumentBuilder().parse(file.toFile());
    assertThat(
            kml.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "Placemark").getLength())
        .isEqualTo(publishedCount);
    String text = Files.readString(file);
    assertThat(text)
        .contains("Kwanliso No. 15 Yodok, \"=cmd\" &amp; &lt;b&gt;")
        .doesNotContain("<b>");
    assertThat(text).contains("(approximate: not surveyed)").contains("#approximate");
    assertGdalReads(file, "Kwanliso No. 15 Yodok");
  }

  @Test
  void geoPackageRoundTrips() throws Exception {
    Path file = download("gpkg", "");
    int rows = 0;
    String yodokKo = null;
    try (GeoPackage gpkg = GeoPackageManager.open(file.toFile(), false)) {
      FeatureDao dao = gpkg.getFeatureDao(GeoPackageExport.TABLE);
      assertThat(dao.getSrsId()).isEqualTo(4326);
      FeatureResultSet results = dao.queryForAll();
      try {
        while (results.moveToNext()) {
          rows++;
          if ("kwanliso-15-yodok".equals(results.getRow().getValue("id"))) {
            yodokKo = (String) results.getRow().getValue("name_ko");
            assertThat(results.getRow().getGeometry().getGeometry().getGeometryType().name())
                .isEqualTo("MULTIPOLYGON");
          }
        }
      } finally {
        results.close();
      }
    }
    assertThat(rows).isEqualTo(publishedCount);
    assertThat(yodokKo).isEqualTo("요덕");
    String summary = ogrinfo("-ro", "-so", file.toString(), GeoPackageExport.TABLE);
    if (summary != null) {
      assertThat(summary).as("no version warning from GDAL").doesNotContain("partially supported");
    }
    assertGdalReads(file, "요덕", "facilities");
  }
}
