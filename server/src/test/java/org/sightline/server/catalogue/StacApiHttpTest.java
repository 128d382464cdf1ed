package org.sightline.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.geom.Measures;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.RawHttp;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * HTTP ingest and the STAC API: search semantics, paging, items as stored with links to this
 * server.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class StacApiHttpTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static ApiClient anonymous;
  private static ApiClient analyst;

  /** 250 items on a 0.1-degree grid over 126..127.5 E, 39..40.5 N, one a day from 2020-01-01. */
  static String generated() {
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < 250; i++) {
      double lon = 126 + (i % 15) * 0.1;
      double lat = 39 + Math.floorDiv(i, 15) * 0.1 % 1.5;
      String day = Instant.parse("2020-01-01T02:00:00Z").plusSeconds(86_400L * i).toString();
      ndjson.append(
          ("{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"grid-%03d\",\"collection\":\"%s\","
                  + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]},"
                  + "\"properties\":{\"datetime\":\"%s\",\"eo:cloud_cover\":%d,\"custom:exact\":0.12345678901234567890},"
                  + "\"links\":[],\"assets\":{}}\n")
              .formatted(
                  i,
                  i % 2 == 0 ? "even" : "odd",
                  lon,
                  lat,
                  lon + 0.05,
                  lat,
                  lon + 0.05,
                  lat + 0.05,
                  lon,
                  lat + 0.05,
                  lon,
                  lat,
                  day,
                  i % 100));
    }
    return ndjson.toString();
  }

  @BeforeAll
  static void ingest() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    analyst = anonymous.as(users.tokenFor("stac-analyst", Role.ANALYST));
    ApiClient.Answer report =
        analyst.post(
            "/imagery/ingest",
            HttpRequest.BodyPublishers.ofString(generated()),
            "Content-Type",
            "application/x-ndjson");
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    assertThat(report.json().get("inserted").asLong()).isEqualTo(250);
    assertThat(
            anonymous
                .post(
                    "/imagery/ingest",
                    HttpRequest.BodyPublishers.ofString(generated()),
                    "Content-Type",
                    "application/x-ndjson")
                .status())
        .isEqualTo(401);
  }

  private static List<String> ids(JsonNode collection) {
    List<String> ids = new ArrayList<>();
    collection.get("features").forEach(f -> ids.add(f.get("id").asText()));
    return ids;
  }

  private static String next(JsonNode page) {
    for (JsonNode link : page.get("links")) {
      if (link.get("rel").asText().equals("next")) {
        return link.get("href").asText().replaceFirst("^.*/api", "");
      }
    }
    return null;
  }

  @Test
  void pagingThrough250ItemsWithLimit100YieldsEachExactlyOnce() {
    List<String> seen = new ArrayList<>();
    String url = "/stac/search?collections=even,odd&limit=100";
    int pages = 0;
    while (url != null && pages < 10) {
      JsonNode page = anonymous.get(url).json();
      assertThat(page.get("numberReturned").asInt()).isLessThanOrEqualTo(100);
      seen.addAll(ids(page));
      url = next(page);
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(250).doesNotHaveDuplicates();
    assertThat(new HashSet<>(seen)).hasSize(250);
  }

  @Test
  void sortByDatetimeDescendingPagesNewestFirstWithoutSkips() {
    List<String> seen = new ArrayList<>();
    String url = "/stac/search?collections=even&sortby=-datetime&limit=40";
    for (int pages = 0; url != null && pages < 10; pages++) {
      JsonNode page = anonymous.get(url).json();
      seen.addAll(ids(page));
      url = next(page);
    }
    assertThat(seen).hasSize(125).doesNotHaveDuplicates();
    assertThat(seen.get(0)).isEqualTo("grid-248");
    assertThat(seen.get(124)).isEqualTo("grid-000");
    JsonNode post =
        anonymous
            .postJson(
                "/stac/search",
                "{\"collections\": [\"odd\"], \"limit\": 1,"
                    + " \"sortby\": [{\"field\": \"properties.datetime\", \"direction\": \"desc\"}]}")
            .json();
    assertThat(ids(post)).containsExactly("grid-249");
  }

  private List<String> allPages(String firstUrl) {
    List<String> seen = new ArrayList<>();
    String url = firstUrl;
    for (int pages = 0; url != null && pages < 100; pages++) {
      ApiClient.Answer answer = anonymous.get(url);
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      seen.addAll(ids(answer.json()));
      url = next(answer.json());
    }
    return seen;
  }

  @Test
  void sortByAnyKeysInMixedDirectionsPagesThroughTiesWithoutSkipsOrRepeats() {
    // Cloud cover is i % 100, so most values are shared by two or three Items: ties at page edges.
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      expected.add(i);
    }
    expected.sort(
        Comparator.<Integer>comparingInt(i -> i % 100).reversed().thenComparingInt(i -> i));
    List<String> expectedIds = expected.stream().map(i -> String.format("grid-%03d", i)).toList();
    List<String> seen =
        allPages(
            "/stac/search?collections=even,odd&limit=7&sortby=-properties.eo:cloud_cover,datetime");
    assertThat(seen).hasSize(250).doesNotHaveDuplicates().isEqualTo(expectedIds);
    // The same order by POST, paged with the body's token.
    JsonNode page =
        anonymous
            .postJson(
                "/stac/search",
                "{\"collections\": [\"even\", \"odd\"], \"limit\": 3,"
                    + " \"sortby\": [{\"field\": \"eo:cloud_cover\", \"direction\": \"desc\"},"
                    + " {\"field\": \"datetime\", \"direction\": \"asc\"}]}")
            .json();
    assertThat(ids(page)).isEqualTo(expectedIds.subList(0, 3));
    JsonNode nextLink = null;
    for (JsonNode link : page.get("links")) {
      if (link.get("rel").asText().equals("next")) {
        nextLink = link;
      }
    }
    assertThat(nextLink).isNotNull();
    JsonNode second = anonymous.postJson("/stac/search", nextLink.get("body").toString()).json();
    assertThat(ids(second)).isEqualTo(expectedIds.subList(3, 6));
    // Ascending by id alone, across both collections.
    assertThat(allPages("/stac/search?collections=even,odd&limit=100&sortby=id"))
        .isEqualTo(expectedIds.stream().sorted().toList());
  }

  @Test
  void missingSortValuesComeLastEitherWayAndBadSortsAreRefused() {
    String sparse =
        ("{\"type\":\"Feature\",\"stac_version\":\"1.1.0\",\"id\":\"%s\",\"collection\":\"sparse\","
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[128,41],[128.1,41],[128.1,41.1],[128,41]]]},"
            + "\"properties\":{\"datetime\":\"2021-05-0%sT00:00:00Z\"%s},\"links\":[],\"assets\":{}}\n");
    String body =
        sparse.formatted("no-cloud", "1", "")
            + sparse.formatted("cloud-50", "2", ",\"eo:cloud_cover\":50")
            + sparse.formatted("cloud-10", "3", ",\"eo:cloud_cover\":10");
    assertThat(
            analyst
                .post(
                    "/imagery/ingest",
                    HttpRequest.BodyPublishers.ofString(body),
                    "Content-Type",
                    "application/x-ndjson")
                .status())
        .isEqualTo(200);
    assertThat(allPages("/stac/search?collections=sparse&limit=1&sortby=eo:cloud_cover"))
        .containsExactly("cloud-10", "cloud-50", "no-cloud");
    assertThat(allPages("/stac/search?collections=sparse&limit=1&sortby=-eo:cloud_cover"))
        .containsExactly("cloud-50", "cloud-10", "no-cloud");

    ApiClient.Answer unknown = anonymous.get("/stac/search?sortby=properties.platformx");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body())
        .contains("sortby field 'properties.platformx' is not sortable")
        .contains("eo:cloud_cover");
    assertThat(anonymous.get("/stac/search?sortby=datetime,-datetime").body())
        .contains("more than once");
    assertThat(
            anonymous
                .postJson(
                    "/stac/search", "{\"sortby\": [{\"field\": \"gsd\", \"direction\": \"up\"}]}")
                .body())
        .contains("sortby[0].direction must be asc or desc");
    // A token only continues the order it was issued for.
    String nextUrl =
        next(anonymous.get("/stac/search?collections=even&limit=5&sortby=-datetime").json());
    ApiClient.Answer switched =
        anonymous.get(nextUrl.replace("sortby=-datetime", "sortby=datetime"));
    assertThat(switched.status()).isEqualTo(400);
    assertThat(switched.body()).contains("token was issued for sortby '-datetime,-collection,-id'");
  }

  @Test
  void postSearchPagesWithABodyToken() {
    Set<String> seen = new HashSet<>();
    JsonNode body = JSON.valueToTree(object("collections", List.of("odd"), "limit", 50));
    for (int pages = 0; pages < 5 && body != null; pages++) {
      JsonNode page = anonymous.postJson("/stac/search", body.toString()).json();
      seen.addAll(ids(page));
      body = null;
      for (JsonNode link : page.get("links")) {
        if (link.get("rel").asText().equals("next")) {
          assertThat(link.get("method").asText()).isEqualTo("POST");
          body = link.get("body");
        }
      }
    }
    assertThat(seen).hasSize(125).allMatch(id -> Integer.parseInt(id.substring(5)) % 2 == 1);
  }

  @Test
  void itemLinksPointToThisServerAndTheProvidersStayAsVia() throws Exception {
    String geometry =
        "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[128,41],[128.1,41],[128.1,41.1],"
            + "[128,41.1],[128,41]]]},\"properties\":{\"datetime\":\"2022-03-01T00:00:00Z\"},\"assets\":{}";
    String published =
        "{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"linked-1\",\"collection\":\"linked\","
            + geometry
            + ",\"links\":[{\"rel\":\"self\",\"href\":\"https://provider.example/items/linked-1\"},"
            + "{\"rel\":\"root\",\"href\":\"https://provider.example/\",\"title\":\"Provider\"},"
            + "{\"rel\":\"parent\",\"href\":\"../collection.json\"},"
            + "{\"rel\":\"license\",\"href\":\"https://license.example/terms\"},"
            + "{\"rel\":\"preview\",\"href\":\"./preview.png\",\"type\":\"image/png\"}]}";
    // Without links, without a collection member (the ingest's default), a relative link alone.
    String bare =
        "{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"linked-2\","
            + geometry
            + ",\"links\":[{\"rel\":\"parent\",\"href\":\"../catalog.json\"}]}";
    ApiClient.Answer report =
        analyst.post(
            "/imagery/ingest?collection=linked",
            HttpRequest.BodyPublishers.ofString(published + "\n" + bare),
            "Content-Type",
            "application/x-ndjson");
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    String base = "http://127.0.0.1:" + APP.getLocalPort() + "/api/stac";

    JsonNode one = anonymous.get("/stac/collections/linked/items/linked-1").json();
    assertThat(one.get("links").toString())
        .isEqualTo(
            JSON.readTree(
                    ("[{'rel':'self','href':'%1$s/collections/linked/items/linked-1','type':'application/geo+json'},"
                            + "{'rel':'parent','href':'%1$s/collections/linked','type':'application/json'},"
                            + "{'rel':'collection','href':'%1$s/collections/linked','type':'application/json'},"
                            + "{'rel':'root','href':'%1$s','type':'application/json'},"
                            + "{'rel':'via','href':'https://provider.example/items/linked-1','title':'the provider\\u0027s self link'},"
                            + "{'rel':'via','href':'https://provider.example/','title':'Provider'},"
                            + "{'rel':'via','href':'https://provider.example/collection.json','title':'the provider\\u0027s parent link'},"
                            + "{'rel':'license','href':'https://license.example/terms'},"
                            + "{'rel':'preview','href':'https://provider.example/items/preview.png','type':'image/png'}]")
                        .formatted(base)
                        .replace('\'', '"'))
                .toString());
    JsonNode two = anonymous.get("/stac/collections/linked/items/linked-2").json();
    assertThat(two.get("collection").asText()).isEqualTo("linked");
    assertThat(two.get("links")).hasSize(4);
    assertThat(two.get("links").get(0).get("href").asText())
        .isEqualTo(base + "/collections/linked/items/linked-2");
    // The database keeps the text received.
    String stored =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT item::text FROM scene WHERE id = 'linked-2'")
                        .mapTo(String.class)
                        .one());
    assertThat(JSON.readTree(stored)).isEqualTo(JSON.readTree(bare));

    // Links follow the request's host (as a proxy forwards it).
    RawHttp.Response viaHost =
        RawHttp.exchange(
            APP.getLocalPort(),
            String.join(
                "\r\n",
                "GET /api/stac/collections/linked/items/linked-1 HTTP/1.1",
                "Host: sightline.example.org",
                "Connection: close",
                "",
                ""));
    assertThat(viaHost.status()).isEqualTo(200);
    assertThat(JSON.readTree(viaHost.body()).at("/links/0/href").asText())
        .isEqualTo("http://sightline.example.org/api/stac/collections/linked/items/linked-1");

    // Search and items responses: numberMatched over all pages, numberReturned, self.
    for (String path :
        List.of(
            "/stac/search?collections=linked&limit=1", "/stac/collections/linked/items?limit=1")) {
      JsonNode page = anonymous.get(path).json();
      assertThat(page.get("numberMatched").asLong()).as(path).isEqualTo(2);
      assertThat(page.get("numberReturned").asLong()).as(path).isEqualTo(1);
      assertThat(page.at("/links/0/rel").asText()).isEqualTo("self");
      assertThat(page.at("/links/0/href").asText())
          .isEqualTo("http://127.0.0.1:" + APP.getLocalPort() + "/api" + path);
      assertThat(page.at("/features/0/links/0/rel").asText()).isEqualTo("self");
    }
    JsonNode posted =
        anonymous.postJson("/stac/search", "{\"collections\": [\"linked\"], \"limit\": 1}").json();
    assertThat(posted.get("numberMatched").asLong()).isEqualTo(2);
    assertThat(posted.at("/links/0/rel").asText()).isEqualTo("self");
    assertThat(posted.at("/links/0/method").asText()).isEqualTo("POST");
    assertThat(posted.at("/links/0/body/collections/0").asText()).isEqualTo("linked");
    JsonNode none = anonymous.get("/stac/search?collections=linked&ids=nothing").json();
    assertThat(none.get("numberMatched").asLong()).isZero();
    assertThat(none.get("numberReturned").asLong()).isZero();
  }

  @Test
  void filtersBehaveAsTheStacApiSays() {
    assertThat(ids(anonymous.get("/stac/search?ids=grid-007,grid-008&limit=10").json()))
        .containsExactly("grid-007", "grid-008");
    // Open-ended and closed intervals; items are one a day from 2020-01-01.
    assertThat(ids(anonymous.get("/stac/search?datetime=../2020-01-10T23:59:59Z&limit=100").json()))
        .hasSize(10);
    assertThat(
            ids(
                anonymous
                    .get(
                        "/stac/search?collections=even,odd&datetime=2020-09-01T00:00:00Z/..&limit=1000")
                    .json()))
        .hasSize(250 - 244);
    assertThat(ids(anonymous.get("/stac/search?datetime=2020-01-05&limit=100").json()))
        .containsExactly("grid-004");
    assertThat(anonymous.get("/stac/search?datetime=../..").status()).isEqualTo(400);
    // A bbox touching only the first grid cell column west of 126.06.
    assertThat(
            ids(
                anonymous
                    .get("/stac/search?collections=even,odd&bbox=125.9,38.9,126.03,40.6&limit=1000")
                    .json()))
        .allMatch(id -> Integer.parseInt(id.substring(5)) % 15 == 0);
    String intersects =
        URLEncoder.encode(
            "{\"type\":\"Point\",\"coordinates\":[126.02,39.02]}", StandardCharsets.UTF_8);
    assertThat(ids(anonymous.get("/stac/search?intersects=" + intersects + "&limit=1000").json()))
        .contains("grid-000");
    ApiClient.Answer both =
        anonymous.get("/stac/search?bbox=126,39,127,40&intersects=" + intersects);
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.body()).contains("bbox and intersects cannot be used together");
    assertThat(anonymous.get("/stac/search?limit=0").status()).isEqualTo(400);
    assertThat(
            anonymous
                .get("/stac/search?collections=even,odd&limit=99999")
                .json()
                .get("numberReturned")
                .asInt())
        .as("clamped to 10000, so all 250")
        .isEqualTo(250);
    assertThat(anonymous.get("/stac/search?token=garbage").status()).isEqualTo(400);
  }

  @Test
  void coverageFractionsAndRevisitsMatchAHandComputedCase() {
    // A facility whose boundary is 126.0..126.2 E x 41.0..41.2 N, and three scenes: the west half
    // (cloud 10),
    // the whole of it (cloud 50), and one elsewhere.
    assertThat(
            analyst
                .postJson(
                    "/facilities",
                    object(
                        "id",
                        "cover-camp",
                        "name",
                        "Coverage camp",
                        "type",
                        "kyohwaso",
                        "status",
                        "operational",
                        "location",
                        object("type", "Point", "coordinates", List.of(126.1, 41.1))))
                .status())
        .isEqualTo(201);
    List<List<Double>> square =
        List.of(
            List.of(126.0, 41.0),
            List.of(126.2, 41.0),
            List.of(126.2, 41.2),
            List.of(126.0, 41.2),
            List.of(126.0, 41.0));
    assertThat(
            analyst
                .postJson(
                    "/facilities/cover-camp/boundaries",
                    object(
                        "geometry",
                        object("type", "Polygon", "coordinates", List.of(square)),
                        "basis",
                        "published",
                        "confidence",
                        "high"))
                .status())
        .isEqualTo(201);
    String scenes =
        String.join(
            "\n",
            scene("half-west", "2021-03-01T02:00:00Z", 125.9, 126.1, 10),
            scene("whole", "2021-06-01T02:00:00Z", 125.9, 126.3, 50),
            scene("elsewhere", "2021-07-01T02:00:00Z", 127.5, 127.6, 0));
    assertThat(
            analyst
                .post(
                    "/imagery/ingest?collection=cover",
                    HttpRequest.BodyPublishers.ofString(scenes),
                    "Content-Type",
                    "application/x-ndjson")
                .status())
        .isEqualTo(200);

    JsonNode cover = analyst.get("/facilities/cover-camp/coverage?maxCloud=20").json();
    assertThat(cover).hasSize(2);
    assertThat(cover.get(0).get("id").asText()).isEqualTo("half-west");
    assertThat(cover.get(0).get("coveredFraction").asDouble()).isCloseTo(0.5, Offset.offset(1e-6));
    assertThat(cover.get(0).get("areaSource").asText()).isEqualTo("boundary");
    assertThat(cover.get(0).get("usable").asBoolean()).as("half covered is under 0.9").isFalse();
    assertThat(cover.get(1).get("coveredFraction").asDouble()).isCloseTo(1.0, Offset.offset(1e-9));
    assertThat(cover.get(1).get("usable").asBoolean()).as("cloud 50 is over 20").isFalse();
    assertThat(
            analyst
                .get("/facilities/cover-camp/coverage?minCoverage=0.4&maxCloud=20&usableOnly=true")
                .json())
        .hasSize(1);
    assertThat(analyst.get("/facilities/cover-camp/coverage/csv?minCoverage=0.4").body())
        .startsWith("collection,id,acquired_at")
        .contains("cover,half-west,2021-03-01T02:00:00Z,,,10.0,0.5000,boundary,true");
    JsonNode revisits =
        analyst
            .get(
                "/facilities/cover-camp/revisits?from=2021-01-01&to=2021-12-31&minCoverage=0.4&maxCloud=60")
            .json();
    assertThat(revisits.get("scenes").asInt()).isEqualTo(2);
    assertThat(revisits.at("/revisits/perYear/2021").asInt()).isEqualTo(2);
    assertThat(revisits.at("/revisits/gaps/0/kind").asText())
        .as("gaps between scenes come before the window's edges")
        .isEqualTo("between-scenes");
    assertThat(revisits.at("/revisits/longestBetweenScenes"))
        .isEqualTo(revisits.at("/revisits/gaps/0"));
    JsonNode afterLast = null;
    for (JsonNode gap : revisits.at("/revisits/gaps")) {
      if (gap.get("kind").asText().equals("after-last-scene")) {
        afterLast = gap;
      }
    }
    assertThat(afterLast).as("the gap after the last scene").isNotNull();
    assertThat(afterLast.get("days").asDouble())
        .as("Jun 1 02:00 to the end of the year")
        .isCloseTo(213.9166, Offset.offset(0.001));
    assertThat(analyst.get("/facilities/cover-camp/coverage?minCoverage=2").status())
        .isEqualTo(400);
    assertThat(anonymous.get("/facilities/cover-camp/coverage").status())
        .as("unpublished")
        .isEqualTo(404);
    // The sample: Camp 15's real Sentinel-2 scenes against its placeholder search area.
    JsonNode camp15 = anonymous.get("/facilities/kwanliso-15-yodok/coverage").json();
    assertThat(camp15.size()).isGreaterThan(5);
    assertThat(camp15.get(0).get("coveredFraction").asDouble()).isEqualTo(1.0);
  }

  @Test
  void coveredFractionsAreEllipsoidalAreasNotDegreeAreas() {
    // A thin boundary 125.00..125.04 E x 33.5..43.5 N and a scene over its southern half in
    // degrees (33.0..38.5 N). A degree of latitude holds more ground in the south (meridians
    // converge northwards); the area is west of the other tests' scenes, so on the ellipsoid that
    // half is about 51.7 % of the area, while
    // degree areas would say 50 %: a flat-area coverage fails here.
    assertThat(
            analyst
                .postJson(
                    "/facilities",
                    object(
                        "id",
                        "tall-camp",
                        "name",
                        "Tall camp",
                        "type",
                        "kyohwaso",
                        "status",
                        "operational",
                        "location",
                        object("type", "Point", "coordinates", List.of(125.02, 38.5))))
                .status())
        .isEqualTo(201);
    Polygon boundary = Geometries.box(125.00, 33.5, 125.04, 43.5);
    List<List<Double>> ring = new ArrayList<>();
    for (Coordinate c : boundary.getExteriorRing().getCoordinates()) {
      ring.add(List.of(c.x, c.y));
    }
    ApiClient.Answer added =
        analyst.postJson(
            "/facilities/tall-camp/boundaries",
            object(
                "geometry",
                object("type", "Polygon", "coordinates", List.of(ring)),
                "basis",
                "published",
                "confidence",
                "high"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    String south =
        ("{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"south-half\",\"geometry\":"
            + "{\"type\":\"Polygon\",\"coordinates\":[[[124.9,33.0],[125.2,33.0],[125.2,38.5],[124.9,38.5],[124.9,33.0]]]},"
            + "\"properties\":{\"datetime\":\"2022-05-01T02:00:00Z\",\"eo:cloud_cover\":5},\"links\":[],\"assets\":{}}");
    assertThat(
            analyst
                .post(
                    "/imagery/ingest?collection=tall",
                    HttpRequest.BodyPublishers.ofString(south),
                    "Content-Type",
                    "application/x-ndjson")
                .status())
        .isEqualTo(200);

    double ellipsoidalShare =
        Measures.areaSqKm(Geometries.box(125.00, 33.5, 125.04, 38.5)) / Measures.areaSqKm(boundary);
    double degreeShare = 5.0 / 10.0;
    assertThat(ellipsoidalShare - degreeShare)
        .as("the case tells the two apart")
        .isGreaterThan(0.015);
    JsonNode cover = analyst.get("/facilities/tall-camp/coverage").json();
    assertThat(cover).hasSize(1);
    assertThat(cover.get(0).get("id").asText()).isEqualTo("south-half");
    assertThat(cover.get(0).get("areaSource").asText()).isEqualTo("boundary");
    assertThat(cover.get(0).get("coveredFraction").asDouble())
        .as("GeographicLib's share of the WGS 84 area")
        .isCloseTo(ellipsoidalShare, Offset.offset(1e-4));
  }

  private static String scene(String id, String datetime, double west, double east, int cloud) {
    return ("{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"%s\",\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[%s,40.9],[%s,40.9],[%s,41.3],[%s,41.3],[%s,40.9]]]},\"properties\":{\"datetime\":\"%s\","
            + "\"eo:cloud_cover\":%d},\"links\":[],\"assets\":{}}")
        .formatted(id, west, east, east, west, west, datetime, cloud);
  }

  @Test
  void itemsComeBackExactlyAsStoredAndTheCatalogDescribesItself() throws Exception {
    String item = anonymous.get("/stac/collections/even/items/grid-010").body();
    assertThat(item).contains("0.12345678901234567890");
    assertThat(JSON.readTree(item).get("id").asText()).isEqualTo("grid-010");
    assertThat(anonymous.get("/stac/collections/even/items/grid-011").status()).isEqualTo(404);
    // A collection's items: known by whether any scene is in it (not by its summary).
    assertThat(anonymous.get("/stac/collections/even/items?limit=1").json().get("features"))
        .hasSize(1);
    ApiClient.Answer unknown = anonymous.get("/stac/collections/odd-one/items");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("there is no collection 'odd-one'");
    JsonNode landing = anonymous.get("/stac").json();
    assertThat(landing.get("type").asText()).isEqualTo("Catalog");
    assertThat(landing.get("conformsTo").toString())
        .contains("item-search")
        .contains("item-search#sort")
        .doesNotContain("fields")
        .doesNotContain("filter");
    JsonNode collections = anonymous.get("/stac/collections").json();
    List<String> names = new ArrayList<>();
    collections.get("collections").forEach(c -> names.add(c.get("id").asText()));
    assertThat(names).contains("even", "odd", "sentinel-2-l2a").isSorted();
    JsonNode even = anonymous.get("/stac/collections/even").json();
    assertThat(even.at("/extent/temporal/interval/0/0").asText()).isEqualTo("2020-01-01T02:00:00Z");
    assertThat(ids(anonymous.get("/stac/collections/odd/items?limit=5").json()))
        .hasSize(5)
        .allMatch(id -> Integer.parseInt(id.substring(5)) % 2 == 1);
  }

  @Test
  void aBodyThatStopsBeingJsonIsA400SayingWhereAndKeepsTheItemsBeforeIt() {
    String[] lines = generated().replace("grid-", "broken-").replace("2020-", "2023-").split("\n");
    String body =
        lines[0].replace("\"even\"", "\"broken\"")
            + "\n"
            + lines[1].replace("\"odd\"", "\"broken\"")
            + "\n{\"type\": \"Feature\", \"id\": <html>\n"
            + lines[2].replace("\"even\"", "\"broken\"")
            + "\n";
    ApiClient.Answer answer =
        analyst.post(
            "/imagery/ingest",
            HttpRequest.BodyPublishers.ofString(body),
            "Content-Type",
            "application/x-ndjson");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    JsonNode report = answer.json();
    assertThat(report.get("code").asInt()).isEqualTo(400);
    assertThat(report.get("message").asText()).isEqualTo(report.get("unreadable").get(0).asText());
    assertThat(report.get("inserted").asLong()).isEqualTo(2);
    assertThat(report.get("unreadable").get(0).asText())
        .startsWith("http: not valid JSON at line 3, column 27: Unexpected character ('<'")
        .endsWith("(the 2 Items before it were read; nothing after it)");
    assertThat(ids(anonymous.get("/stac/search?collections=broken&limit=10").json()))
        .containsExactlyInAnyOrder("broken-000", "broken-001");
  }

  @Test
  void aBodyTakenForUtf32ThatIsNotIsA400NotA500() {
    // Found by fuzzing (docs/FUZZING.md): Jackson reads a body that starts with three NUL bytes as
    // UTF-32 and fails with CharConversionException, which is no JsonProcessingException.
    byte[] body = {0, 0, 0, '{', 0x3a, 0x1f, 0x22, 0x46};
    for (String path : List.of("/imagery/ingest", "/imagery/ingest?format=flat")) {
      ApiClient.Answer answer =
          analyst.post(
              path,
              HttpRequest.BodyPublishers.ofByteArray(body),
              "Content-Type",
              "application/x-ndjson");
      assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
      assertThat(answer.json().get("unreadable").get(0).asText())
          .startsWith("http: not valid JSON: its text is not UTF-8, UTF-16 or UTF-32 (");
    }
  }

  @Test
  void rejectedItemsAreA422InTheErrorShapeWithTheReportBesideIt() {
    String[] lines =
        generated().replace("grid-", "rejected-").replace("2020-", "2024-").split("\n");
    String body =
        lines[0]
            + "\n"
            + lines[1].replaceFirst("\"eo:cloud_cover\":\\d+", "\"eo:cloud_cover\":140")
            + "\n";
    ApiClient.Answer answer =
        analyst.post(
            "/imagery/ingest",
            HttpRequest.BodyPublishers.ofString(body),
            "Content-Type",
            "application/x-ndjson");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
    JsonNode problem = answer.json();
    assertThat(problem.get("code").asInt()).isEqualTo(422);
    assertThat(problem.get("message").asText()).startsWith("1 of 2 Items were rejected");
    assertThat(problem.get("inserted").asLong()).isEqualTo(1);
    assertThat(problem.get("rejected").asLong()).isEqualTo(1);
  }
}
