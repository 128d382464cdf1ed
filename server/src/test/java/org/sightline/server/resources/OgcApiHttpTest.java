package org.sightline.server.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sightline.geodata.facility.FacilityStatus;
import org.sightline.geodata.facility.FacilityType;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.testing.SightlineAppFactory;

/**
 * The OGC API - Features endpoints over real HTTP, on the whole application with the sample data.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class OgcApiHttpTest {
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.onFreshDatabase();
  private static final int SAMPLE_FACILITIES = 193;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String api(String path) {
    return "http://127.0.0.1:" + APP.getLocalPort() + "/api" + path;
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode getJson(String url, int expectedStatus, String expectedType)
      throws Exception {
    HttpResponse<String> response = get(url);
    assertThat(response.statusCode())
        .as("status of %s: %s", url, response.body())
        .isEqualTo(expectedStatus);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(expectedType);
    return JSON.readTree(response.body());
  }

  private static String link(JsonNode document, String rel) {
    for (JsonNode link : document.path("links")) {
      if (rel.equals(link.path("rel").asText())) {
        return link.path("href").asText();
      }
    }
    return null;
  }

  @Test
  void landingPageLinksToDefinitionConformanceAndData() throws Exception {
    JsonNode landing = getJson(api("/"), 200, "application/json");
    assertThat(link(landing, "self")).isEqualTo(api("/"));
    assertThat(link(landing, "conformance")).isEqualTo(api("/conformance"));
    assertThat(link(landing, "data")).isEqualTo(api("/collections"));
    JsonNode openapi = getJson(link(landing, "service-desc"), 200, "application/json");
    assertThat(openapi.path("openapi").asText()).startsWith("3.");
    assertThat(openapi.path("paths").has("/collections/facilities/items")).isTrue();
    assertThat(openapi.path("paths").path("/vocabulary").path("get").path("summary").asText())
        .isEqualTo("Vocabularies");
  }

  @Test
  void conformanceDeclaresOnlyCoreAndGeoJson() throws Exception {
    JsonNode conformance = getJson(api("/conformance"), 200, "application/json");
    List<String> classes = new ArrayList<>();
    conformance.path("conformsTo").forEach(c -> classes.add(c.asText()));
    assertThat(classes)
        .containsExactlyInAnyOrder(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
  }

  @Test
  void collectionsDescribeFacilitiesWithExtentAndItemsLink() throws Exception {
    JsonNode collections = getJson(api("/collections"), 200, "application/json");
    assertThat(collections.path("collections")).hasSize(3);
    JsonNode facilities = getJson(api("/collections/facilities"), 200, "application/json");
    assertThat(facilities.path("id").asText()).isEqualTo("facilities");
    assertThat(link(facilities, "items")).isEqualTo(api("/collections/facilities/items"));
    JsonNode bbox = facilities.path("extent").path("spatial").path("bbox").get(0);
    assertThat(bbox.get(0).asDouble()).isBetween(124.0, 125.0);
    assertThat(bbox.get(3).asDouble()).isBetween(42.5, 43.5);
    getJson(api("/collections/camps"), 404, "application/json");
  }

  @Test
  void itemsAreGeoJsonWithSourcedLocations() throws Exception {
    JsonNode page =
        getJson(api("/collections/facilities/items?limit=1000"), 200, "application/geo+json");
    assertThat(page.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(page.path("numberMatched").asInt()).isEqualTo(SAMPLE_FACILITIES);
    assertThat(page.path("numberReturned").asInt()).isEqualTo(SAMPLE_FACILITIES);
    assertThat(page.path("timeStamp").isTextual()).isTrue();
    assertThat(Instant.parse(page.path("timeStamp").asText())).isBeforeOrEqualTo(Instant.now());
    assertThat(page.path("features")).hasSize(SAMPLE_FACILITIES);
    assertThat(link(page, "next")).isNull();
    JsonNode camp16 = null;
    for (JsonNode feature : page.path("features")) {
      if (feature.path("id").asText().equals("kwanliso-16-hwasong")) {
        camp16 = feature;
      }
    }
    assertThat(camp16).isNotNull();
    assertThat(camp16.path("geometry").path("type").asText()).isEqualTo("Point");
    assertThat(camp16.path("geometry").path("coordinates").get(0).asDouble())
        .isEqualTo(129.2683983);
    assertThat(camp16.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(41.2869653);
    JsonNode locations = camp16.path("properties").path("locations");
    assertThat(locations.get(0).path("primary").asBoolean()).isTrue();
    double farthestKm = 0;
    for (JsonNode l : locations) {
      farthestKm = Math.max(farthestKm, l.path("distanceKm").asDouble());
    }
    // HRNK and Wikipedia place Camp 16 10.5 km apart; both locations are kept.
    assertThat(farthestKm).isGreaterThan(10.4);
    assertThat(camp16.path("properties").path("sources")).isNotEmpty();
  }

  @Test
  void pagingWithNextLinksVisitsEveryFacilityOnce() throws Exception {
    List<String> ids = new ArrayList<>();
    String url = api("/collections/facilities/items?limit=25");
    int pages = 0;
    while (url != null) {
      JsonNode page = getJson(url, 200, "application/geo+json");
      page.path("features").forEach(f -> ids.add(f.path("id").asText()));
      assertThat(page.path("numberReturned").asInt()).isLessThanOrEqualTo(25);
      url = link(page, "next");
      assertThat(++pages).isLessThan(20);
    }
    assertThat(pages).isEqualTo((SAMPLE_FACILITIES + 24) / 25);
    assertThat(ids).hasSize(SAMPLE_FACILITIES).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void bboxReturnsOnlyFacilitiesInside() throws Exception {
    // Around Yodok (Camp 15) only: lon 126.7..127.0, lat 39.6..39.8.
    JsonNode page =
        getJson(
            api("/collections/facilities/items?bbox=126.7,39.6,127.0,39.8"),
            200,
            "application/geo+json");
    List<String> ids = new ArrayList<>();
    page.path("features").forEach(f -> ids.add(f.path("id").asText()));
    assertThat(ids).containsExactly("kwanliso-15-yodok");
    for (JsonNode f : page.path("features")) {
      double lon = f.path("geometry").path("coordinates").get(0).asDouble();
      double lat = f.path("geometry").path("coordinates").get(1).asDouble();
      assertThat(lon).isBetween(126.7, 127.0);
      assertThat(lat).isBetween(39.6, 39.8);
    }
  }

  @Test
  void singleItemAndMissingItem() throws Exception {
    JsonNode item =
        getJson(
            api("/collections/facilities/items/kwanliso-15-yodok"), 200, "application/geo+json");
    assertThat(item.path("type").asText()).isEqualTo("Feature");
    assertThat(item.path("properties").path("type").asText()).isEqualTo("kwanliso");
    assertThat(link(item, "collection")).isEqualTo(api("/collections/facilities"));
    JsonNode missing =
        getJson(api("/collections/facilities/items/no-such-camp"), 404, "application/json");
    assertThat(missing.path("message").asText()).isEqualTo("there is no facility 'no-such-camp'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bbox=1,2,3          | bbox must have 4 numbers (minLon,minLat,maxLon,maxLat) or 6 with heights; got 3 values in '1,2,3'",
        "bbox=a,b,c,d        | bbox value 1 of 4 ('a') is not a number",
        "bbox=39,126,40,127  | bbox minimum latitude 126 is outside -90..90 (is the box in lat,lon order? expected minLon,minLat,maxLon,maxLat)",
        "limit=-1            | limit -1 is below the minimum of 1; expected 1..1000",
        "limit=0             | limit 0 is below the minimum of 1; expected 1..1000",
        "limit=ten           | limit 'ten' is not a whole number; expected 1..1000",
        "cursor=%%%          | cursor '%%%' is not valid; use the href of a 'next' link as given",
        "datetime=yesterday  | datetime 'yesterday' is not an RFC 3339 date-time such as 2019-06-01T00:00:00Z or a date such as 2019-06-01 (intervals: start/end, open ends as ..)",
        "box=1,2,3,4         | unknown query parameter [box]; this endpoint accepts [bbox, cursor, datetime, f, limit, status, type]",
        "f=html              | f=html is not supported here; this endpoint serves f=geojson, f=json",
      })
  void badParametersGetA400SayingWhatIsWrong(String query, String message) throws Exception {
    String[] parts = query.split("=", 2);
    String url =
        api(
            "/collections/facilities/items?"
                + parts[0]
                + "="
                + URLEncoder.encode(parts[1], StandardCharsets.UTF_8));
    JsonNode error = getJson(url, 400, "application/json");
    assertThat(error.path("code").asInt()).isEqualTo(400);
    assertThat(error.path("message").asText()).isEqualTo(message);
  }

  @Test
  void limitAboveMaximumIsReducedAndValidDatetimeIsAccepted() throws Exception {
    JsonNode page =
        getJson(
            api("/collections/facilities/items?limit=50000&datetime=2019-01-01T00:00:00Z/.."),
            200,
            "application/geo+json");
    assertThat(page.path("numberReturned").asInt()).isEqualTo(SAMPLE_FACILITIES);
  }

  @Test
  void everyResponseCarriesSecurityHeaders() throws Exception {
    for (String url :
        List.of(
            api("/"),
            api("/collections/facilities/items?bbox=1,2,3"),
            "http://127.0.0.1:" + APP.getLocalPort() + "/",
            "http://127.0.0.1:" + APP.getLocalPort() + "/js/main.js")) {
      HttpResponse<String> response = get(url);
      assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
          .as(url)
          .contains("script-src 'self'")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(url)
          .hasValue("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).as(url).hasValue("DENY");
    }
  }

  @Test
  void mapConfigHasNoTileServerByDefault() throws Exception {
    JsonNode config = getJson(api("/map-config"), 200, "application/json");
    assertThat(config.has("tileUrl")).isTrue();
    assertThat(config.path("tileUrl").isNull()).isTrue();
    assertThat(config.path("initialView").path("zoom").asInt()).isEqualTo(7);
    assertThat(config.path("thumbnailHosts").isArray()).isTrue();
    assertThat(config.path("thumbnailHosts")).isEmpty();
  }

  @Test
  void vocabularyListsEveryTypeAndStatusWithEnglishAndKoreanLabels() throws Exception {
    JsonNode vocabulary = getJson(api("/vocabulary"), 200, "application/json");
    assertThat(vocabulary.path("languages").toString()).isEqualTo("[\"en\",\"ko\"]");
    List<String> types = new ArrayList<>();
    vocabulary.path("facilityTypes").forEach(term -> types.add(term.path("code").asText()));
    assertThat(types)
        .containsExactly(
            Arrays.stream(FacilityType.values()).map(FacilityType::code).toArray(String[]::new));
    List<String> statuses = new ArrayList<>();
    vocabulary.path("facilityStatuses").forEach(term -> statuses.add(term.path("code").asText()));
    assertThat(statuses)
        .containsExactly(
            Arrays.stream(FacilityStatus.values())
                .map(FacilityStatus::code)
                .toArray(String[]::new));
    JsonNode kwanliso = vocabulary.path("facilityTypes").get(0);
    assertThat(kwanliso.path("labels").path("en").asText())
        .isEqualTo("Kwanliso (political prison camp)");
    assertThat(kwanliso.path("labels").path("ko").asText()).isEqualTo("관리소 (정치범수용소)");
    JsonNode closed = vocabulary.path("facilityStatuses").get(2);
    assertThat(closed.path("code").asText()).isEqualTo("closed");
    assertThat(closed.path("labels").path("ko").asText()).isEqualTo("폐쇄");
  }

  @Test
  void adminHealthChecksReportDatabasePostgisAndSealing() throws Exception {
    HttpResponse<String> health = get("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck");
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    JsonNode checks = JSON.readTree(health.body());
    assertThat(checks.path("postgresql").path("healthy").asBoolean()).isTrue();
    assertThat(checks.path("postgis").path("healthy").asBoolean()).isTrue();
    assertThat(checks.path("postgis").path("message").asText()).startsWith("PostGIS 3.");
    assertThat(checks.path("sealing").path("healthy").asBoolean()).isTrue();
    assertThat(checks.path("sealing").path("message").asText())
        .startsWith("seals with SealingKeys[");
  }
}
