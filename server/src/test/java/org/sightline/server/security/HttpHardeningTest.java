package org.sightline.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.sightline.server.testing.TestPublishing;
import org.sightline.server.testing.TestUsers;

/** CORS, request size limits, publication rules and the health check, over real HTTP. */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class HttpHardeningTest {
  private static final String FRIEND = "https://maps.example.org";
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(
          DATABASE,
          ConfigOverride.config("http.allowedOrigins", FRIEND + ",https://second.example.org"),
          ConfigOverride.config("http.maxRequestSize", "4KiB"));
  private static ApiClient anonymous;
  private static TestUsers users;

  @BeforeAll
  static void setUp() {
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    users = new TestUsers(DATABASE, Clock.systemUTC());
  }

  private static ApiClient.Answer preflight(String origin) {
    return anonymous.method(
        "OPTIONS",
        "/collections",
        HttpRequest.BodyPublishers.noBody(),
        "Origin",
        origin,
        "Access-Control-Request-Method",
        "GET",
        "Access-Control-Request-Headers",
        "authorization");
  }

  @Test
  void onlyConfiguredOriginsGetCorsAndNoCredentialsModeIsOffered() {
    ApiClient.Answer allowed = preflight(FRIEND);
    assertThat(allowed.status()).isEqualTo(204);
    assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(FRIEND);
    assertThat(allowed.header("Access-Control-Allow-Headers"))
        .contains("Authorization")
        .contains("If-Match");
    assertThat(allowed.header("Access-Control-Allow-Credentials")).isNull();

    ApiClient.Answer stranger = preflight("https://evil.example");
    assertThat(stranger.status()).isEqualTo(403);
    assertThat(stranger.header("Access-Control-Allow-Origin")).isNull();

    ApiClient.Answer simpleFromStranger =
        anonymous.get("/collections", "Origin", "https://evil.example");
    assertThat(simpleFromStranger.status()).isEqualTo(200);
    assertThat(simpleFromStranger.header("Access-Control-Allow-Origin")).isNull();
    assertThat(String.join(",", simpleFromStranger.headers().allValues("Vary"))).contains("Origin");

    ApiClient.Answer simpleFromFriend = anonymous.get("/collections", "Origin", FRIEND);
    assertThat(simpleFromFriend.header("Access-Control-Allow-Origin")).isEqualTo(FRIEND);
    assertThat(simpleFromFriend.header("Access-Control-Expose-Headers")).contains("ETag");
  }

  @Test
  void oversizedJsonBodiesGet413WithOrWithoutContentLength() {
    String big = "{\"username\": \"" + "x".repeat(500_000) + "\", \"password\": \"y\"}";
    ApiClient.Answer declared = anonymous.postJson("/auth/login", big);
    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.body()).contains("larger than the limit of 4096 bytes");
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    ApiClient.Answer chunked =
        anonymous.post(
            "/auth/login",
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
            "Content-Type",
            "application/json");
    assertThat(chunked.status()).isEqualTo(413);
    assertThat(chunked.header("Connection")).isEqualTo("close");
    String small = "{\"username\": \"x\", \"password\": \"y\"}";
    byte[] smallBytes = small.getBytes(StandardCharsets.UTF_8);
    assertThat(
            anonymous
                .post(
                    "/auth/login",
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(smallBytes)),
                    "Content-Type",
                    "application/json")
                .status())
        .as("a small chunked body still reaches the resource")
        .isEqualTo(401);
  }

  @Test
  void malformedOrMistypedJsonSaysWhatAndWhere() {
    ApiClient.Answer misspelt =
        anonymous.postJson("/auth/login", "{\"username\": \"x\", \"pasword\": \"y\"}");
    assertThat(misspelt.status()).isEqualTo(400);
    assertThat(misspelt.json().get("message").asText())
        .isEqualTo(
            "unknown field 'pasword'; expected one of: password, username (at $.pasword) [line 1, column 34]");
    ApiClient.Answer truncated = anonymous.postJson("/auth/login", "{\"username\": \"x\", ");
    assertThat(truncated.status()).isEqualTo(400);
    assertThat(truncated.json().get("message").asText())
        .startsWith("invalid JSON: Unexpected end-of-input")
        .endsWith("[line 1, column 19]");
    ApiClient.Answer mistyped =
        anonymous.postJson("/auth/login", "{\"username\": \"x\", \"password\": [\"y\"]}");
    assertThat(mistyped.status()).isEqualTo(400);
    assertThat(mistyped.json().get("message").asText()).contains("(at $.password)");
  }

  @Test
  void securityHeadersOnApiAnswersAndNoHstsOverPlainHttp() {
    ApiClient.Answer answer = anonymous.get("/collections");
    assertThat(answer.header("Content-Security-Policy")).contains("script-src 'self'");
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(answer.header("Strict-Transport-Security")).isNull();
  }

  @Test
  void anonymousVisitorsSeeOnlyPublishedFacilitiesAndAdvocatesDecide() {
    ApiClient analyst = anonymous.as(users.tokenFor("pub-analyst", Role.ANALYST));
    ApiClient advocate = anonymous.as(users.tokenFor("pub-advocate", Role.ADVOCATE));
    String item = "/collections/facilities/items/kwanliso-15-yodok";
    assertThat(anonymous.get(item).status()).isEqualTo(200);
    int publicCount =
        anonymous
            .get("/collections/facilities/items?limit=1000")
            .json()
            .get("numberMatched")
            .asInt();

    assertThat(
            analyst
                .putJson(
                    "/facilities/kwanliso-15-yodok/publication",
                    "{\"published\": false, \"reason\": \"test\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            advocate
                .putJson("/facilities/kwanliso-15-yodok/publication", "{\"published\": false}")
                .status())
        .as("a withdrawal needs a reason")
        .isEqualTo(400);
    ApiClient.Answer unpublished =
        advocate.putJson(
            "/facilities/kwanliso-15-yodok/publication",
            "{\"published\": false, \"reason\": \"hardening test\"}");
    assertThat(unpublished.status()).as(unpublished.toString()).isEqualTo(200);
    assertThat(anonymous.get(item).status()).isEqualTo(404);
    assertThat(
            anonymous
                .get("/collections/facilities/items?limit=1000")
                .json()
                .get("numberMatched")
                .asInt())
        .isEqualTo(publicCount - 1);
    assertThat(anonymous.get("/collections/facilities/items?limit=1000").body())
        .doesNotContain("kwanliso-15-yodok");
    assertThat(analyst.get(item).status()).as("logged-in staff still see it").isEqualTo(200);

    List<String> events =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT action || ' by ' || actor FROM audit_event WHERE entity_type = 'facility'"
                                + " AND entity_id = 'kwanliso-15-yodok' AND actor LIKE 'user:%' ORDER BY seq")
                        .mapTo(String.class)
                        .list());
    assertThat(events)
        .as("the change and the staff read of the unpublished facility are audited")
        .containsExactly("update by user:pub-advocate", "read by user:pub-analyst");

    assertThat(
            advocate
                .putJson("/facilities/kwanliso-15-yodok/publication", "{\"published\": true}")
                .status())
        .as("publishing goes through review")
        .isEqualTo(409);
    TestPublishing.publishFacility(analyst, advocate, "kwanliso-15-yodok");
    assertThat(anonymous.get(item).status()).isEqualTo(200);
    assertThat(
            advocate
                .putJson(
                    "/facilities/no-such-camp/publication",
                    "{\"published\": false, \"reason\": \"test\"}")
                .status())
        .isEqualTo(404);
    assertThat(
            advocate
                .putJson("/facilities/kwanliso-15-yodok/publication", "{\"published\": \"maybe\"}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void theOpenApiDescriptionDeclaresTheBearerScheme() {
    var description = anonymous.get("/openapi.json").json();
    assertThat(description.at("/components/securitySchemes/bearer/scheme").asText())
        .isEqualTo("bearer");
    assertThat(description.at("/paths/~1evidence/post").isMissingNode()).isFalse();
  }

  @Test
  void theAppendOnlyHealthCheckPassesForTheServerRole() {
    ApiClient.Answer health =
        new ApiClient("http://127.0.0.1:" + APP.getAdminPort(), null).get("/healthcheck");
    assertThat(health.json().at("/append-only/healthy").asBoolean()).as(health.body()).isTrue();
  }

  /**
   * Reads one HTTP/1.1 response with a Content-Length body; returns the status line and headers.
   */
  private static String readResponse(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("connection closed after: " + head);
      }
      head.append((char) b);
    }
    Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(head);
    if (length.find()) {
      in.readNBytes(Integer.parseInt(length.group(1)));
    }
    return head.toString();
  }

  @Test
  void aRefusedRequestWhoseBodyArrivesLateLeavesTheConnectionReusable() throws Exception {
    // Headers first; the body only after the server could have answered (it is refused: 401).
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), APP.getLocalPort())) {
      socket.setSoTimeout(10_000);
      var out = socket.getOutputStream();
      String body = "{\"name\": \"t\", \"days\": 30}";
      out.write(
          ("POST /api/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + body.length()
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(500);
      out.write(body.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String first = readResponse(socket.getInputStream());
      assertThat(first).startsWith("HTTP/1.1 401").doesNotContainIgnoringCase("connection: close");
      // The same connection serves the next request.
      out.write(
          "GET /api/stac HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200");
    }
  }
}
