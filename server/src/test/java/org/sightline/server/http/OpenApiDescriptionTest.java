package org.sightline.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.registry.DatedAreaKind;
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
  private static final ObjectMapper JSON = new ObjectMapper();

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
  void geometriesAreDescribedAsGeoJsonNotAsJtsClasses() {
    JsonNode schemas = description.path("components").path("schemas");
    List<String> names = new ArrayList<>();
    schemas.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .contains("GeoJSONGeometry")
        .doesNotContain(
            "GeometryFactory", "Envelope", "PrecisionModel", "Coordinate", "CoordinateSequence");
    assertThat(schemas.at("/GeoJSONGeometry/properties/type/enum").toString())
        .contains("MultiPolygon", "LineString");
    List<String> refs = new ArrayList<>();
    collectRefs(description, refs);
    assertThat(refs).contains("#/components/schemas/GeoJSONGeometry");
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
        for (String code : codes) {
          if (code.startsWith("4") || code.startsWith("5")) {
            assertThat(isErrorShape(responses.get(code)))
                .as(method.getValue().path("operationId").asText() + " " + code)
                .isTrue();
          }
        }
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

  /**
   * An error answer: JSON in the error shape, {@code Error} or a schema that carries its {@code
   * code} and {@code message} beside more (an ingest's or import's report).
   */
  private static boolean isErrorShape(JsonNode response) {
    String ref = response.at("/content/application~1json/schema/$ref").asText();
    if (ref.equals("#/components/schemas/Error")) {
      return true;
    }
    JsonNode properties = ref.isEmpty() ? null : description.at(ref.substring(1) + "/properties");
    return properties != null && properties.has("code") && properties.has("message");
  }

  /**
   * The operations whose success body is a file rather than JSON, each with the media types it must
   * declare, and why it is one. Every other 2xx body (except 204's none) is JSON with a schema.
   */
  private static final Map<String, Set<String>> DOWNLOADS =
      Map.of(
          // the facilities as a file in the format the path names, sent as an attachment
          "GET /exports/facilities.{format}",
          Set.of(
              "application/geo+json",
              "application/vnd.google-earth.kml+xml",
              "text/csv",
              "application/geopackage+sqlite3"),
          // an evidence file's original bytes, in the media type it was received with: any
          "GET /evidence/{evidenceId}/content",
          Set.of("*/*"),
          // the coverage table as CSV, for spreadsheets
          "GET /facilities/{facilityId}/coverage/csv",
          Set.of("text/csv"),
          // a facility's structure series as CSV, for a chart
          "GET /facilities/{facilityId}/structure-series/csv",
          Set.of("text/csv"),
          // a stored file of an approved public export, in its own media type
          "GET /public-exports/{id}/files/{name}",
          Set.of(
              "application/geo+json",
              "application/vnd.google-earth.kml+xml",
              "text/csv",
              "application/geopackage+sqlite3",
              "application/json",
              "application/zip"));

  /** Success bodies without a schema, each named with its reason: none today. */
  private static final Set<String> PENDING = Set.of();

  /** Whether a schema says something: a reference, a type, or a composition of such schemas. */
  private static boolean hasSchema(JsonNode schema) {
    if (schema == null || !schema.isObject()) {
      return false;
    }
    if (schema.hasNonNull("$ref")) {
      return true;
    }
    for (String composition : List.of("oneOf", "anyOf", "allOf")) {
      if (schema.has(composition)) {
        List<JsonNode> parts = new ArrayList<>();
        schema.get(composition).forEach(parts::add);
        return !parts.isEmpty() && parts.stream().allMatch(OpenApiDescriptionTest::hasSchema);
      }
    }
    if (schema.path("type").asText().equals("array")) {
      return hasSchema(schema.get("items"));
    }
    return schema.hasNonNull("type");
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  @Test
  void everySuccessBodyHasASchemaAndDownloadsDeclareTheirMediaTypes() {
    List<String> missing = new ArrayList<>();
    Map<String, Set<String>> downloads = new TreeMap<>();
    int operations = 0;
    int bodies = 0;
    for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        String operation = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
        operations++;
        for (Map.Entry<String, JsonNode> response :
            method.getValue().path("responses").properties()) {
          String code = response.getKey();
          if (!code.startsWith("2")) {
            continue;
          }
          JsonNode content = response.getValue().path("content");
          if (code.equals("204")) {
            assertThat(content.isMissingNode()).as(operation + " 204").isTrue();
            continue;
          }
          bodies++;
          if (content.isEmpty()) {
            missing.add(operation + " " + code + ": no content");
            continue;
          }
          for (Map.Entry<String, JsonNode> type : content.properties()) {
            JsonNode schema = type.getValue().get("schema");
            if (DOWNLOADS.containsKey(operation)) {
              downloads.computeIfAbsent(operation, o -> new TreeSet<>()).add(type.getKey());
              if (!schema.path("type").asText().equals("string")) {
                missing.add(operation + " " + code + " " + type.getKey() + ": not a file body");
              }
            } else if (!isJson(type.getKey())) {
              missing.add(
                  operation + " " + code + " " + type.getKey() + ": not JSON, not a download");
            } else if (!hasSchema(schema)) {
              missing.add(operation + " " + code + " " + type.getKey() + ": no schema");
            }
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "OpenAPI: %d operations, %d success bodies, %d without a schema (%d of them pending: %s);"
            + " %d downloads %s%n",
        operations,
        bodies,
        missing.size(),
        PENDING.size(),
        PENDING,
        downloads.size(),
        downloads.keySet());
    assertThat(new TreeSet<>(missing)).isEqualTo(new TreeSet<>(PENDING));
    // Every listed download exists and declares exactly its media types (no stale entries).
    assertThat(downloads).isEqualTo(new TreeMap<>(DOWNLOADS));
  }

  @Test
  void theSchemaRuleFindsABodyWithoutOne() {
    assertThat(hasSchema(JSON.createObjectNode())).isFalse();
    assertThat(hasSchema(JSON.createObjectNode().put("type", "array"))).isFalse();
    assertThat(
            hasSchema(
                JSON.createObjectNode()
                    .set("oneOf", JSON.createArrayNode().add(JSON.createObjectNode()))))
        .isFalse();
    assertThat(hasSchema(JSON.createObjectNode().put("$ref", "#/components/schemas/Error")))
        .isTrue();
  }

  @Test
  void importAndIngestDeclare422AndPasswordChecksDeclare429() {
    // 422 of an import and an ingest: the error shape with the report beside it.
    for (String path : List.of("/imports", "/imagery/ingest")) {
      JsonNode problem =
          description.at("/paths/" + path.replace("/", "~1") + "/post/responses/422");
      assertThat(isErrorShape(problem)).as(path).isTrue();
      String ref = problem.at("/content/application~1json/schema/$ref").asText();
      assertThat(
              description.at(ref.substring(1) + "/properties").has("items")
                  || description.at(ref.substring(1) + "/properties").has("rejectedByReason"))
          .as(path)
          .isTrue();
    }
    // 429 of a login and of a password change, in the error shape.
    for (String path : List.of("/auth/login", "/auth/password")) {
      JsonNode throttled =
          description.at("/paths/" + path.replace("/", "~1") + "/post/responses/429");
      assertThat(throttled.at("/content/application~1json/schema/$ref").asText())
          .as(path)
          .isEqualTo("#/components/schemas/Error");
    }
  }

  @Test
  void eachAreaCollectionListsItsOwnFiltersWithTheirValues() {
    for (var collection :
        Map.of(
                "/collections/facility-boundaries/items", DatedAreaKind.BOUNDARY,
                "/collections/zones/items", DatedAreaKind.ZONE)
            .entrySet()) {
      List<String> listed = new ArrayList<>();
      description
          .path("paths")
          .path(collection.getKey())
          .path("get")
          .path("parameters")
          .forEach(p -> listed.add(p.path("name").asText()));
      for (DatedAreaKind.Filter filter : collection.getValue().filters()) {
        assertThat(listed).as(collection.getKey()).contains(filter.parameter());
        JsonNode parameter = parameter(collection.getKey(), filter.parameter());
        assertThat(parameter.path("style").asText()).isEqualTo("form");
        assertThat(parameter.path("explode").asBoolean(true)).isFalse();
        JsonNode items = parameter.path("schema").path("items");
        assertThat(items.path("type").asText()).isEqualTo("string");
        if (filter.allowed() == null) {
          assertThat(items.has("enum")).as(filter.parameter()).isFalse();
        } else {
          Set<String> documented = new TreeSet<>();
          items.path("enum").forEach(v -> documented.add(v.asText()));
          assertThat(documented)
              .as(collection.getKey() + " " + filter.parameter())
              .isEqualTo(new TreeSet<>(filter.allowed()));
        }
      }
      // and no other kind's filter: the boundaries have no zone kind
      assertThat(listed)
          .containsExactlyInAnyOrderElementsOf(
              concat(
                  List.of("limit", "bbox", "datetime", "cursor"),
                  collection.getValue().filters().stream()
                      .map(DatedAreaKind.Filter::parameter)
                      .toList()));
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
