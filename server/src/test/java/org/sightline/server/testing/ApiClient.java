package org.sightline.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Real HTTP to a running application, as a given bearer token (or anonymously). */
public final class ApiClient {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String baseUrl;
  private final String token;

  /**
   * @param baseUrl e.g. {@code http://127.0.0.1:1234/api}
   */
  public ApiClient(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  public static ApiClient anonymous(int port) {
    return new ApiClient("http://127.0.0.1:" + port + "/api", null);
  }

  public ApiClient as(String bearerToken) {
    return new ApiClient(baseUrl, bearerToken);
  }

  /** A response, its body as text. */
  public record Answer(int status, HttpHeaders headers, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  public Answer get(String path, String... headerPairs) {
    return send(builder(path, headerPairs).GET());
  }

  public Answer postJson(String path, Object body, String... headerPairs) {
    return send(
        builder(path, headerPairs)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Answer putJson(String path, Object body, String... headerPairs) {
    return send(
        builder(path, headerPairs)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Answer post(String path, HttpRequest.BodyPublisher body, String... headerPairs) {
    return send(builder(path, headerPairs).POST(body));
  }

  public Answer method(
      String method, String path, HttpRequest.BodyPublisher body, String... headerPairs) {
    return send(builder(path, headerPairs).method(method, body));
  }

  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return HTTP.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Builds a JSON object from alternating keys and values. */
  public static Map<String, Object> object(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  private HttpRequest.Builder builder(String path, String... headerPairs) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < headerPairs.length; i += 2) {
      builder.header(headerPairs[i], headerPairs[i + 1]);
    }
    return builder;
  }

  private Answer send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object body) {
    try {
      return body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
