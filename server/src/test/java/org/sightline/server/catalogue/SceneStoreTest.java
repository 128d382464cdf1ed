package org.sightline.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.imagery.KoreaSentinel2Sample;
import org.sightline.imagery.ParsedItem;
import org.sightline.imagery.Scene;
import org.sightline.imagery.StacItemParser;
import org.sightline.imagery.StacJson;
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
    assertThat(store.write(actor, scenes(items), "test"))
        .isEqualTo(new SceneStore.BatchResult(46, 0, 0, 0));
    assertThat(store.write(actor, scenes(items), "test"))
        .isEqualTo(new SceneStore.BatchResult(0, 0, 46, 0));

    ObjectNode changed = items.get(0).deepCopy();
    ((ObjectNode) changed.get("properties")).put("eo:cloud_cover", 12.5);
    List<ObjectNode> second = new ArrayList<>(items);
    second.set(0, changed);
    assertThat(store.write(actor, scenes(second), "test"))
        .isEqualTo(new SceneStore.BatchResult(0, 1, 45, 0));
    String id = changed.get("id").asText();
    assertThat(count("SELECT version FROM scene WHERE id = '" + id + "'")).isEqualTo(2);
    assertThat(count("SELECT (cloud_cover_pct * 10)::bigint FROM scene WHERE id = '" + id + "'"))
        .isEqualTo(125);
    assertThat(count("SELECT count(*) FROM scene_previous WHERE id = '" + id + "' AND version = 1"))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM scene")).isEqualTo(46);
    assertThat(
            count(
                "SELECT count(*) FROM audit_event WHERE action = 'ingest' AND actor = 'user:ingester'"))
        .isEqualTo(3);
  }

  @Test
  void collectionSummariesFollowEachBatchAndMatchARebuild() {
    SceneStore store = new SceneStore(database.appJdbi(), Clock.systemUTC());
    Actor actor = new Actor("user:ingester");
    List<Scene> all = scenes(items);
    store.write(actor, all.subList(0, 20), "test");
    store.write(actor, all.subList(10, 46), "test");
    String summary =
        "SELECT string_agg(concat_ws('|', collection, scenes, round(west::numeric, 9),"
            + " round(south::numeric, 9), round(east::numeric, 9), round(north::numeric, 9),"
            + " first_at, last_at), ';' ORDER BY collection) FROM scene_collection";
    String kept = owner.withHandle(h -> h.createQuery(summary).mapTo(String.class).one());
    assertThat(kept).contains("|46|");
    // The same as recomputed from the scenes themselves.
    owner.useHandle(h -> h.execute("SELECT sightline_rebuild_scene_collections()"));
    String rebuilt = owner.withHandle(h -> h.createQuery(summary).mapTo(String.class).one());
    assertThat(rebuilt).isEqualTo(kept);

    // New versions that move one Item 5 degrees north-east and later, another 5 degrees
    // south-west and earlier, widen every side of the extent and the time span; they count nothing.
    ObjectNode later = moved(items.get(0), 5, "2030-01-01T00:00:00Z");
    ObjectNode earlier = moved(items.get(1), -5, "2000-01-01T00:00:00Z");
    assertThat(store.write(actor, scenes(List.of(later, earlier)), "test").updated()).isEqualTo(2);
    assertThat(count("SELECT scenes FROM scene_collection")).isEqualTo(46);
    double[] laterBox = ringEnvelope(later);
    double[] earlierBox = ringEnvelope(earlier);
    String sides =
        "SELECT concat_ws('|', round(west::numeric, 9), round(south::numeric, 9),"
            + " round(east::numeric, 9), round(north::numeric, 9), first_at, last_at)"
            + " FROM scene_collection";
    String widened = owner.withHandle(h -> h.createQuery(sides).mapTo(String.class).one());
    String expected =
        owner.withHandle(
            h ->
                h.createQuery(
                        "SELECT concat_ws('|', round(CAST(:w AS numeric), 9),"
                            + " round(CAST(:s AS numeric), 9), round(CAST(:e AS numeric), 9),"
                            + " round(CAST(:n AS numeric), 9),"
                            + " CAST('2000-01-01T00:00:00Z' AS timestamptz),"
                            + " CAST('2030-01-01T00:00:00Z' AS timestamptz))")
                    .bind("w", earlierBox[0])
                    .bind("s", earlierBox[1])
                    .bind("e", laterBox[2])
                    .bind("n", laterBox[3])
                    .mapTo(String.class)
                    .one());
    assertThat(widened).isEqualTo(expected);
  }

  /**
   * A copy of {@code item} moved by {@code degrees} east and north (its geometry's ring and its
   * bbox), dated {@code datetime} with no range.
   */
  private static ObjectNode moved(ObjectNode item, double degrees, String datetime) {
    ObjectNode moved = item.deepCopy();
    for (JsonNode point : moved.get("geometry").get("coordinates").get(0)) {
      ((ArrayNode) point).set(0, point.get(0).asDouble() + degrees);
      ((ArrayNode) point).set(1, point.get(1).asDouble() + degrees);
    }
    ArrayNode bbox = (ArrayNode) moved.get("bbox");
    for (int k = 0; k < 4; k++) {
      bbox.set(k, bbox.get(k).asDouble() + degrees);
    }
    ObjectNode properties = (ObjectNode) moved.get("properties");
    properties.put("datetime", datetime);
    properties.remove(List.of("start_datetime", "end_datetime"));
    return moved;
  }

  /** West, south, east, north of the Item's outer ring. */
  private static double[] ringEnvelope(ObjectNode item) {
    double[] box = {180, 90, -180, -90};
    for (JsonNode point : item.get("geometry").get("coordinates").get(0)) {
      box[0] = Math.min(box[0], point.get(0).asDouble());
      box[1] = Math.min(box[1], point.get(1).asDouble());
      box[2] = Math.max(box[2], point.get(0).asDouble());
      box[3] = Math.max(box[3], point.get(1).asDouble());
    }
    return box;
  }

  /** 50 Items as compact NDJSON; {@code cloud} is each Item's eo:cloud_cover as written. */
  private static String fiftyItems(String cloud) {
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      ndjson
          .append("{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"same-")
          .append(i)
          .append("\",\"collection\":\"canonical\",\"bbox\":[126,39,127,40],")
          .append("\"geometry\":{\"type\":\"Polygon\",\"coordinates\":")
          .append("[[[126,39],[127,39],[127,40],[126,40],[126,39]]]},")
          .append("\"properties\":{\"datetime\":\"2021-05-01T02:00:00Z\",\"eo:cloud_cover\":")
          .append(cloud)
          .append(",\"gsd\":10.0,\"note\":\"caf\\u00e9 \\\"")
          .append(i)
          .append("\\\"\"},\"links\":[{\"rel\":\"self\",\"href\":\"https://example.org/")
          .append(i)
          .append("\"}],\"assets\":{\"visual\":{\"href\":\"https://example.org/")
          .append(i)
          .append(".tif\",\"roles\":[\"visual\"]}}}\n");
    }
    return ndjson.toString();
  }

  private static JsonNode shuffled(JsonNode node, Random random) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
      Collections.shuffle(members, random);
      ObjectNode copy = StacJson.MAPPER.createObjectNode();
      members.forEach(m -> copy.set(m.getKey(), shuffled(m.getValue(), random)));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = StacJson.MAPPER.createArrayNode();
      node.forEach(element -> copy.add(shuffled(element, random)));
      return copy;
    }
    return node;
  }

  private IngestReport ingest(String body) throws Exception {
    SceneIngest ingest =
        new SceneIngest(
            new SceneStore(database.appJdbi(), Clock.systemUTC()),
            new Actor("user:ingester"),
            null,
            SceneIngest.Progress.NONE);
    ingest.ingest(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "test");
    return ingest.finish();
  }

  @Test
  void theSameItemsCompactPrettyAndShuffledAreOneVersionReportedUnchanged() throws Exception {
    String compact = fiftyItems("3");
    ArrayNode features = StacJson.MAPPER.createArrayNode();
    StringBuilder shuffledNdjson = new StringBuilder();
    Random random = new Random(8785);
    for (String line : compact.split("\n")) {
      JsonNode item = StacJson.MAPPER.readTree(line);
      features.add(item);
      String reordered = StacJson.MAPPER.writeValueAsString(shuffled(item, random));
      assertThat(reordered).isNotEqualTo(line);
      shuffledNdjson.append(reordered).append('\n');
    }
    ObjectNode collection = StacJson.MAPPER.createObjectNode();
    collection.put("type", "FeatureCollection");
    collection.set("features", features);
    String pretty = StacJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(collection);
    assertThat(pretty).contains("\n    \"type\" : \"Feature\"");

    assertThat(ingest(compact).inserted()).isEqualTo(50);
    for (String again : List.of(pretty, shuffledNdjson.toString(), compact)) {
      IngestReport report = ingest(again);
      assertThat(report.read()).isEqualTo(50);
      assertThat(report.unchanged()).isEqualTo(50);
      assertThat(report.updated()).isZero();
      assertThat(report.inserted()).isZero();
    }
    // RFC 8785 compares numbers as doubles: 3 and 3.0 (and 30e-1) are one value.
    assertThat(ingest(fiftyItems("3.0")).unchanged()).isEqualTo(50);
    assertThat(ingest(fiftyItems("30e-1")).unchanged()).isEqualTo(50);
    assertThat(count("SELECT count(*) FROM scene WHERE collection = 'canonical'")).isEqualTo(50);
    assertThat(count("SELECT max(version) FROM scene WHERE collection = 'canonical'")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM scene_previous WHERE collection = 'canonical'"))
        .isZero();
    // The text stored and served is the first received, to the byte.
    String stored =
        owner.withHandle(
            h ->
                h.createQuery(
                        "SELECT item::text FROM scene WHERE collection = 'canonical' AND id = 'same-7'")
                    .mapTo(String.class)
                    .one());
    assertThat(stored).isEqualTo(compact.split("\n")[7]);

    // A different value is a change: one new version each, the previous one kept.
    IngestReport changed = ingest(fiftyItems("4"));
    assertThat(changed.updated()).isEqualTo(50);
    assertThat(count("SELECT count(*) FROM scene_previous WHERE collection = 'canonical'"))
        .isEqualTo(50);
    assertThat(count("SELECT max(version) FROM scene WHERE collection = 'canonical'")).isEqualTo(2);
  }

  @Test
  void theStoredItemIsTheReceivedJsonToTheByte() {
    List<Scene> batch = scenes(items.subList(0, 1));
    new SceneStore(database.appJdbi(), Clock.systemUTC())
        .write(Actor.system("test"), batch, "test");
    String stored =
        owner.withHandle(
            h -> h.createQuery("SELECT item::text FROM scene").mapTo(String.class).one());
    assertThat(stored).isEqualTo(batch.get(0).originalJson());
    double[] bbox =
        owner.withHandle(
            h ->
                h.createQuery("SELECT bbox_west, bbox_south, bbox_east, bbox_north FROM scene")
                    .map(
                        (rs, ctx) ->
                            new double[] {
                              rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)
                            })
                    .one());
    assertThat(bbox[0]).isEqualTo(batch.get(0).bbox().minLonDeg());
  }

  @Test
  void aBatchThatFailsLeavesNothingAndARerunFinishesTheJob() {
    SceneStore failing =
        new SceneStore(
            database.appJdbi(),
            Clock.systemUTC(),
            handle -> {
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
    assertThat(
            new SceneStore(database.appJdbi(), Clock.systemUTC())
                .write(Actor.system("test"), batch, "test"))
        .isEqualTo(new SceneStore.BatchResult(3, 0, 0, 1));
  }

  @Test
  void twoWriterLanesKeepEachKeyInOrderAcrossBatches() throws Exception {
    // 11,000 Items, then the first 1,000 again with a change: more than a batch per lane, and
    // each repeated key is written again by the lane that wrote it first, after its first version.
    StringBuilder ndjson = new StringBuilder();
    String template =
        "{\"type\":\"Feature\",\"stac_version\":\"1.1.0\",\"id\":\"lane-%05d\",\"collection\":\"lanes\","
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[126,39],[126.1,39],[126.1,39.1],[126,39]]]},"
            + "\"properties\":{\"datetime\":\"2022-03-01T00:00:00Z\",\"eo:cloud_cover\":%d},\"links\":[],\"assets\":{}}\n";
    for (int i = 0; i < 11_000; i++) {
      ndjson.append(template.formatted(i, 5));
    }
    for (int i = 0; i < 1_000; i++) {
      ndjson.append(template.formatted(i, 60));
    }
    SceneIngest ingest =
        new SceneIngest(
            new SceneStore(database.appJdbi(), Clock.systemUTC()),
            Actor.system("lanes"),
            null,
            SceneIngest.Progress.NONE,
            2);
    ingest.ingest(
        new ByteArrayInputStream(ndjson.toString().getBytes(StandardCharsets.UTF_8)),
        "lanes.ndjson");
    IngestReport report = ingest.finish();
    assertThat(report.read()).isEqualTo(12_000);
    assertThat(report.inserted()).isEqualTo(11_000);
    assertThat(report.updated()).isEqualTo(1_000);
    assertThat(count("SELECT count(*) FROM scene WHERE collection = 'lanes'")).isEqualTo(11_000);
    // Both lanes added to the collection's summary, which the updates did not count again.
    assertThat(count("SELECT scenes FROM scene_collection WHERE collection = 'lanes'"))
        .isEqualTo(11_000);
    assertThat(
            count(
                "SELECT count(*) FROM scene WHERE collection = 'lanes' AND cloud_cover_pct = 60 AND version = 2"))
        .isEqualTo(1_000);
    assertThat(
            count(
                "SELECT count(*) FROM scene_previous WHERE collection = 'lanes' AND item::text LIKE '%cloud_cover\":5}%'"))
        .isEqualTo(1_000);
    // Batches from both lanes were written: more than one audit event per lane.
    assertThat(
            count(
                "SELECT count(*) FROM audit_event WHERE action = 'ingest' AND actor = 'system:lanes'"))
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void twoIngestsRacingOnTheSameNewItemsBothSucceedAndStoreThemOnce() throws Exception {
    CountDownLatch firstCopied = new CountDownLatch(1);
    // The first writer COPYs its new Items, then holds its transaction open until PostgreSQL
    // reports the second writer's COPY waiting on it (the same keys, uncommitted): no timing
    // guess. When the first commits, the second's COPY fails on the primary key and its batch
    // must run again.
    SceneStore first =
        new SceneStore(
            database.appJdbi(),
            Clock.systemUTC(),
            handle -> {
              int firstPid =
                  handle.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one();
              firstCopied.countDown();
              awaitABackendBlockedBy(firstPid, Duration.ofSeconds(60));
            });
    List<Integer> secondRetries = new CopyOnWriteArrayList<>();
    SceneStore second =
        new SceneStore(database.appJdbi(), Clock.systemUTC(), handle -> {}, secondRetries::add);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<SceneStore.BatchResult> firstResult =
          pool.submit(() -> first.write(Actor.system("first"), scenes(items), "first"));
      assertThat(firstCopied.await(60, TimeUnit.SECONDS))
          .as("the first writer reached its COPY")
          .isTrue();
      Future<SceneStore.BatchResult> secondResult =
          pool.submit(() -> second.write(Actor.system("second"), scenes(items), "second"));
      assertThat(firstResult.get(90, TimeUnit.SECONDS))
          .isEqualTo(new SceneStore.BatchResult(46, 0, 0, 0));
      assertThat(secondResult.get(90, TimeUnit.SECONDS))
          .isEqualTo(new SceneStore.BatchResult(0, 0, 46, 0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(secondRetries)
        .as("the second writer's batch was run again, once")
        .containsExactly(2);
    assertThat(count("SELECT count(*) FROM scene")).isEqualTo(46);
    assertThat(count("SELECT count(*) FROM scene_previous")).isZero();
    assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'ingest'")).isEqualTo(2);
  }

  /** Polls PostgreSQL until some backend waits on a lock held by {@code pid}. */
  private void awaitABackendBlockedBy(int pid, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (count(
            "SELECT count(*) FROM pg_stat_activity WHERE " + pid + " = ANY(pg_blocking_pids(pid))")
        == 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no backend waited on " + pid + " within " + timeout);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }
}
