package org.sightline.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.time.Clock;
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
 * The STAC API's output validates against the STAC 1.0.0 JSON Schemas: the landing page against the
 * Catalog schema, every collection against the Collection schema, and every Item of a search, of a
 * collection's items and a single Item against the Item schema (and the eo extension's when an Item
 * declares it). The schemas are copies in {@code src/test/resources/stac-schemas}, found by their
 * {@code $id}; nothing is fetched.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class StacSchemaValidationTest {
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static final String STAC = "https://schemas.stacspec.org/v1.0.0/";
  private static final String EO = "https://stac-extensions.github.io/eo/v1.0.0/schema.json";
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_7,
          builder ->
              builder.schemaIdResolvers(
                  resolvers ->
                      resolvers
                          .mapPrefix(STAC, "classpath:stac-schemas/stac-1.0.0/")
                          .mapPrefix(
                              "https://geojson.org/schema/", "classpath:stac-schemas/geojson/")
                          .mapPrefix(EO, "classpath:stac-schemas/extensions/eo-v1.0.0.json")
                          .mapPrefix(
                              "https://stac-extensions.github.io/projection/v1.0.0/schema.json",
                              "classpath:stac-schemas/extensions/projection-v1.0.0.json")));
  private static ApiClient anonymous;

  @BeforeAll
  static void ingest() {
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    ApiClient analyst =
        anonymous.as(
            new TestUsers(DATABASE, Clock.systemUTC()).tokenFor("schema-analyst", Role.ANALYST));
    // Valid Items as ingested: a collection link beside the collection, a bbox beside the geometry.
    String links =
        "\"links\":[{\"rel\":\"collection\",\"href\":\"https://example.org/stac/collections/checked\"}]";
    String items =
        String.join(
            "\n",
            "{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"interval\",\"collection\":\"checked\",\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[126,39],[126.1,39],[126.1,39.1],[126,39.1],[126,39]]]},"
                + "\"bbox\":[126,39,126.1,39.1],\"properties\":{\"datetime\":null,\"start_datetime\":\"2021-01-01T00:00:00Z\","
                + "\"end_datetime\":\"2021-01-02T00:00:00Z\"},"
                + links
                + ",\"assets\":{}}",
            "{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"instant\",\"collection\":\"checked\",\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[126,39],[126.1,39],[126.1,39.1],[126,39.1],[126,39]]]},"
                + "\"bbox\":[126,39,126.1,39.1],\"properties\":{\"datetime\":\"2021-02-01T00:00:00Z\",\"eo:cloud_cover\":12.5},"
                + links
                + ",\"assets\":{}}");
    ApiClient.Answer report =
        analyst.post(
            "/imagery/ingest",
            HttpRequest.BodyPublishers.ofString(items),
            "Content-Type",
            "application/x-ndjson");
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
  }

  private static List<Error> errors(String schemaId, JsonNode instance) {
    Schema schema = SCHEMAS.getSchema(SchemaLocation.of(schemaId));
    return schema.validate(instance.toString(), InputFormat.JSON);
  }

  private static void assertItemValid(JsonNode item) {
    assertThat(errors(STAC + "item-spec/json-schema/item.json", item))
        .as(item.path("id").asText())
        .isEmpty();
    for (JsonNode extension : item.path("stac_extensions")) {
      if (extension.asText().equals(EO)) {
        assertThat(errors(EO, item)).as("eo: " + item.path("id").asText()).isEmpty();
      }
    }
  }

  @Test
  void theLandingPageIsAValidCatalog() {
    JsonNode landing = anonymous.get("/stac").json();
    assertThat(errors(STAC + "catalog-spec/json-schema/catalog.json", landing)).isEmpty();
  }

  @Test
  void everyCollectionIsAValidCollection() {
    JsonNode collections = anonymous.get("/stac/collections").json().get("collections");
    assertThat(collections).hasSizeGreaterThanOrEqualTo(2);
    for (JsonNode collection : collections) {
      assertThat(errors(STAC + "collection-spec/json-schema/collection.json", collection))
          .as(collection.get("id").asText())
          .isEmpty();
      JsonNode one = anonymous.get("/stac/collections/" + collection.get("id").asText()).json();
      assertThat(errors(STAC + "collection-spec/json-schema/collection.json", one)).isEmpty();
    }
  }

  @Test
  void everyItemOfSearchesAndSingleItemsIsAValidItem() {
    JsonNode search = anonymous.get("/stac/search?limit=1000").json();
    assertThat(search.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(search.get("features")).hasSizeGreaterThan(2);
    search.get("features").forEach(StacSchemaValidationTest::assertItemValid);
    JsonNode posted =
        anonymous.postJson("/stac/search", "{\"collections\": [\"checked\"], \"limit\": 1}").json();
    assertThat(posted.get("features")).hasSize(1);
    posted.get("features").forEach(StacSchemaValidationTest::assertItemValid);
    anonymous
        .get("/stac/collections/checked/items")
        .json()
        .get("features")
        .forEach(StacSchemaValidationTest::assertItemValid);
    assertItemValid(anonymous.get("/stac/collections/checked/items/interval").json());
  }

  @Test
  void anInvalidItemIsCaught() {
    // The validator is not vacuous: an Item without its geometry member fails.
    JsonNode item = anonymous.get("/stac/collections/checked/items/instant").json();
    ((ObjectNode) item).remove("geometry");
    assertThat(errors(STAC + "item-spec/json-schema/item.json", item)).isNotEmpty();
  }
}
