package org.sightline.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
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
 * The STAC API's output validates against the STAC 1.0.0 JSON Schemas, for the sample and for every
 * real STAC file in {@code src/test/resources/stac-examples} (see its {@code SOURCES.md}) ingested:
 * the landing page against the Catalog schema, every collection against the Collection schema,
 * every page of a collection's items and of GET and POST searches against the GeoJSON
 * FeatureCollection schema, and every Item on those pages, and each Item fetched by its own {@code
 * self} link, against the Item schema (and the eo and projection extensions' when an Item declares
 * them), strictly: nothing is set aside. Items received in another version (0.9, the 1.0.0 betas
 * and release candidates, 1.1.0) are served migrated to 1.0.0 ({@code StacItemMigration}), with the
 * version received as a property, while the database keeps the text received. The schemas are
 * copies in {@code src/test/resources/stac-schemas}, found by their {@code $id}; nothing is
 * fetched.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class StacSchemaValidationTest {
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static final String STAC = "https://schemas.stacspec.org/v1.0.0/";
  private static final String ITEM_SCHEMA = STAC + "item-spec/json-schema/item.json";
  private static final String COLLECTION_SCHEMA =
      STAC + "collection-spec/json-schema/collection.json";
  private static final String CATALOG_SCHEMA = STAC + "catalog-spec/json-schema/catalog.json";
  private static final String FEATURE_COLLECTION_SCHEMA =
      "https://geojson.org/schema/FeatureCollection.json";
  private static final String EO = "https://stac-extensions.github.io/eo/v1.0.0/schema.json";
  private static final String PROJECTION =
      "https://stac-extensions.github.io/projection/v1.0.0/schema.json";
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
                              PROJECTION,
                              "classpath:stac-schemas/extensions/projection-v1.0.0.json")));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ApiClient anonymous;
  private static String apiBase;

  /** Items inserted by the test's ingests (the sample's 46 come on top). */
  private static long stored;

  /** The example files' Items as published, by "collection/id". */
  private static final Map<String, JsonNode> PUBLISHED = new HashMap<>();

  /** The pgstac NAIP Item's line as published (1.0.0-beta.2, short extension names). */
  private static String naipLine;

  @BeforeAll
  static void ingest() throws IOException {
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    apiBase = "http://127.0.0.1:" + APP.getLocalPort() + "/api";
    ApiClient analyst =
        anonymous.as(
            new TestUsers(DATABASE, Clock.systemUTC()).tokenFor("schema-analyst", Role.ANALYST));
    // Hand-made Items: one with a provider's collection link, one without links or collection.
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
            "{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"instant\",\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[126,39],[126.1,39],[126.1,39.1],[126,39.1],[126,39]]]},"
                + "\"bbox\":[126,39,126.1,39.1],\"properties\":{\"datetime\":\"2021-02-01T00:00:00Z\",\"eo:cloud_cover\":12.5},"
                + "\"links\":[],\"assets\":{}}");
    assertThat(ingestInto(analyst, "checked", items, "hand-made")).isEqualTo(2);
    stored = 2;
    Path examples = Path.of(ResourceHelpers.resourceFilePath("stac-examples"));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(examples)) {
      files = walk.filter(Files::isRegularFile).filter(f -> isItems(f)).sorted().toList();
    }
    assertThat(files).hasSize(18);
    for (Path file : files) {
      String folder = file.getParent().getFileName().toString();
      String text = Files.readString(file);
      stored += ingestInto(analyst, "examples-" + folder, text, file.toString());
      if (file.getFileName().toString().equals("pgstac-test-items-100.ndjson")) {
        naipLine =
            text.lines().filter(l -> l.contains("\"pgstac-test-item-0003\"")).findFirst().get();
      }
      for (JsonNode item : itemsOf(file, text)) {
        PUBLISHED.put(
            item.path("collection").asText("examples-" + folder) + "/" + item.get("id").asText(),
            item);
      }
    }
  }

  /**
   * Whether the file holds Items (an Item, an ItemCollection, an array or NDJSON), not a
   * Collection.
   */
  private static boolean isItems(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".ndjson")) {
      return true;
    }
    if (!name.endsWith(".json") && !name.endsWith(".geojson")) {
      return false;
    }
    try {
      return !"Collection".equals(JSON.readTree(file.toFile()).path("type").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonNode> itemsOf(Path file, String text) throws IOException {
    List<JsonNode> items = new ArrayList<>();
    if (file.toString().endsWith(".ndjson")) {
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          items.add(JSON.readTree(line));
        }
      }
      return items;
    }
    JsonNode tree = JSON.readTree(text);
    if (tree.isArray()) {
      tree.forEach(items::add);
    } else if ("FeatureCollection".equals(tree.path("type").asText())) {
      tree.get("features").forEach(items::add);
    } else {
      items.add(tree);
    }
    return items;
  }

  /**
   * Ingests {@code body}; returns how many Items were inserted. Real files hold Items that the
   * ingest rejects (a bbox that does not contain the geometry): those are reported and not served.
   */
  private static long ingestInto(
      ApiClient analyst, String defaultCollection, String body, String label) {
    ApiClient.Answer report =
        analyst.post(
            "/imagery/ingest?collection=" + defaultCollection,
            HttpRequest.BodyPublishers.ofString(body),
            "Content-Type",
            "application/json");
    assertThat(report.status()).as(label + ": " + report).isIn(200, 422);
    JsonNode json = report.json();
    assertThat(json.get("unreadable")).as(label).isEmpty();
    if (json.get("rejected").asLong() > 0) {
      System.out.println("rejected at ingest: " + label + ": " + json.get("rejectedExamples"));
    }
    return json.get("inserted").asLong();
  }

  private static List<Error> errors(String schemaId, JsonNode instance) {
    Schema schema = SCHEMAS.getSchema(SchemaLocation.of(schemaId));
    return schema.validate(instance.toString(), InputFormat.JSON);
  }

  /**
   * What is wrong with a served Item for the STAC 1.0.0 Item schema and the extension schemas it
   * declares that are here (eo and projection v1.0.0); empty when it is valid.
   */
  private static List<String> itemErrors(JsonNode item) {
    List<String> problems = new ArrayList<>();
    errors(ITEM_SCHEMA, item).forEach(e -> problems.add(e.toString()));
    for (JsonNode extension : item.path("stac_extensions")) {
      String id = extension.asText();
      if (id.equals(EO) || id.equals(PROJECTION)) {
        errors(id, item).forEach(e -> problems.add(id + ": " + e));
      }
    }
    return problems;
  }

  /** The path under /api of one of this server's links; fails when it points elsewhere. */
  private static String local(String href) {
    assertThat(href).startsWith(apiBase + "/stac");
    return href.substring(apiBase.length());
  }

  private static String link(JsonNode document, String rel) {
    for (JsonNode link : document.path("links")) {
      if (link.path("rel").asText().equals(rel)) {
        return link.get("href").asText();
      }
    }
    return null;
  }

  /** Checks pages of Items, following next links; returns the Items seen by "collection/id". */
  private static Map<String, JsonNode> walk(
      String firstPath, String collectionOfPage, Map<String, List<String>> invalid) {
    Map<String, JsonNode> seen = new LinkedHashMap<>();
    Set<Long> matched = new TreeSet<>();
    String path = firstPath;
    while (path != null) {
      ApiClient.Answer answer = anonymous.get(path);
      assertThat(answer.status()).as(path + ": " + answer).isEqualTo(200);
      JsonNode page = answer.json();
      assertThat(errors(FEATURE_COLLECTION_SCHEMA, page)).as(path).isEmpty();
      assertThat(page.get("numberReturned").asInt()).isEqualTo(page.get("features").size());
      matched.add(page.get("numberMatched").asLong());
      assertThat(link(page, "self")).as(path).isEqualTo(apiBase + path);
      assertThat(link(page, "root")).as(path).isEqualTo(apiBase + "/stac");
      for (JsonNode item : page.get("features")) {
        String key =
            item.path("collection").asText(collectionOfPage) + "/" + item.get("id").asText();
        seen.put(key, item);
        List<String> problems = itemErrors(item);
        if (!problems.isEmpty()) {
          invalid.put(key, problems);
        }
      }
      String next = link(page, "next");
      path = next == null ? null : local(next);
    }
    assertThat(matched)
        .as(firstPath + ": numberMatched on every page")
        .containsExactly((long) seen.size());
    return seen;
  }

  @Test
  void theLandingPageIsAValidCatalogWithAChildLinkPerCollection() {
    JsonNode landing = anonymous.get("/stac").json();
    assertThat(errors(CATALOG_SCHEMA, landing)).isEmpty();
    List<String> children = new ArrayList<>();
    landing
        .get("links")
        .forEach(
            link -> {
              if (link.get("rel").asText().equals("child")) {
                children.add(local(link.get("href").asText()));
              }
            });
    List<String> collections = new ArrayList<>();
    anonymous
        .get("/stac/collections")
        .json()
        .get("collections")
        .forEach(c -> collections.add("/stac/collections/" + c.get("id").asText()));
    assertThat(children).containsExactlyElementsOf(collections);
  }

  @Test
  void everyCollectionIsAValidCollectionWithParentAndRoot() {
    JsonNode collections = anonymous.get("/stac/collections").json().get("collections");
    assertThat(collections).hasSizeGreaterThanOrEqualTo(15);
    for (JsonNode collection : collections) {
      String id = collection.get("id").asText();
      assertThat(errors(COLLECTION_SCHEMA, collection)).as(id).isEmpty();
      JsonNode one = anonymous.get("/stac/collections/" + id).json();
      assertThat(errors(COLLECTION_SCHEMA, one)).as(id).isEmpty();
      assertThat(link(one, "self")).isEqualTo(apiBase + "/stac/collections/" + id);
      assertThat(link(one, "parent")).isEqualTo(apiBase + "/stac");
      assertThat(link(one, "root")).isEqualTo(apiBase + "/stac");
    }
  }

  @Test
  void everyItemServedIsAValidItemWithLinksBackToThisServer() {
    Map<String, List<String>> invalid = new TreeMap<>();
    Map<String, JsonNode> byCollection = new LinkedHashMap<>();
    for (JsonNode collection : anonymous.get("/stac/collections").json().get("collections")) {
      String id = collection.get("id").asText();
      Map<String, JsonNode> items =
          walk("/stac/collections/" + id + "/items?limit=50", id, invalid);
      assertThat(items.keySet()).allMatch(key -> key.startsWith(id + "/"));
      byCollection.putAll(items);
    }
    System.out.printf(
        Locale.ROOT,
        "Items served by /collections/{id}/items: %d, invalid for the Item schema: %d%n",
        byCollection.size(),
        invalid.size());
    // The sample's 46 scenes and every Item ingested, each once.
    assertThat(byCollection).hasSize((int) stored + 46);
    Map<String, JsonNode> searched = walk("/stac/search?limit=70", "?", invalid);
    assertThat(searched.keySet()).containsExactlyInAnyOrderElementsOf(byCollection.keySet());
    // Each Item's self link answers that Item, valid too, with the same links.
    int singles = 0;
    for (Map.Entry<String, JsonNode> entry : byCollection.entrySet()) {
      JsonNode item = entry.getValue();
      String self = link(item, "self");
      assertThat(self).as(entry.getKey()).isNotNull();
      String collectionId = item.get("collection").asText();
      assertThat(link(item, "collection")).isEqualTo(apiBase + "/stac/collections/" + collectionId);
      assertThat(link(item, "parent")).isEqualTo(apiBase + "/stac/collections/" + collectionId);
      assertThat(link(item, "root")).isEqualTo(apiBase + "/stac");
      JsonNode single = anonymous.get(local(self)).json();
      assertThat(single).isEqualTo(item);
      List<String> problems = itemErrors(single);
      if (!problems.isEmpty()) {
        invalid.put("single " + entry.getKey(), problems);
      }
      singles++;
    }
    int posted = 0;
    for (String collectionId :
        byCollection.values().stream().map(i -> i.get("collection").asText()).distinct().toList()) {
      JsonNode page =
          anonymous
              .postJson(
                  "/stac/search", "{\"collections\": [\"" + collectionId + "\"], \"limit\": 3}")
              .json();
      assertThat(errors(FEATURE_COLLECTION_SCHEMA, page)).isEmpty();
      for (JsonNode item : page.get("features")) {
        List<String> problems = itemErrors(item);
        if (!problems.isEmpty()) {
          invalid.put("POST " + item.get("id").asText(), problems);
        }
        posted++;
      }
    }
    // Every Item is served as 1.0.0; those received in another version say which, as published.
    int migrated = 0;
    for (Map.Entry<String, JsonNode> entry : byCollection.entrySet()) {
      JsonNode served = entry.getValue();
      assertThat(served.get("stac_version").asText()).as(entry.getKey()).isEqualTo("1.0.0");
      JsonNode published = PUBLISHED.get(entry.getKey());
      String received = published == null ? "1.0.0" : published.get("stac_version").asText();
      JsonNode kept = served.at("/properties/sightline:stac_version_received");
      if (received.equals("1.0.0")) {
        assertThat(kept.isMissingNode()).as(entry.getKey()).isTrue();
      } else {
        assertThat(kept.asText()).as(entry.getKey()).isEqualTo(received);
        migrated++;
      }
    }
    String summary =
        String.format(
            Locale.ROOT,
            "Items validated: %d served by /collections/{id}/items (%d received as 1.0.0, %d"
                + " received in another stac_version and served migrated to 1.0.0), %d by GET"
                + " /search, %d single, %d by POST /search; %d invalid",
            byCollection.size(),
            byCollection.size() - migrated,
            migrated,
            searched.size(),
            singles,
            posted,
            invalid.size());
    System.out.println(summary);
    assertThat(invalid).as(summary).isEmpty();
    assertThat(migrated).as(summary).isGreaterThanOrEqualTo(101);
  }

  @Test
  void theDatabaseKeepsTheTextReceivedWhileTheItemIsServedAs100() throws Exception {
    String stored =
        DATABASE
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT item::text FROM scene WHERE id = 'pgstac-test-item-0003'")
                        .mapTo(String.class)
                        .one());
    assertThat(stored).isEqualTo(naipLine);
    assertThat(JSON.readTree(stored).get("stac_version").asText()).isEqualTo("1.0.0-beta.2");
    assertThat(JSON.readTree(stored).get("stac_extensions").toString())
        .isEqualTo("[\"eo\",\"projection\"]");
    JsonNode served =
        anonymous
            .get("/stac/collections/pgstac-test-collection/items/pgstac-test-item-0003")
            .json();
    assertThat(served.get("stac_version").asText()).isEqualTo("1.0.0");
    assertThat(served.get("stac_extensions").toString())
        .isEqualTo("[\"" + EO + "\",\"" + PROJECTION + "\"]");
    assertThat(served.at("/properties/sightline:stac_version_received").asText())
        .isEqualTo("1.0.0-beta.2");
    assertThat(itemErrors(served)).isEmpty();
  }

  @Test
  void anInvalidItemIsCaught() {
    // The validator is not vacuous: an Item without its geometry member fails, and so does one
    // whose collection link has no collection member beside it, or another version, or a short
    // extension name.
    JsonNode item = anonymous.get("/stac/collections/checked/items/instant").json();
    ObjectNode withoutGeometry = item.deepCopy();
    withoutGeometry.remove("geometry");
    assertThat(itemErrors(withoutGeometry)).isNotEmpty();
    ObjectNode withoutCollection = item.deepCopy();
    withoutCollection.remove("collection");
    assertThat(itemErrors(withoutCollection)).isNotEmpty();
    // Served unmigrated, a 1.0.0-beta.2 Item would fail: its version and its short names.
    ObjectNode unmigrated = item.deepCopy();
    unmigrated.put("stac_version", "1.0.0-beta.2");
    assertThat(itemErrors(unmigrated)).isNotEmpty();
    ObjectNode shortNames = item.deepCopy();
    shortNames.putArray("stac_extensions").add("eo");
    assertThat(itemErrors(shortNames)).isNotEmpty();
    assertThat(itemErrors(item)).isEmpty();
  }
}
