package org.sightline.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The OpenAPI description as clients use it: valid OpenAPI 3.0 (against the specification's own
 * JSON Schema, a copy in {@code src/test/resources/openapi-schema}), served as its own media type,
 * paths that resolve under its {@code servers} entry, typed parameters with the OGC API - Features
 * fragments, and real statuses with the error shape.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class OpenApiDescriptionTest {
  private static final String OAS_30 = "https://spec.openapis.org/oas/3.0/schema/2021-09-28";
  private static final String OPENAPI_TYPE = "application/vnd.oai.openapi+json;version=3.0";
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static ApiClient anonymous;
  private static ApiClient admin;
  private static JsonNode description;

  @BeforeAll
  static void fetch() {
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    admin =
        anonymous.as(
            new TestUsers(DATABASE, Clock.systemUTC()).tokenFor("openapi-admin", Role.ADMIN));
    description = anonymous.get("/openapi.json").json();
  }

  @Test
  void theDescriptionIsValidOpenApi30() {
    SchemaRegistry schemas =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4,
            builder ->
                builder.schemaIdResolvers(
                    resolvers ->
                        resolvers.mapPrefix(
                            OAS_30, "classpath:openapi-schema/oas-3.0-2021-09-28.json")));
    List<Error> errors =
        schemas
            .getSchema(SchemaLocation.of(OAS_30))
            .validate(description.toString(), InputFormat.JSON);
    assertThat(errors).isEmpty();
    assertThat(description.path("openapi").asText()).startsWith("3.0.");
  }

  @Test
  void theSchemaCheckFindsAnInvalidDescription() {
    SchemaRegistry schemas =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4,
            builder ->
                builder.schemaIdResolvers(
                    resolvers ->
                        resolvers.mapPrefix(
                            OAS_30, "classpath:openapi-schema/oas-3.0-2021-09-28.json")));
    JsonNode broken = description.deepCopy();
    ((ObjectNode) broken.path("paths").path("/collections/facilities/items").path("get"))
        .putObject("responses")
        .putObject("200")
        .put("content", "not an object");
    assertThat(
            schemas
                .getSchema(SchemaLocation.of(OAS_30))
                .validate(broken.toString(), InputFormat.JSON))
        .isNotEmpty();
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(description, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      assertThat(description.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      if (node.has("$ref")) {
        refs.add(node.get("$ref").asText());
      }
      node.elements().forEachRemaining(child -> collectRefs(child, refs));
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, refs));
    }
  }

  @Test
  void itAnswersItsOwnMediaTypeLabelledAsSuch() {
    ApiClient.Answer openapi = anonymous.get("/openapi.json", "Accept", OPENAPI_TYPE);
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.header("Content-Type").replace(" ", "")).isEqualTo(OPENAPI_TYPE);
    assertThat(openapi.json()).isEqualTo(description);
    // The landing page's service-desc link gives that type.
    JsonNode landing = anonymous.get("/").json();
    String advertised = null;
    for (JsonNode link : landing.path("links")) {
      if (link.path("rel").asText().equals("service-desc")) {
        advertised = link.path("type").asText();
      }
    }
    assertThat(advertised).isEqualTo(OPENAPI_TYPE);
    // Plain JSON clients still get application/json.
    assertThat(anonymous.get("/openapi.json", "Accept", "application/json").header("Content-Type"))
        .startsWith("application/json");
    assertThat(anonymous.get("/openapi.json").header("Content-Type"))
        .startsWith("application/json");
  }

  @Test
  void pathsResolveUnderTheServersUrl() {
    JsonNode servers = description.path("servers");
    assertThat(servers.size()).isEqualTo(1);
    assertThat(servers.path(0).path("url").asText()).isEqualTo("/api");
    int checked = 0;
    for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
      if (path.getKey().contains("{") || !path.getValue().has("get")) {
        continue;
      }
      // the ApiClient's base is http://host:port/api: the servers url
      ApiClient.Answer answer = admin.get(path.getKey());
      assertThat(answer.status()).as(path.getKey() + ": " + answer.body()).isNotIn(404, 405);
      checked++;
    }
    assertThat(checked).isGreaterThan(10);
  }

  private static JsonNode parameter(String path, String name) {
    for (JsonNode parameter : description.path("paths").path(path).path("get").path("parameters")) {
      if (parameter.path("name").asText().equals(name)) {
        return parameter;
      }
    }
    throw new AssertionError(path + " has no parameter " + name);
  }

  @Test
  void limitIsAnIntegerWithItsBoundsAndDefault() {
    for (var expected :
        Map.of(
                "/collections/facilities/items", new int[] {1, 1000, 100},
                "/collections/facility-boundaries/items", new int[] {1, 1000, 100},
                "/stac/search", new int[] {1, 10000, 10},
                "/stac/collections/{collectionId}/items", new int[] {1, 10000, 10},
                "/facilities", new int[] {1, 100, 20},
                "/audit/events", new int[] {1, 1000, 100})
            .entrySet()) {
      JsonNode limit = parameter(expected.getKey(), "limit");
      JsonNode schema = limit.path("schema");
      assertThat(schema.path("type").asText()).as(expected.getKey()).isEqualTo("integer");
      assertThat(schema.path("minimum").asInt())
          .as(expected.getKey())
          .isEqualTo(expected.getValue()[0]);
      assertThat(schema.path("maximum").asInt())
          .as(expected.getKey())
          .isEqualTo(expected.getValue()[1]);
      assertThat(schema.path("default").asInt())
          .as(expected.getKey())
          .isEqualTo(expected.getValue()[2]);
      assertThat(limit.path("style").asText()).isEqualTo("form");
      assertThat(limit.path("explode").asBoolean(true)).isFalse();
      assertThat(limit.path("required").asBoolean(true)).isFalse();
    }
  }

  @Test
  void bboxAndDatetimeFollowTheOgcFragments() {
    for (String path :
        List.of("/collections/facilities/items", "/collections/zones/items", "/stac/search")) {
      JsonNode bbox = parameter(path, "bbox");
      assertThat(bbox.path("style").asText()).as(path).isEqualTo("form");
      assertThat(bbox.path("explode").asBoolean(true)).as(path).isFalse();
      JsonNode schema = bbox.path("schema");
      assertThat(schema.path("type").asText()).isEqualTo("array");
      assertThat(schema.path("items").path("type").asText()).isEqualTo("number");
      assertThat(schema.path("oneOf").toString())
          .isEqualTo("[{\"maxItems\":4,\"minItems\":4},{\"maxItems\":6,\"minItems\":6}]");
      JsonNode datetime = parameter(path, "datetime");
      assertThat(datetime.path("schema").path("type").asText()).isEqualTo("string");
      assertThat(datetime.path("style").asText()).isEqualTo("form");
      assertThat(datetime.path("explode").asBoolean(true)).isFalse();
    }
  }

  @Test
  void everyOperationHasItsStatusesAndErrorsInTheErrorShape() {
    int operations = 0;
    for (JsonNode path : description.path("paths")) {
      for (Map.Entry<String, JsonNode> method : path.properties()) {
        JsonNode responses = method.getValue().path("responses");
        operations++;
        List<String> codes = new ArrayList<>();
        responses.fieldNames().forEachRemaining(codes::add);
        assertThat(codes)
            .as(method.getValue().path("operationId").asText())
            .doesNotContain("default");
        assertThat(codes.stream().anyMatch(c -> c.startsWith("2")))
            .as(method.getValue().path("operationId").asText() + " " + codes)
            .isTrue();
        assertThat(codes).contains("400");
        assertThat(responses.at("/400/content/application~1json/schema/$ref").asText())
            .isEqualTo("#/components/schemas/Error");
      }
    }
    assertThat(operations).isGreaterThan(40);
    assertThat(description.at("/components/schemas/Error/required").toString())
        .isEqualTo("[\"code\",\"message\"]");
    // Examples of what each kind of endpoint declares.
    JsonNode items = description.at("/paths/~1collections~1facilities~1items/get/responses");
    assertThat(items.at("/200/content/application~1geo+json/schema").isMissingNode()).isFalse();
    assertThat(items.has("403")).isFalse();
    JsonNode replace = description.at("/paths/~1facilities~1{facilityId}/put/responses");
    assertThat(replace.has("200")).isTrue();
    for (String code : List.of("401", "403", "404", "409", "412", "413", "428")) {
      assertThat(replace.has(code)).as(code).isTrue();
    }
    assertThat(description.at("/paths/~1facilities/post/responses").has("201")).isTrue();
    assertThat(description.at("/paths/~1auth~1logout/post/responses").has("204")).isTrue();
    JsonNode search = description.at("/paths/~1stac~1search/get/responses/200/content");
    assertThat(search.at("/application~1geo+json/schema").isMissingNode()).isFalse();
  }
}
