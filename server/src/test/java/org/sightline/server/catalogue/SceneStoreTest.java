package org.sightline.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.imagery.KoreaSentinel2Sample;
import org.sightline.imagery.ParsedItem;
import org.sightline.imagery.Scene;
import org.sightline.imagery.StacItemParser;
import org.sightline.server.audit.Actor;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/** Bulk scene writes as the server's role: idempotent, versioned, all or nothing per batch. */
class SceneStoreTest {
  private TestDatabase database;
  private Jdbi owner;
  private List<ObjectNode> items;

  @BeforeEach
  void setUp() throws Exception {
    database = TestPostgis.freshDatabase();
    owner = database.jdbi();
    items = KoreaSentinel2Sample.items();
  }

  private static List<Scene> scenes(List<ObjectNode> items) {
    List<Scene> scenes = new ArrayList<>();
    for (ObjectNode item : items) {
      scenes.add(((ParsedItem.Accepted) StacItemParser.parse(item, 1, null)).scene());
    }
    return scenes;
  }

  private long count(String sql) {
    return owner.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Test
  void reIngestIsUnchangedAndAChangedItemKeepsItsPreviousVersion() {
    SceneStore store = new SceneStore(database.appJdbi(), Clock.systemUTC());
    Actor actor = new Actor("user:ingester");
    assertThat(store.write(actor, scenes(items), "test")).isEqualTo(new SceneStore.BatchResult(46, 0, 0, 0));
    assertThat(store.write(actor, scenes(items), "test")).isEqualTo(new SceneStore.BatchResult(0, 0, 46, 0));

    ObjectNode changed = items.get(0).deepCopy();
    ((ObjectNode) changed.get("properties")).put("eo:cloud_cover", 12.5);
    List<ObjectNode> second = new ArrayList<>(items);
    second.set(0, changed);
    assertThat(store.write(actor, scenes(second), "test")).isEqualTo(new SceneStore.BatchResult(0, 1, 45, 0));
    String id = changed.get("id").asText();
    assertThat(count("SELECT version FROM scene WHERE id = '" + id + "'")).isEqualTo(2);
    assertThat(count("SELECT (cloud_cover_pct * 10)::bigint FROM scene WHERE id = '" + id + "'")).isEqualTo(125);
    assertThat(count("SELECT count(*) FROM scene_previous WHERE id = '" + id + "' AND version = 1")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM scene")).isEqualTo(46);
    assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'ingest' AND actor = 'user:ingester'")).isEqualTo(3);
  }

  @Test
  void theStoredItemIsTheReceivedJsonToTheByte() {
    List<Scene> batch = scenes(items.subList(0, 1));
    new SceneStore(database.appJdbi(), Clock.systemUTC()).write(Actor.system("test"), batch, "test");
    String stored = owner.withHandle(h -> h.createQuery("SELECT item::text FROM scene").mapTo(String.class).one());
    assertThat(stored).isEqualTo(batch.get(0).originalJson());
    double[] bbox = owner.withHandle(h -> h.createQuery("SELECT bbox_west, bbox_south, bbox_east, bbox_north FROM scene")
        .map((rs, ctx) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}).one());
    assertThat(bbox[0]).isEqualTo(batch.get(0).bbox().minLonDeg());
  }

  @Test
  void aBatchThatFailsLeavesNothingAndARerunFinishesTheJob() {
    SceneStore failing = new SceneStore(database.appJdbi(), Clock.systemUTC(), handle -> {
      throw new IllegalStateException("simulated crash after the COPY");
    });
    assertThatThrownBy(() -> failing.write(Actor.system("test"), scenes(items), "test"))
        .hasMessageContaining("simulated crash");
    assertThat(count("SELECT count(*) FROM scene")).isZero();
    assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'ingest'")).isZero();
    SceneStore store = new SceneStore(database.appJdbi(), Clock.systemUTC());
    assertThat(store.write(Actor.system("test"), scenes(items), "test").inserted()).isEqualTo(46);
  }

  @Test
  void anItemGivenTwiceInOneBatchCountsOnce() {
    List<Scene> batch = new ArrayList<>(scenes(items.subList(0, 3)));
    batch.add(batch.get(0));
    assertThat(new SceneStore(database.appJdbi(), Clock.systemUTC()).write(Actor.system("test"), batch, "test"))
        .isEqualTo(new SceneStore.BatchResult(3, 0, 0, 1));
  }
}
