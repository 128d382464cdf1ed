package org.sightline.server.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.imagery.ParsedItem;
import org.sightline.imagery.StacItemParser;
import org.sightline.imagery.StacJson;
import org.sightline.server.audit.Actor;
import org.sightline.server.catalogue.SceneStore;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * Footprint answers are kept for the same question, and a write to the catalogue (a batch through
 * {@link SceneStore}, or scenes written by SQL and then the collections rebuilt) retires them.
 */
class MapFootprintAnswersTest {
  private static TestDatabase database;
  private static MapLayers layers;

  @BeforeAll
  static void setUp() {
    database = TestPostgis.freshDatabase();
    layers = new MapLayers(database.appJdbi(), Clock.systemUTC());
  }

  private static long matched() {
    return layers
        .footprints(MapQuery.parse("125,38,127,40", "2020-01-01", "2020-12-31", "9"), null, null)
        .numberMatched();
  }

  private static void ingest(String id) throws Exception {
    String json =
        ("{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"%s\",\"collection\":\"kept\","
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[126,39],[126.1,39],[126.1,39.1],[126,39.1],[126,39]]]},"
                + "\"properties\":{\"datetime\":\"2020-05-01T00:00:00Z\"},\"links\":[],\"assets\":{}}")
            .formatted(id);
    ParsedItem parsed = StacItemParser.parse(StacJson.MAPPER.readTree(json), json, 1, null);
    new SceneStore(database.appJdbi(), Clock.systemUTC())
        .write(Actor.system("test"), List.of(((ParsedItem.Accepted) parsed).scene()), "test");
  }

  @Test
  void aKeptAnswerIsRetiredByEveryWrite() throws Exception {
    assertThat(matched()).isZero();
    ingest("first");
    assertThat(matched()).isEqualTo(1);
    // The same question again: the kept answer, the same document.
    assertThat(
            layers.footprints(
                MapQuery.parse("125,38,127,40", "2020-01-01", "2020-12-31", "9"), null, null))
        .isSameAs(
            layers.footprints(
                MapQuery.parse("125,38,127,40", "2020-01-01", "2020-12-31", "9"), null, null));
    ingest("second");
    assertThat(matched()).isEqualTo(2);

    // Written by SQL, bypassing SceneStore: seen once the collections are rebuilt, as such writers
    // must do (V022).
    Jdbi owner = database.jdbi();
    owner.useHandle(
        h ->
            h.execute(
                """
                INSERT INTO scene (collection, id, acquired_at, footprint, bbox_west, bbox_south, bbox_east,
                                   bbox_north, stac_version, item, content_sha256, ingested_at, ingested_by)
                VALUES ('kept', 'by-sql', '2020-06-01T00:00:00Z',
                        ST_Multi(ST_MakeEnvelope(126.5, 39, 126.6, 39.1, 4326)), 126.5, 39, 126.6, 39.1,
                        '1.0.0', '{}', md5('x') || md5('x'), now(), 'test')"""));
    assertThat(matched()).as("not yet rebuilt: the kept answer").isEqualTo(2);
    owner.useHandle(h -> h.execute("SELECT sightline_rebuild_scene_collections()"));
    assertThat(matched()).isEqualTo(3);
  }
}
