package org.sightline.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * The one rule for query parameters on real endpoints: bad numbers, unknown names, {@code f} and
 * NUL characters answer 400 naming the parameter, and what typical clients send still works.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class QueryParametersHttpTest {
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static ApiClient anonymous;
  private static ApiClient admin;

  @BeforeAll
  static void setUp() {
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    admin =
        anonymous.as(
            new TestUsers(DATABASE, Clock.systemUTC()).tokenFor("params-admin", Role.ADMIN));
  }

  private static JsonNode refused(ApiClient client, String path) {
    ApiClient.Answer answer = client.get(path);
    assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(400);
    assertThat(answer.header("Content-Type")).as(path).startsWith("application/json");
    assertThat(answer.json().path("code").asInt()).isEqualTo(400);
    return answer.json();
  }

  private static String message(ApiClient client, String path) {
    return refused(client, path).path("message").asText();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/collections/facilities/items",
        "/collections/facility-boundaries/items",
        "/collections/zones/items",
        "/stac/search",
        "/stac/collections/sentinel-2-l2a/items",
        "/facilities",
        "/audit/events",
        "/evidence",
      })
  void aLimitThatIsNotAWholeNumberIsA400NamingIt(String path) {
    for (String bad : new String[] {"abc", "1.5"}) {
      assertThat(message(admin, path + "?limit=" + bad)).as(path).contains("limit '" + bad + "'");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/collections/facilities/items",
        "/collections/zones/items",
        "/stac/search",
        "/stac/collections/sentinel-2-l2a/items",
        "/facilities",
        "/audit/events",
        "/collections",
        "/",
      })
  void anUnknownParameterIsA400ListingTheAcceptedOnes(String path) {
    assertThat(message(admin, path + "?colections=x"))
        .as(path)
        .startsWith("unknown query parameter [colections]; this endpoint accepts [");
  }

  @Test
  void theAcceptedParametersAreListed() {
    assertThat(message(anonymous, "/stac/search?query=x"))
        .isEqualTo(
            "unknown query parameter [query]; this endpoint accepts"
                + " [bbox, collections, datetime, f, ids, intersects, limit, sortby, token]");
    assertThat(message(anonymous, "/collections/facility-boundaries/items?kind=mine"))
        .isEqualTo(
            "unknown query parameter [kind]; this endpoint accepts"
                + " [basis, bbox, confidence, cursor, datetime, f, facility, limit]");
  }

  @Test
  void fIsHandledTheSameWayEverywhere() {
    for (String path :
        new String[] {
          "/", "/collections/facilities/items", "/stac/search", "/stac", "/facilities?q=yoduk"
        }) {
      assertThat(anonymous.get(path + (path.contains("?") ? "&" : "?") + "f=json").status())
          .as(path)
          .isEqualTo(200);
      assertThat(message(anonymous, path + (path.contains("?") ? "&" : "?") + "f=html"))
          .as(path)
          .startsWith("f=html is not supported here; this endpoint serves ");
    }
    assertThat(anonymous.get("/stac/search?f=geojson").status()).isEqualTo(200);
    assertThat(message(anonymous, "/collections?f=geojson"))
        .isEqualTo("f=geojson is not supported here; this endpoint serves f=json");
  }

  @Test
  void whatGdalAndPystacClientSendIsAccepted() {
    // GDAL's OAPIF driver
    assertThat(
            anonymous
                .get("/collections/facilities/items?limit=1000&bbox=124,37,131,43&f=json")
                .status())
        .isEqualTo(200);
    // pystac-client's GET search and collection items
    assertThat(
            anonymous
                .get(
                    "/stac/search?limit=100&bbox=124,37,131,43&datetime=2020-01-01T00:00:00Z/.."
                        + "&collections=sentinel-2-l2a&ids=a,b&sortby=-datetime")
                .status())
        .isEqualTo(200);
    assertThat(
            anonymous
                .get("/stac/collections/sentinel-2-l2a/items?limit=5&bbox=124,37,131,43")
                .status())
        .isEqualTo(200);
    assertThat(
            anonymous
                .get(
                    "/stac/search?intersects="
                        + URLEncoder.encode(
                            "{\"type\":\"Point\",\"coordinates\":[126.5,39.5]}",
                            StandardCharsets.UTF_8))
                .status())
        .isEqualTo(200);
  }

  @Test
  void otherTypedParametersAreCheckedToo() {
    assertThat(message(admin, "/audit/events?after=first"))
        .isEqualTo("after 'first' is not a whole number; give digits only, such as after=10");
    assertThat(message(anonymous, "/facilities/kwanliso-15-yodok/coverage?maxCloud=cloudy"))
        .isEqualTo("maxCloud 'cloudy' is not a number; give a decimal such as maxCloud=0.5");
    assertThat(message(anonymous, "/facilities/kwanliso-15-yodok/revisits?gaps=many"))
        .isEqualTo("gaps 'many' is not a whole number; give digits only, such as gaps=10");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/stac/search?ids=%00",
        "/stac/search?collections=a%00b",
        "/stac/collections/sentinel-2-l2a/items?datetime=%00",
        "/collections/facility-boundaries/items?facility=%00",
        "/collections/zones/items?facility=x%00",
        "/collections/facilities/items?type=%00",
        "/facilities?q=%00",
        "/audit/events?entityType=%00",
        "/audit/events?entityId=facility%00",
        "/facilities/kwanliso-15-yodok/boundaries?asOf=%00",
      })
  void aNulCharacterInAQueryValueIsA400(String path) {
    assertThat(message(admin, path)).contains("NUL character");
  }

  @Test
  void aNulCharacterInAPathIsA400FromJettyBeforeAnyResource() {
    assertThat(message(anonymous, "/stac/collections/a%00b/items"))
        .isEqualTo("the request is not valid HTTP: Bad Request");
  }

  @Test
  void aForgedStacTokenHoldingANulIsA400() {
    // A real token, decoded, one of its values given a NUL, encoded again.
    JsonNode page = anonymous.get("/stac/search?limit=1").json();
    String next = null;
    for (JsonNode link : page.path("links")) {
      if (link.path("rel").asText().equals("next")) {
        next = link.path("href").asText();
      }
    }
    assertThat(next).as("the sample has more than one scene").isNotNull();
    String token = next.replaceAll(".*[?&]token=([^&]*).*", "$1");
    String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    assertThat(decoded).startsWith("[\"");
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                decoded.replaceFirst("\"]$", "\\\\u0000\"]").getBytes(StandardCharsets.UTF_8));
    assertThat(new String(Base64.getUrlDecoder().decode(forged), StandardCharsets.UTF_8))
        .endsWith("\\u0000\"]");
    String expected =
        "token '" + forged + "' is not one this server issued; use a 'next' link as given";
    assertThat(message(anonymous, "/stac/search?token=" + forged)).isEqualTo(expected);
    ApiClient.Answer post = anonymous.postJson("/stac/search", ApiClient.object("token", forged));
    assertThat(post.status()).as(post.body()).isEqualTo(400);
    assertThat(post.json().path("message").asText()).isEqualTo(expected);
    ApiClient.Answer ids =
        anonymous.postJson("/stac/search", ApiClient.object("ids", List.of("\0")));
    assertThat(ids.status()).as(ids.body()).isEqualTo(400);
    assertThat(ids.json().path("message").asText()).contains("NUL");
  }
}
