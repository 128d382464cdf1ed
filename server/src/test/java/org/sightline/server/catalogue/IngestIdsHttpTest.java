package org.sightline.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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
 * Item and collection ids over real HTTP: the ids accepted come back from their percent-encoded
 * item URL; too long ids and ids that would not stay one path segment are refused at ingest with
 * the reason, the rest of the body stored. The flat input format over HTTP.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class IngestIdsHttpTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static ApiClient anonymous;
  private static ApiClient analyst;

  /** Ids that stay one path segment once percent-encoded; the longest allowed among them. */
  static final List<String> ROUND_TRIP_IDS =
      List.of(
          "with space",
          "q?x#y;z",
          "a;b=c",
          "a:b+c&d=e,f",
          "요덕-2024",
          "a..b",
          ".hidden",
          "trailing.",
          "emoji-\uD83D\uDEF0",
          "요".repeat(256),
          "\uD83D\uDEF0".repeat(256));

  static String item(String collection, String id) {
    return ("{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":%s,\"collection\":%s,"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[126,39],[127,39],[127,40],[126,40],[126,39]]]},"
            + "\"properties\":{\"datetime\":\"2021-05-01T02:00:00Z\"},\"links\":[],\"assets\":{}}\n")
        .formatted(json(id), json(collection));
  }

  private static String json(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A path segment as a client encodes it (RFC 3986: space as %20, not +). */
  static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static ApiClient.Answer ingest(String query, String body) {
    return analyst.post(
        "/imagery/ingest" + query,
        HttpRequest.BodyPublishers.ofString(body),
        "Content-Type",
        "application/x-ndjson");
  }

  @BeforeAll
  static void users() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    analyst = anonymous.as(users.tokenFor("ids-analyst", Role.ANALYST));
  }

  @Test
  void idsThatStayOnePathSegmentRoundTripThroughTheirPercentEncodedItemUrl() {
    StringBuilder body = new StringBuilder();
    ROUND_TRIP_IDS.forEach(id -> body.append(item("ids round trip", id)));
    ApiClient.Answer report = ingest("", body.toString());
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    assertThat(report.json().get("inserted").asInt()).isEqualTo(ROUND_TRIP_IDS.size());
    for (String id : ROUND_TRIP_IDS) {
      String url = "/stac/collections/" + segment("ids round trip") + "/items/" + segment(id);
      ApiClient.Answer answer = anonymous.get(url);
      assertThat(answer.status()).as("%s -> %s", id, answer).isEqualTo(200);
      assertThat(answer.json().get("id").asText()).isEqualTo(id);
      assertThat(answer.json().get("collection").asText()).isEqualTo("ids round trip");
    }
  }

  @Test
  void tooLongIdsAndIdsThatWouldSplitTheUrlAreRefusedWithTheReasonAndTheRestStored() {
    String body =
        item("ids refused", "x".repeat(100_000))
            + item("ids refused", "a/b")
            + item("ids refused", "..")
            + item("ids refused", "back\\slash")
            + item("ids refused", "100%")
            + item("x/y", "fine-id")
            + item("ids refused", "kept-1")
            + item("ids refused", "kept-2");
    ApiClient.Answer report = ingest("", body);
    assertThat(report.status()).as(report.toString()).isEqualTo(422);
    JsonNode json = report.json();
    assertThat(json.get("code").asInt()).isEqualTo(422);
    assertThat(json.get("inserted").asInt()).isEqualTo(2);
    assertThat(json.get("rejected").asInt()).isEqualTo(6);
    List<String> examples = new ArrayList<>();
    json.get("rejectedExamples").forEach(example -> examples.add(example.asText()));
    assertThat(examples)
        .containsExactly(
            "http #1 "
                + "x".repeat(60)
                + "...: id is 100,000 characters long ("
                + "x".repeat(40)
                + "...); at most 256 are accepted, as it is a segment of the"
                + " Item's URL",
            "http #2 a/b: id 'a/b' contains '/' at position 2, which would split the Item's URL"
                + " path; use another separator such as '_'",
            "http #3 ..: id '..' is a relative path segment, which cannot name anything in a URL",
            "http #4 back\\slash: id 'back\\slash' contains '\\' at position 5, which would split"
                + " the Item's URL path; use another separator such as '_'",
            "http #5 100%: id '100%' contains '%' at position 4: its encoding %25 in the Item's URL"
                + " is refused by the HTTP server as an ambiguous path encoding",
            "http #6 fine-id: collection 'x/y' contains '/' at position 2, which would split the"
                + " Item's URL path; use another separator such as '_'");
    assertThat(
            anonymous.get("/stac/collections/" + segment("ids refused") + "/items/kept-2").status())
        .isEqualTo(200);
    // The too long id never reached the database, so its URL is not the 414 it used to be.
    assertThat(
            anonymous
                .get("/stac/search?collections=" + segment("ids refused") + "&limit=100")
                .json()
                .get("features")
                .size())
        .isEqualTo(2);
  }

  @Test
  void aDefaultCollectionOrAFormatThatCannotBeUsedIsA400() {
    ApiClient.Answer badCollection = ingest("?collection=" + segment("a/b"), item("c", "i"));
    assertThat(badCollection.status()).isEqualTo(400);
    assertThat(badCollection.json().get("message").asText())
        .isEqualTo(
            "collection 'a/b' contains '/' at position 2, which would split the Item's URL path;"
                + " use another separator such as '_'");
    ApiClient.Answer badFormat = ingest("?format=shapefile", item("c", "i"));
    assertThat(badFormat.status()).isEqualTo(400);
    assertThat(badFormat.json().get("message").asText())
        .isEqualTo("format: unknown input format 'shapefile'; expected one of stac, flat");
  }

  @Test
  void flatFootprintsAreReadWithFormatFlatAndNamedInTheRejectionWithout() {
    String footprints =
        """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"datetime": "2024-05-02T16:27:28Z", "platform": "WV02",
            "gsd": 0.48, "catalog_id": "10300100F9791C00", "quadkey": "033131010230",
            "tile:clouds_percent": 7,
            "visual": "https://maxar-opendata.s3.amazonaws.com/x/10300100F9791C00-visual.tif"},
           "geometry": {"type": "Polygon", "coordinates": [[[126, 39], [127, 39], [127, 40], [126, 40], [126, 39]]]}}]}
        """;
    ApiClient.Answer asStac = ingest("?collection=maxar-http", footprints);
    assertThat(asStac.status()).isEqualTo(422);
    assertThat(asStac.json().get("rejectedByReason").fieldNames().next())
        .contains("stac_version is missing")
        .contains("?format=flat");
    ApiClient.Answer flat = ingest("?collection=maxar-http&format=flat", footprints);
    assertThat(flat.status()).as(flat.toString()).isEqualTo(200);
    assertThat(flat.json().get("inserted").asInt()).isEqualTo(1);
    JsonNode item =
        anonymous.get("/stac/collections/maxar-http/items/10300100F9791C00_033131010230").json();
    assertThat(item.get("stac_version").asText()).isEqualTo("1.0.0");
    assertThat(item.get("properties").get("eo:cloud_cover").asInt()).isEqualTo(7);
    assertThat(item.get("assets").get("visual").get("href").asText()).endsWith("-visual.tif");
  }
}
