package org.sightline.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.time.InvalidTimeException;
import org.sightline.imagery.ParsedItem;
import org.sightline.imagery.Scene;
import org.sightline.imagery.StacItemParser;
import org.sightline.imagery.StacJson;
import org.sightline.server.audit.Actor;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * The STAC search as a service against PostGIS, without HTTP: paging, filters, orders, single Items
 * and collection summaries ({@link SceneCatalogue} over {@link SceneDao}). {@code StacApiHttpTest}
 * covers the same through the API, end to end.
 */
class SceneCatalogueTest {
  private static SceneCatalogue catalogue;
  private static TestDatabase database;

  /**
   * Item {@code i}: collection even/odd, a 0.05-degree square at 126 + (i % 10) * 0.1 E, 39 N, day
   * i of 2021, cloud i % 7 (none for i = 3).
   */
  private static String item(int i) {
    double lon = 126 + (i % 10) * 0.1;
    String cloud = i == 3 ? "" : ",\"eo:cloud_cover\":" + (i % 7);
    return ("{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"s-%02d\",\"collection\":\"%s\","
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%s,39],[%s,39],[%s,39.05],[%s,39.05],[%s,39]]]},"
            + "\"properties\":{\"datetime\":\"%s\"%s,\"custom:exact\":1.50},\"links\":[],\"assets\":{}}")
        .formatted(
            i,
            i % 2 == 0 ? "even" : "odd",
            lon,
            lon + 0.05,
            lon + 0.05,
            lon,
            lon,
            Instant.parse("2021-01-01T02:00:00Z").plusSeconds(86_400L * i),
            cloud);
  }

  @BeforeAll
  static void store() throws Exception {
    database = TestPostgis.freshDatabase();
    List<Scene> scenes = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String json = item(i);
      ParsedItem parsed = StacItemParser.parse(StacJson.MAPPER.readTree(json), json, i + 1, null);
      scenes.add(((ParsedItem.Accepted) parsed).scene());
    }
    assertThat(
            new SceneStore(database.appJdbi(), Clock.systemUTC())
                .write(Actor.system("test"), scenes, "test")
                .inserted())
        .isEqualTo(30);
    catalogue = new SceneCatalogue(database.appJdbi());
  }

  private static StacSearch search(
      String bbox,
      String datetime,
      List<String> ids,
      List<String> collections,
      Integer limit,
      String token,
      String sortby) {
    return StacSearch.of(
        bbox, null, datetime, ids, collections, limit, token, StacSort.parse(sortby));
  }

  private static List<String> ids(SceneCatalogue.SearchPage page) {
    List<String> ids = new ArrayList<>();
    for (SceneCatalogue.StoredItem item : page.items()) {
      try {
        ids.add(StacJson.MAPPER.readTree(item.json()).get("id").asText());
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + item, e);
      }
    }
    return ids;
  }

  /** Every page of a search, following the tokens. */
  private static List<String> allPages(String sortby, int limit) {
    List<String> seen = new ArrayList<>();
    String token = null;
    for (int pages = 0; pages < 100; pages++) {
      SceneCatalogue.SearchPage page =
          catalogue.search(search(null, null, null, null, limit, token, sortby));
      assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
      assertThat(page.matched()).as("every page counts all matches").isEqualTo(30);
      seen.addAll(ids(page));
      token = page.nextToken();
      if (token == null) {
        return seen;
      }
    }
    throw new AssertionError("more than 100 pages");
  }

  @Test
  void pagesInTheDefaultOrderYieldEachItemOnceOldestFirstAndTheLastPageHasNoToken() {
    List<String> seen = allPages(null, 7);
    assertThat(seen).hasSize(30).doesNotHaveDuplicates().isEqualTo(seen.stream().sorted().toList());
    SceneCatalogue.SearchPage exact =
        catalogue.search(search(null, null, null, null, 30, null, null));
    assertThat(exact.items()).hasSize(30);
    assertThat(exact.nextToken()).as("exactly the limit, nothing after").isNull();
    assertThat(exact.matched()).isEqualTo(30);
  }

  @Test
  void anyOrderPagesThroughTiesWithMissingValuesLast() {
    // Cloud i % 7 descending, ties broken by datetime ascending; s-03 has no cloud cover and comes
    // last.
    List<String> expected = new ArrayList<>();
    for (int cloud = 6; cloud >= 0; cloud--) {
      for (int i = 0; i < 30; i++) {
        if (i != 3 && i % 7 == cloud) {
          expected.add(String.format("s-%02d", i));
        }
      }
    }
    expected.add("s-03");
    assertThat(allPages("-eo:cloud_cover,datetime", 4)).isEqualTo(expected);
    assertThat(allPages("eo:cloud_cover", 4)).last().isEqualTo("s-03");
    assertThat(allPages("-id", 8))
        .isEqualTo(expected.stream().sorted((a, b) -> b.compareTo(a)).toList());
  }

  @Test
  void filtersByIdsCollectionsBoxAndTime() {
    assertThat(
            ids(catalogue.search(search(null, null, List.of("s-07,s-08"), null, 10, null, null))))
        .containsExactly("s-07", "s-08");
    assertThat(ids(catalogue.search(search(null, null, null, List.of("odd"), 100, null, null))))
        .hasSize(15)
        .allMatch(id -> Integer.parseInt(id.substring(2)) % 2 == 1);
    // numberMatched counts the filters' matches, not the page's.
    assertThat(catalogue.search(search(null, null, null, List.of("odd"), 4, null, null)).matched())
        .isEqualTo(15);
    assertThat(
            catalogue
                .search(search("125.9,38.9,126.03,39.1", null, null, null, 1, null, null))
                .matched())
        .isEqualTo(3);
    // A box over the first column only (126.00..126.05 E): items 0, 10 and 20.
    assertThat(
            ids(
                catalogue.search(
                    search("125.9,38.9,126.03,39.1", null, null, null, 100, null, null))))
        .containsExactly("s-00", "s-10", "s-20");
    assertThat(ids(catalogue.search(search(null, "2021-01-05", null, null, 100, null, null))))
        .containsExactly("s-04");
    assertThat(
            ids(
                catalogue.search(
                    search(null, "../2021-01-03T02:00:00Z", null, null, 100, null, null))))
        .containsExactly("s-00", "s-01", "s-02");
    assertThat(ids(catalogue.search(search(null, "2021-01-29/..", null, null, 100, null, null))))
        .containsExactly("s-28", "s-29");
  }

  @Test
  void badSearchesAreInvalidInput() {
    assertThatThrownBy(() -> search(null, "../..", null, null, 10, null, null))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessageContaining("open at both ends");
    assertThatThrownBy(() -> search(null, null, null, null, 10, "garbage", null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not one this server issued");
    String descending =
        catalogue.search(search(null, null, null, null, 5, null, "-datetime")).nextToken();
    assertThatThrownBy(() -> search(null, null, null, null, 5, descending, "datetime"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("token was issued for sortby '-datetime,-collection,-id'");
    assertThatThrownBy(() -> search(null, null, null, null, 0, null, null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void matchesAreCountedUpToTheLimitAndNotBeyond() {
    SceneCatalogue counting = new SceneCatalogue(database.appJdbi(), 30);
    assertThat(counting.search(search(null, null, null, null, 5, null, null)).matched())
        .isEqualTo(30);
    SceneCatalogue.SearchPage beyond =
        new SceneCatalogue(database.appJdbi(), 29)
            .search(search(null, null, null, null, 5, null, null));
    assertThat(beyond.matched()).isNull();
    // The page itself is unchanged: five Items and a token for the next.
    assertThat(beyond.items()).hasSize(5);
    assertThat(beyond.nextToken()).isNotNull();
  }

  @Test
  void itemsComeBackAsStoredAndCollectionsAreSummarised() throws Exception {
    String stored = catalogue.item("even", "s-10").orElseThrow();
    assertThat(stored).contains("1.50");
    JsonNode tree = StacJson.MAPPER.readTree(stored);
    assertThat(tree.get("id").asText()).isEqualTo("s-10");
    assertThat(catalogue.item("odd", "s-10")).isEmpty();
    assertThat(catalogue.collections())
        .extracting(CollectionSummary::id)
        .containsExactly("even", "odd");
    CollectionSummary even = catalogue.collection("even").orElseThrow();
    assertThat(even.scenes()).isEqualTo(15);
    assertThat(even.first()).isEqualTo(Instant.parse("2021-01-01T02:00:00Z"));
    assertThat(even.last()).isEqualTo(Instant.parse("2021-01-29T02:00:00Z"));
    assertThat(even.extent().minLonDeg()).isCloseTo(126.0, Offset.offset(1e-5));
    assertThat(even.extent().maxLonDeg()).isCloseTo(126.85, Offset.offset(1e-5));
    assertThat(even.extent().maxLatDeg()).isCloseTo(39.05, Offset.offset(1e-5));
    assertThat(catalogue.collection("none")).isEmpty();
  }
}
