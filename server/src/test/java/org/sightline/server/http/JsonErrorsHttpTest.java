package org.sightline.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.testing.RawHttp;
import org.sightline.server.testing.SightlineAppFactory;

/**
 * Every error of the whole application is the API's JSON {@code {"code", "message"}} with
 * Content-Type application/json, including those Jetty answers before Jersey sees the request, sent
 * as raw bytes no HTTP client would send; none holds a stack trace or a class name, and every one
 * carries the security headers (CSP, nosniff, frame denial, no referrer).
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class JsonErrorsHttpTest {
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.onFreshDatabase();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HEADERS = "Host: 127.0.0.1\r\nConnection: close\r\n";

  private static JsonNode jsonError(String request, int status) throws IOException {
    RawHttp.Response response = RawHttp.exchange(APP.getLocalPort(), request);
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("Content-Type"))
        .as(response.toString())
        .isEqualTo("application/json");
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("code").asInt()).as(response.toString()).isEqualTo(status);
    assertThat(body.get("message").asText())
        .as(response.toString())
        .isNotBlank()
        .doesNotContain("Exception")
        .doesNotContain("org.eclipse")
        .doesNotContain("\tat ");
    // code and message; a refusal of input adds its problems, each with its message.
    assertThat(body.size()).as(response.toString()).isEqualTo(body.has("problems") ? 3 : 2);
    if (body.has("problems")) {
      assertThat(status).isEqualTo(400);
      assertThat(body.get("problems"))
          .allSatisfy(p -> assertThat(p.get("message").asText()).isNotBlank());
    }
    assertSecurityHeaders(response);
    return body;
  }

  private static void assertSecurityHeaders(RawHttp.Response response) {
    assertThat(response.header("Content-Security-Policy"))
        .as(response.toString())
        .startsWith("default-src 'self'")
        .contains("frame-ancestors 'none'");
    assertThat(response.header("X-Content-Type-Options"))
        .as(response.toString())
        .isEqualTo("nosniff");
    assertThat(response.header("X-Frame-Options")).as(response.toString()).isEqualTo("DENY");
    assertThat(response.header("Referrer-Policy")).as(response.toString()).isEqualTo("no-referrer");
    assertThat(response.header("Strict-Transport-Security")).as("plain HTTP: no HSTS").isNull();
  }

  private static String get(String target, String... extraHeaders) {
    return "GET " + target + " HTTP/1.1\r\n" + HEADERS + String.join("", extraHeaders) + "\r\n";
  }

  @Test
  void anUnparseableContentTypeIsAJson400() throws IOException {
    JsonNode body =
        jsonError(
            "POST /api/auth/login HTTP/1.1\r\n"
                + HEADERS
                + "Content-Type: a/b/c;;\r\nContent-Length: 2\r\n\r\n{}",
            400);
    assertThat(body.get("message").asText()).contains("Content-Type").contains("a/b/c;;");
  }

  @Test
  void anAmbiguousPathSeparatorIsAJson400() throws IOException {
    assertThat(jsonError(get("/api/facilities%2F1"), 400).get("message").asText())
        .contains("Ambiguous URI path separator");
  }

  @Test
  void aMalformedPathOrRequestLineIsAJson400() throws IOException {
    jsonError(get("/api/collections%zz"), 400);
    jsonError(get("/api/../../etc/passwd"), 400);
    jsonError("GARBAGE\r\n" + HEADERS + "\r\n", 400);
  }

  @Test
  void anUnknownHttpVersionIsAJson505() throws IOException {
    jsonError("GET /api/collections HTTP/9.9\r\n" + HEADERS + "\r\n", 505);
  }

  @Test
  void aUriOrHeadersOverTheLimitAreJson414And431() throws IOException {
    assertThat(jsonError(get("/api/" + "a".repeat(20_000)), 414).get("message").asText())
        .contains("URI");
    assertThat(
            jsonError(get("/api/collections", "X-Big: " + "b".repeat(20_000) + "\r\n"), 431)
                .get("message")
                .asText())
        .contains("headers");
  }

  @Test
  void jerseysOwnRefusalsAreJson() throws IOException {
    jsonError(get("/api/nothing-here"), 404);
    jsonError("DELETE /api/collections HTTP/1.1\r\n" + HEADERS + "\r\n", 405);
    jsonError(get("/api/collections", "Accept: image/png\r\n"), 406);
    jsonError(
        "POST /api/auth/login HTTP/1.1\r\n"
            + HEADERS
            + "Content-Type: text/plain\r\nContent-Length: 2\r\n\r\n{}",
        415);
  }

  @Test
  void anUnknownPathOutsideTheApiIsAJson404() throws IOException {
    assertThat(jsonError(get("/nothing-here"), 404).get("message").asText()).contains("/api");
    jsonError(get("/js/no-such-file.js"), 404);
  }

  @Test
  void theMapsOwnFilesCarryTheSecurityHeaders() throws IOException {
    RawHttp.Response map = RawHttp.exchange(APP.getLocalPort(), get("/"));
    assertThat(map.status()).as(map.toString()).isEqualTo(200);
    assertSecurityHeaders(map);
  }

  @Test
  void aRefusedPreflightIsAJson403() throws IOException {
    jsonError(
        "OPTIONS /api/collections HTTP/1.1\r\n"
            + HEADERS
            + "Origin: https://evil.example\r\n"
            + "Access-Control-Request-Method: GET\r\n\r\n",
        403);
  }

  @Test
  void refusalsOfTheApplicationAreJson() throws IOException {
    jsonError(get("/api/audit/events"), 401);
    jsonError(get("/api/collections", "Authorization: Bearer nonsense\r\n"), 401);
    jsonError(get("/api/collections/nothing"), 404);
    jsonError(get("/api/collections/facilities/items?limit=x"), 400);
    jsonError(
        "POST /api/auth/login HTTP/1.1\r\n"
            + HEADERS
            + "Content-Type: application/json\r\nContent-Length: 5\r\n\r\n{\"a\":",
        400);
  }
}
