package org.sightline.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.sightline.imagery.ParsedItem;
import org.sightline.imagery.Scene;
import org.sightline.imagery.StacItemParser;
import org.sightline.imagery.StacJson;
import org.sightline.server.audit.Actor;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * A search finds the same Items, in the same order and on the same pages, whichever way it takes
 * ({@link SearchShape}): from the box index alone then the page's rows (narrow), or walking the
 * rows in order (wide); and both agree with the footprints themselves (JTS). Most of the stored
 * scenes are decoys: triangles whose box overlaps the searched box's corner while the triangle does
 * not reach it, so a narrow page has to test and drop candidates, and fetch more.
 */
class SearchShapesAgreeTest {
  private static final String COLLECTION = "shapes";
  private static final String BOX = "126.0,39.0,126.2,39.2";
  private static final String TRIANGLE_COORDINATES =
      "[[[126.0,39.0],[126.3,39.0],[126.0,39.3],[126.0,39.0]]]";
  private static final String TRIANGLE =
      "{\"type\":\"Polygon\",\"coordinates\":" + TRIANGLE_COORDINATES + "}";
  private static final Instant FIRST_DAY = Instant.parse("2020-01-01T10:00:00Z");

  private static TestDatabase database;
  private static final List<Stored> STORED = new ArrayList<>();
  private static Double shareBeforeAnyStatistics;

  /** A stored scene as the oracle sees it. */
  private record Stored(String id, Instant datetime, double cloudCoverPct, Geometry footprint) {}

  /** A GeoJSON Polygon's coordinates ({@link #ring}) as the JTS geometry of that Polygon. */
  private static Geometry jts(String coordinates) throws Exception {
    String wkt =
        "POLYGON "
            + coordinates
                .replace("[[[", "((")
                .replace("]]]", "))")
                .replace("],[", ", ")
                .replace(',', ' ')
                .replace("  ", ", ");
    return new WKTReader().read(wkt);
  }

  private static String ring(double... lonLat) {
    StringBuilder ring = new StringBuilder("[[");
    for (int i = 0; i < lonLat.length; i += 2) {
      ring.append(i == 0 ? "[" : ",[")
          .append(lonLat[i])
          .append(',')
          .append(lonLat[i + 1])
          .append(']');
    }
    return ring.append(",[")
        .append(lonLat[0])
        .append(',')
        .append(lonLat[1])
        .append("]]]")
        .toString();
  }

  /** Scene {@code i}: a hit, a decoy near the box's corner, or far away. */
  private static String polygon(int i) {
    double d = i * 0.0001;
    if (i >= 60) {
      return ring(128.0, 41.0, 128.1, 41.0, 128.1, 41.1, 128.0, 41.1);
    }
    if (i % 8 == 0) {
      // Wholly inside the box.
      return ring(126.05 + d, 39.05, 126.1 + d, 39.05, 126.1 + d, 39.1, 126.05 + d, 39.1);
    }
    if (i % 8 == 4) {
      // Over the box's north-east corner: meets it, its box not inside the box.
      return ring(126.18, 39.18 + d, 126.3, 39.18 + d, 126.3, 39.3, 126.18, 39.3);
    }
    // A triangle whose box overlaps the corner [126.19, 126.2] x [39.19, 39.2], beyond the line
    // lon + lat = 165.48, which the corner (165.4) does not reach.
    return ring(126.19, 39.29 + d, 126.29 + d, 39.19, 126.29 + d, 39.29 + d);
  }

  @BeforeAll
  static void store() throws Exception {
    database = TestPostgis.freshDatabase();
    shareBeforeAnyStatistics =
        database
            .appJdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT sightline_footprint_share(:area)")
                        .bind("area", jts(TRIANGLE_COORDINATES))
                        .mapTo(Double.class)
                        .one());
    List<Scene> scenes = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      String id = String.format(Locale.ROOT, "s%02d", i);
      Instant datetime = FIRST_DAY.plus(i, ChronoUnit.DAYS);
      double cloud = (i * 37) % 100;
      String geometry = "{\"type\":\"Polygon\",\"coordinates\":" + polygon(i) + "}";
      String json =
          ("{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"%s\",\"collection\":\"%s\","
                  + "\"geometry\":%s,\"properties\":{\"datetime\":\"%s\",\"eo:cloud_cover\":%s},"
                  + "\"links\":[],\"assets\":{}}")
              .formatted(id, COLLECTION, geometry, datetime, cloud);
      ParsedItem parsed = StacItemParser.parse(StacJson.MAPPER.readTree(json), json, 1, null);
      scenes.add(((ParsedItem.Accepted) parsed).scene());
      STORED.add(new Stored(id, datetime, cloud, jts(polygon(i))));
    }
    new SceneStore(database.appJdbi(), Clock.systemUTC()).write(Actor.system("test"), scenes, "t");
    database.jdbi().useHandle(h -> h.execute("VACUUM (ANALYZE) scene"));
  }

  private static Geometry boxGeometry() throws Exception {
    String[] c = BOX.split(",");
    return jts(
        ring(
            Double.parseDouble(c[0]), Double.parseDouble(c[1]),
            Double.parseDouble(c[2]), Double.parseDouble(c[1]),
            Double.parseDouble(c[2]), Double.parseDouble(c[3]),
            Double.parseDouble(c[0]), Double.parseDouble(c[3])));
  }

  /** The ids the footprints themselves say meet {@code area}, in {@code sortby}'s order. */
  private static List<String> expected(Geometry area, String sortby) {
    Comparator<Stored> order =
        switch (sortby == null ? "datetime" : sortby) {
          case "datetime" -> Comparator.comparing(Stored::datetime);
          case "-datetime" -> Comparator.comparing(Stored::datetime).reversed();
          case "eo:cloud_cover" -> Comparator.comparingDouble(Stored::cloudCoverPct);
          case "-eo:cloud_cover" -> Comparator.comparingDouble(Stored::cloudCoverPct).reversed();
          default -> throw new IllegalArgumentException(sortby);
        };
    return STORED.stream()
        .filter(s -> s.footprint().intersects(area))
        .sorted(order)
        .map(Stored::id)
        .toList();
  }

  private static StacSearch search(boolean triangle, String sortby, int limit, String token)
      throws Exception {
    JsonNode intersects = triangle ? StacJson.MAPPER.readTree(TRIANGLE) : null;
    return StacSearch.of(
        triangle ? null : BOX, intersects, null, null, null, limit, token, StacSort.parse(sortby));
  }

  /** Every page of a search taken in {@code shape}, joined. */
  private static List<String> allPages(
      SearchShape shape, boolean triangle, String sortby, int limit) throws Exception {
    List<String> ids = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      StacSearch search = search(triangle, sortby, limit, token);
      List<SceneDao.SearchRow> rows =
          database
              .appJdbi()
              .inTransaction(
                  h -> {
                    SceneDao dao = h.attach(SceneDao.class);
                    return dao.search(shape, search, dao.prepare(search).filter(), limit + 1);
                  });
      boolean more = rows.size() > limit;
      List<SceneDao.SearchRow> page = more ? rows.subList(0, limit) : rows;
      page.forEach(r -> ids.add(r.id()));
      assertThat(page).allSatisfy(r -> assertThat(r.itemJson()).contains("\"id\":\"" + r.id()));
      token = more ? StacSearch.token(search.sort(), page.get(page.size() - 1).keyValues()) : null;
      assertThat(++pages).as("pages").isLessThan(100);
    } while (token != null);
    return ids;
  }

  @Test
  void bothShapesFindWhatTheFootprintsMeetPageByPage() throws Exception {
    Geometry box = boxGeometry();
    Geometry triangle = jts(TRIANGLE_COORDINATES);
    // 8 inside, 7 over the corner: 15 of the 60 near the box; the 45 triangles never.
    assertThat(expected(box, null)).hasSize(15);
    for (String sortby : new String[] {null, "-datetime", "eo:cloud_cover", "-eo:cloud_cover"}) {
      for (int limit : new int[] {1, 2, 7, 100}) {
        for (boolean isTriangle : new boolean[] {false, true}) {
          List<String> want = expected(isTriangle ? triangle : box, sortby);
          String what = (isTriangle ? "triangle" : "box") + " sortby=" + sortby + " limit=" + limit;
          assertThat(allPages(SearchShape.NARROW, isTriangle, sortby, limit))
              .as("narrow, " + what)
              .containsExactlyElementsOf(want);
          assertThat(allPages(SearchShape.WIDE, isTriangle, sortby, limit))
              .as("wide, " + what)
              .containsExactlyElementsOf(want);
        }
      }
    }
  }

  private static long count(SearchShape shape, StacSearch search, int atMost) {
    return database
        .appJdbi()
        .withHandle(
            h -> {
              SceneDao dao = h.attach(SceneDao.class);
              return dao.count(shape, dao.prepare(search).filter().withLimit(atMost));
            });
  }

  @Test
  void bothShapesCountTheSameUpToTheLimit() throws Exception {
    StacSearch search = search(false, null, 10, null);
    for (SearchShape shape : SearchShape.values()) {
      assertThat(count(shape, search, 1_000)).as(shape.name()).isEqualTo(15);
      assertThat(count(shape, search, 5)).as(shape.name()).isEqualTo(5);
    }
    // And through the catalogue, which chooses the shape itself.
    SceneCatalogue.SearchPage page = new SceneCatalogue(database.appJdbi()).search(search);
    assertThat(page.matched()).isEqualTo(15);
    assertThat(page.items())
        .extracting(SceneCatalogue.StoredItem::id)
        .containsExactlyElementsOf(expected(boxGeometry(), null).subList(0, 10));
  }

  @Test
  void theShareOfScenesComesFromTheStatisticsOnceThereAreSome() throws Exception {
    assertThat(shareBeforeAnyStatistics).as("no statistics yet").isNull();
    SceneDao.PreparedSearch near =
        database
            .appJdbi()
            .withHandle(h -> h.attach(SceneDao.class).prepare(search(false, null, 10, null)));
    // Some of the 70 scenes meet the box; none is near a box in Africa.
    assertThat(near.estimate().footprintShare()).isPositive();
    assertThat(near.estimate().scenesInSpan()).isEqualTo(70);
    StacSearch far =
        StacSearch.of("10,10,11,11", null, null, null, null, 10, null, StacSort.DEFAULT);
    assertThat(
            database
                .appJdbi()
                .withHandle(h -> h.attach(SceneDao.class).prepare(far))
                .estimate()
                .footprintShare())
        .isZero();
  }

  @Test
  void aNarrowPageIsChosenFromTheIndexAlone() throws Exception {
    // The statement of SceneDao.searchCandidates as it runs, planned with neither a sequential
    // scan, a bitmap scan nor the time index to turn to (dropped in a transaction rolled back): an
    // index-only scan of the box index is then the cheapest plan, unless the statement names a
    // column the index lacks, when it is a plain index scan.
    String sql = SceneDao.NARROW_CANDIDATES;
    for (String sortby :
        new String[] {null, "-eo:cloud_cover", "gsd", "view:off_nadir", "-view:sun_elevation"}) {
      StacSearch search =
          StacSearch.of(
              BOX,
              null,
              "2020-01-01T00:00:00Z/2020-12-31T00:00:00Z",
              null,
              List.of(COLLECTION),
              10,
              null,
              StacSort.parse(sortby));
      String plan =
          database
              .jdbi()
              .inTransaction(
                  h -> {
                    h.execute("SET LOCAL enable_seqscan = off");
                    h.execute("SET LOCAL enable_bitmapscan = off");
                    h.execute("DROP INDEX scene_time");
                    SceneDao.SearchFilter filter =
                        h.attach(SceneDao.class).prepare(search).filter().withLimit(10);
                    String explained =
                        String.join(
                            "\n",
                            h.createQuery("EXPLAIN " + sql)
                                .define("keyColumns", SceneSearchSql.keyColumns(search.sort()))
                                .define("afterCondition", "")
                                .define("orderBy", SceneSearchSql.orderBy(search.sort()))
                                .bindMethods(filter)
                                .mapTo(String.class)
                                .list());
                    h.rollback();
                    return explained;
                  });
      assertThat(plan)
          .as("sortby=" + sortby)
          .contains("Index Only Scan using scene_box_time_gix on scene");
    }
  }
}
