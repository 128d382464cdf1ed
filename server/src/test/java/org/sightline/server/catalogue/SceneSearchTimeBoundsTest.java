package org.sightline.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.imagery.ParsedItem;
import org.sightline.imagery.Scene;
import org.sightline.imagery.StacItemParser;
import org.sightline.imagery.StacJson;
import org.sightline.server.audit.Actor;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * The acquisition-time bounds a time-filtered search adds for the {@code scene_time} index ({@link
 * SceneDao.TimeSpans}) never drop a scene whose time range meets the filter but whose datetime lies
 * far outside it: composites whose range starts years before their datetime or ends years after it.
 */
class SceneSearchTimeBoundsTest {
  private static TestDatabase database;
  private static SceneCatalogue catalogue;

  private static String item(String id, String datetime, String start, String end) {
    String range =
        start == null
            ? ""
            : ",\"start_datetime\":\"%s\",\"end_datetime\":\"%s\"".formatted(start, end);
    return ("{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"%s\",\"collection\":\"spans\","
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[126,39],[126.1,39],[126.1,39.1],[126,39.1],[126,39]]]},"
            + "\"properties\":{\"datetime\":\"%s\"%s},\"links\":[],\"assets\":{}}")
        .formatted(id, datetime, range);
  }

  @BeforeAll
  static void store() throws Exception {
    database = TestPostgis.freshDatabase();
    List<String> items =
        List.of(
            // A three-year composite dated in its middle.
            item(
                "composite",
                "2020-06-01T00:00:00Z",
                "2019-01-01T00:00:00Z",
                "2021-12-31T00:00:00Z"),
            // A range that ends well before the datetime (odd, but valid input).
            item(
                "dated-late",
                "2024-01-01T00:00:00Z",
                "2016-01-01T00:00:00Z",
                "2016-02-01T00:00:00Z"),
            item("plain-2020", "2020-06-01T00:00:00Z", null, null),
            item("plain-2015", "2015-03-01T00:00:00Z", null, null));
    List<Scene> scenes = new ArrayList<>();
    for (String json : items) {
      ParsedItem parsed = StacItemParser.parse(StacJson.MAPPER.readTree(json), json, 1, null);
      scenes.add(((ParsedItem.Accepted) parsed).scene());
    }
    new SceneStore(database.appJdbi(), Clock.systemUTC()).write(Actor.system("test"), scenes, "t");
    catalogue = new SceneCatalogue(database.appJdbi());
  }

  private static List<String> ids(String datetime) {
    SceneCatalogue.SearchPage page =
        catalogue.search(
            StacSearch.of(
                null, null, datetime, null, null, 100, null, StacSort.parse((String) null)));
    assertThat(page.matched()).as("numberMatched for " + datetime).isEqualTo(page.items().size());
    return page.items().stream().map(SceneCatalogue.StoredItem::id).toList();
  }

  @Test
  void aRangeMeetingTheFilterIsFoundWhereverItsDatetimeLies() {
    // Only the composite's range reaches 2021 (its datetime is in 2020).
    assertThat(ids("2021-06-01T00:00:00Z/2021-07-01T00:00:00Z")).containsExactly("composite");
    // Only its range reaches back to 2019.
    assertThat(ids("2019-03-01T00:00:00Z/2019-03-02T00:00:00Z")).containsExactly("composite");
    // A range eight years before its datetime.
    assertThat(ids("2016-01-15T00:00:00Z/..")).contains("dated-late");
    assertThat(ids("../2016-01-15T00:00:00Z")).containsExactly("plain-2015", "dated-late");
    assertThat(ids("2020-06-01T00:00:00Z")).containsExactlyInAnyOrder("composite", "plain-2020");
    assertThat(ids("2014-01-01T00:00:00Z/2014-12-31T00:00:00Z")).isEmpty();
  }

  @Test
  void theSpansAreTheWidestStored() {
    SceneDao.TimeSpans spans =
        database.appJdbi().withHandle(h -> h.attach(SceneDao.class).timeSpans());
    // The composite's end, 578 days after its datetime; dated-late's start, 2,922 days before.
    assertThat(spans.afterS()).isEqualTo(578 * 86_400.0);
    assertThat(spans.beforeS()).isEqualTo(2_922 * 86_400.0);
  }
}
