package org.sightline.server.map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.server.db.ShortQuerySettings;
import org.sightline.server.visibility.Visibility;

/**
 * The map's dense layers, read per view (EPSG:4326, lon/lat degrees), period (UTC days, inclusive)
 * and zoom: individual features (geometries simplified to about a pixel, {@link MapQuery#pixelDeg})
 * when at most {@link #maxFeatures()} would be returned, otherwise counts on a {@link MapGrid} of
 * about 64-pixel cells, one feature per non-empty cell, each item counted in the cell holding the
 * centre of its bounding box. Footprint answers are kept for the same view asked again until the
 * catalogue changes ({@link #footprints}). Read-only; thread-safe.
 */
public final class MapLayers {
  /** The most features one answer holds. */
  public static final int MAX_FEATURES = 2000;

  /** The most scenes a footprint group lists (newest first); {@code moreScenes} counts the rest. */
  public static final int MAX_SCENES_LISTED = 50;

  public static final String FOOTPRINTS = "footprints";
  public static final String CHANGE_EVENTS = "change-events";
  public static final String EVENTS = "events";

  private static final String ENVELOPE = "ST_MakeEnvelope(:w, :s, :e, :n, 4326)";

  /** An instant as ISO 8601 UTC with milliseconds, as JSON text. */
  private static String iso(String column) {
    return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
  }

  private static final String SCENE_FILTER =
      " s.acquired_at >= :start AND s.acquired_at < :end"
          + " AND (CAST(:maxCloudPct AS double precision) IS NULL OR s.cloud_cover_pct <= :maxCloudPct)"
          + " AND (CAST(:collections AS text[]) IS NULL"
          + " OR s.collection = ANY(CAST(:collections AS text[])))";

  private static final String SCENE_BOX_OVERLAP =
      " AND s.bbox_west <= :e AND s.bbox_east >= :w AND s.bbox_south <= :n AND s.bbox_north >= :s";

  /** How many scenes, up to :limit: when no more than the limit, there are no more groups. */
  private static final String FOOTPRINT_PROBE =
      "SELECT count(*) FROM (SELECT 1 FROM scene s WHERE"
          + SCENE_FILTER
          + SCENE_BOX_OVERLAP
          + " LIMIT :limit) x";

  /**
   * One pass over the scenes meeting the view: grouped by grid cell (the centre of their bounding
   * box) and footprint, then per cell the number of footprint groups and of scenes. Identical
   * footprints share a centre, so the groups of all rows add up to the view's groups.
   */
  private static final String FOOTPRINT_GROUPS_BY_CELL =
      "SELECT ix, iy, count(*) AS groups, sum(n) AS n,"
          + " json_build_object('count', sum(n), 'cloudCoverPctMin', min(cloud),"
          + " 'gsdMMin', min(gsd))::text AS properties"
          + " FROM (SELECT floor((s.bbox_west + s.bbox_east) / 2 / :size)::bigint AS ix,"
          + " floor((s.bbox_south + s.bbox_north) / 2 / :size)::bigint AS iy, s.footprint_key,"
          + " count(*) AS n, min(s.cloud_cover_pct) AS cloud, min(s.gsd_m) AS gsd"
          + " FROM scene s WHERE"
          + SCENE_FILTER
          + SCENE_BOX_OVERLAP
          + " GROUP BY 1, 2, 3) x GROUP BY 1, 2 ORDER BY 1, 2";

  private static final String FOOTPRINT_FEATURES =
      "WITH m AS ("
          + " SELECT s.footprint_key, s.collection, s.id, s.acquired_at, s.cloud_cover_pct, s.gsd_m,"
          + " s.thumbnail_url, s.footprint FROM scene s WHERE"
          + SCENE_FILTER
          + " AND s.footprint_box && public.box("
          + ENVELOPE
          + ") AND ST_Intersects(s.footprint, "
          + ENVELOPE
          + ")),"
          + " g AS (SELECT footprint_key, count(*) AS n, min(cloud_cover_pct) AS cloud_min,"
          + " max(cloud_cover_pct) AS cloud_max, min(gsd_m) AS gsd_min, min(acquired_at) AS first_at,"
          + " max(acquired_at) AS last_at,"
          + " (array_agg(json_build_object('collection', collection, 'id', id, 'acquired', "
          + iso("acquired_at")
          + ", 'cloudCoverPct', cloud_cover_pct, 'gsdM', gsd_m, 'thumbnailUrl', thumbnail_url)"
          + " ORDER BY acquired_at DESC, collection, id))[1 : "
          + MAX_SCENES_LISTED
          + "] AS scenes,"
          + " (array_agg(footprint))[1] AS footprint FROM m GROUP BY footprint_key)"
          + " SELECT footprint_key AS key, n,"
          + " ST_AsGeoJSON(sightline_map_simplify(footprint, :tol), 6) AS geometry,"
          + " json_build_object('count', n, 'cloudCoverPctMin', cloud_min, 'cloudCoverPctMax', cloud_max,"
          + " 'gsdMMin', gsd_min, 'firstAcquired', "
          + iso("first_at")
          + ", 'lastAcquired', "
          + iso("last_at")
          + ", 'scenes', array_to_json(scenes), 'moreScenes', greatest(n - "
          + MAX_SCENES_LISTED
          + ", 0))::text AS properties"
          + " FROM g ORDER BY last_at DESC, footprint_key";

  /** The change event's facility is visible ({@link Visibility#FACILITY_PREDICATE}). */
  private static final String VISIBLE_FACILITY =
      " AND EXISTS (SELECT 1 FROM facility f WHERE f.id = c.facility_id AND "
          + Visibility.FACILITY_PREDICATE
          + ")";

  private static final String CHANGE_FILTER =
      " c.superseded_at IS NULL"
          + VISIBLE_FACILITY
          + " AND daterange(c.earliest, c.latest, '[]') && daterange(CAST(:from AS date), CAST(:to AS date), '[]')"
          + " AND (CAST(:kinds AS text[]) IS NULL OR c.kind = ANY(CAST(:kinds AS text[])))";

  private static final String CHANGE_FEATURES =
      "SELECT c.facility_id || '/' || c.event_key AS key,"
          + " ST_AsGeoJSON(sightline_map_simplify(c.geometry, :tol), 6) AS geometry,"
          + " json_build_object('facilityId', c.facility_id, 'eventKey', c.event_key, 'kind', c.kind,"
          + " 'structureClass', c.structure_class, 'condition', c.condition, 'earliest', c.earliest,"
          + " 'latest', c.latest, 'confidence', c.confidence, 'statementEn', c.statement_en,"
          + " 'statementKo', c.statement_ko, 'illustrative', c.illustrative)::text AS properties"
          + " FROM change_event c WHERE"
          + CHANGE_FILTER
          + " AND c.geometry && "
          + ENVELOPE
          + " AND ST_Intersects(c.geometry, "
          + ENVELOPE
          + ") ORDER BY c.facility_id, c.event_key LIMIT :limit";

  private static final String CHANGE_PROBE =
      "SELECT count(*) FROM (SELECT 1 FROM change_event c WHERE"
          + CHANGE_FILTER
          + " AND c.geometry && "
          + ENVELOPE
          + " AND ST_Intersects(c.geometry, "
          + ENVELOPE
          + ") LIMIT :limit) x";

  private static final String CHANGE_CELLS =
      "SELECT ix, iy, sum(k) AS n, json_build_object('count', sum(k), 'countsByKind',"
          + " json_object_agg(kind, k ORDER BY kind))::text AS properties FROM ("
          + " SELECT floor((ST_XMin(c.geometry) + ST_XMax(c.geometry)) / 2 / :size)::bigint AS ix,"
          + " floor((ST_YMin(c.geometry) + ST_YMax(c.geometry)) / 2 / :size)::bigint AS iy,"
          + " c.kind, count(*) AS k FROM change_event c WHERE"
          + CHANGE_FILTER
          + " AND c.geometry && "
          + ENVELOPE
          + " AND (ST_XMin(c.geometry) + ST_XMax(c.geometry)) / 2 >= :gw"
          + " AND (ST_XMin(c.geometry) + ST_XMax(c.geometry)) / 2 < :ge"
          + " AND (ST_YMin(c.geometry) + ST_YMax(c.geometry)) / 2 >= :gs"
          + " AND (ST_YMin(c.geometry) + ST_YMax(c.geometry)) / 2 < :gn"
          + " GROUP BY 1, 2, 3) x GROUP BY ix, iy ORDER BY ix, iy";

  private static final String EVENT_FILTER =
      " e.superseded_at IS NULL"
          + " AND daterange(e.time_earliest, e.time_latest, '[]') && daterange(CAST(:from AS date), CAST(:to AS date), '[]')"
          + " AND (CAST(:levels AS text[]) IS NULL OR e.level = ANY(CAST(:levels AS text[])))"
          + " AND (CAST(:types AS text[]) IS NULL OR e.claim_types && CAST(:types AS text[]))"
          + " AND (CAST(:sources AS text[]) IS NULL OR e.source_kinds && CAST(:sources AS text[]))"
          + " AND (CAST(:facility AS text) IS NULL OR e.facility_ids @> ARRAY[CAST(:facility AS text)])";

  private static final String EVENT_FEATURES =
      "SELECT e.event_key AS key,"
          + " ST_AsGeoJSON(sightline_map_simplify(e.place, :tol), 6) AS geometry,"
          + " json_build_object('eventKey', e.event_key, 'level', e.level,"
          + " 'independentSources', e.independent_sources, 'claimTypes', e.claim_types,"
          + " 'sourceKinds', e.source_kinds, 'timeEarliest', e.time_earliest, 'timeLatest', e.time_latest,"
          + " 'facilityIds', e.facility_ids, 'synthetic', e.synthetic, 'partial',"
          + " (CAST(:from AS date) IS NOT NULL AND (e.time_earliest IS NULL OR e.time_earliest < CAST(:from AS date)))"
          + " OR (CAST(:to AS date) IS NOT NULL AND (e.time_latest IS NULL OR e.time_latest > CAST(:to AS date)))"
          + ")::text AS properties"
          + " FROM corroborated_event e WHERE"
          + EVENT_FILTER
          + " AND e.place && "
          + ENVELOPE
          + " AND ST_Intersects(e.place, "
          + ENVELOPE
          + ") ORDER BY e.event_key LIMIT :limit";

  private static final String EVENT_PROBE =
      "SELECT count(*) FROM (SELECT 1 FROM corroborated_event e WHERE"
          + EVENT_FILTER
          + " AND e.place && "
          + ENVELOPE
          + " AND ST_Intersects(e.place, "
          + ENVELOPE
          + ") LIMIT :limit) x";

  private static final String EVENT_CELLS =
      "SELECT ix, iy, sum(k) AS n, json_build_object('count', sum(k), 'countsByLevel',"
          + " json_object_agg(level, k ORDER BY level))::text AS properties FROM ("
          + " SELECT floor((ST_XMin(e.place) + ST_XMax(e.place)) / 2 / :size)::bigint AS ix,"
          + " floor((ST_YMin(e.place) + ST_YMax(e.place)) / 2 / :size)::bigint AS iy,"
          + " e.level, count(*) AS k FROM corroborated_event e WHERE"
          + EVENT_FILTER
          + " AND e.place && "
          + ENVELOPE
          + " AND (ST_XMin(e.place) + ST_XMax(e.place)) / 2 >= :gw"
          + " AND (ST_XMin(e.place) + ST_XMax(e.place)) / 2 < :ge"
          + " AND (ST_YMin(e.place) + ST_YMax(e.place)) / 2 >= :gs"
          + " AND (ST_YMin(e.place) + ST_YMax(e.place)) / 2 < :gn"
          + " GROUP BY 1, 2, 3) x GROUP BY ix, iy ORDER BY ix, iy";

  /**
   * The most features the kept footprint answers hold together: answers have up to {@link
   * #MAX_FEATURES} features of about 2 KB each (a footprint and up to {@link #MAX_SCENES_LISTED}
   * scenes' properties), so about 40 MB at most.
   */
  static final long KEPT_FEATURES = 20_000;

  private final Jdbi jdbi;
  private final Clock clock;
  private final int maxFeatures;

  /**
   * Footprint answers by their question and the catalogue's generation ({@code scene_collection}:
   * bumped in the transaction of every batch of scenes written, and by every rebuild). The same
   * view and period asked again, above all the map's opening view of the whole peninsula, are
   * answered without reading the scenes again: that view's cells read every scene, 1.5-1.8 s with
   * 1,100,000 scenes (docs/LOAD.md). A write changes the generation, so no older answer is found
   * again. Footprints are public, the same for every caller; evicted after 10 minutes all the same.
   */
  private final Cache<FootprintQuestion, MapLayerDocument> footprintAnswers =
      Caffeine.newBuilder()
          .maximumWeight(KEPT_FEATURES)
          .weigher((FootprintQuestion q, MapLayerDocument d) -> d.features().size() + 1)
          .expireAfterWrite(Duration.ofMinutes(10))
          .build();

  private record FootprintQuestion(
      MapQuery query, Double maxCloudPct, List<String> collections, long generation) {}

  public MapLayers(Jdbi jdbi, Clock clock) {
    this(jdbi, clock, MAX_FEATURES);
  }

  /**
   * @param maxFeatures the most features an answer holds before it turns to cells (tests lower it)
   */
  public MapLayers(Jdbi jdbi, Clock clock, int maxFeatures) {
    if (maxFeatures < 1) {
      throw new IllegalArgumentException("maxFeatures must be positive");
    }
    this.jdbi = jdbi;
    this.clock = clock;
    this.maxFeatures = maxFeatures;
  }

  public int maxFeatures() {
    return maxFeatures;
  }

  /** The collections the catalogue holds, for checking a {@code collection} filter. */
  public Set<String> collections() {
    return jdbi.withHandle(
        h ->
            new TreeSet<>(
                h.createQuery("SELECT collection FROM scene_collection")
                    .mapTo(String.class)
                    .list()));
  }

  /**
   * Scenes whose footprint meets the view and whose acquisition day (UTC) is in the period,
   * identical footprints grouped into one feature; cells when more groups than {@link
   * #maxFeatures()} (counted on the bbox columns, which contain the footprint). Kept for the same
   * question until a batch of scenes is written (see {@code footprintAnswers}).
   *
   * @param maxCloudPct the most cloud cover in percent, or null for any (unknown cover is then
   *     excluded)
   * @param collections the collections to show, or null for all
   */
  public MapLayerDocument footprints(MapQuery q, Double maxCloudPct, String[] collections) {
    long generation =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT coalesce(sum(generation), 0) FROM scene_collection")
                    .mapTo(Long.class)
                    .one());
    FootprintQuestion question =
        new FootprintQuestion(
            q,
            maxCloudPct,
            collections == null ? null : Arrays.asList(collections.clone()),
            generation);
    // One computation per question at a time: requests for it meanwhile wait for its answer.
    return footprintAnswers.get(question, k -> readFootprints(q, maxCloudPct, collections));
  }

  private MapLayerDocument readFootprints(MapQuery q, Double maxCloudPct, String[] collections) {
    return jdbi.inTransaction(
        h -> {
          tune(h);
          if (probe(bindScenes(h.createQuery(FOOTPRINT_PROBE), q, maxCloudPct, collections))) {
            return footprintFeatures(h, q, maxCloudPct, collections);
          }
          // Many scenes: one pass counts the footprint groups per grid cell, which both decides
          // (groups in the view) and, when there are too many, is the answer (cells in the grid).
          MapGrid grid = MapGrid.of(q.bbox(), q.zoom(), maxFeatures);
          List<FootprintCell> rows =
              bindScenes(h.createQuery(FOOTPRINT_GROUPS_BY_CELL), q, maxCloudPct, collections)
                  .bind("size", grid.cellSizeDeg())
                  .map(
                      (rs, ctx) ->
                          new FootprintCell(
                              rs.getLong("ix"),
                              rs.getLong("iy"),
                              rs.getLong("groups"),
                              rs.getLong("n"),
                              rs.getString("properties")))
                  .list();
          if (rows.stream().mapToLong(FootprintCell::groups).sum() <= maxFeatures) {
            return footprintFeatures(h, q, maxCloudPct, collections);
          }
          List<MapFeature> features = new ArrayList<>();
          long matched = 0;
          for (FootprintCell row : rows) {
            if (grid.contains(row.ix(), row.iy())) {
              matched += row.scenes();
              features.add(
                  MapFeature.of(
                      grid.cellId(row.ix(), row.iy()),
                      grid.cellGeoJson(row.ix(), row.iy()),
                      row.properties()));
            }
          }
          return MapLayerDocument.of(
              FOOTPRINTS, MapLayerDocument.CELLS, matched, grid.cellSizeDeg(), features);
        });
  }

  /** Scenes in one grid cell (by their bounding box's centre), and their footprint groups. */
  private record FootprintCell(long ix, long iy, long groups, long scenes, String properties) {}

  private MapLayerDocument footprintFeatures(
      Handle h, MapQuery q, Double maxCloudPct, String[] collections) {
    List<MapFeature> features = new ArrayList<>();
    long[] matched = {0};
    bindScenes(h.createQuery(FOOTPRINT_FEATURES), q, maxCloudPct, collections)
        .bind("tol", q.pixelDeg())
        .map(
            (rs, ctx) -> {
              matched[0] += rs.getLong("n");
              return MapFeature.of(
                  "fp-" + rs.getString("key").substring(0, 16),
                  rs.getString("geometry"),
                  rs.getString("properties"));
            })
        .forEach(features::add);
    return MapLayerDocument.of(FOOTPRINTS, MapLayerDocument.FEATURES, matched[0], null, features);
  }

  /**
   * Live change events of facilities the caller may see that meet the view and whose bracket
   * [earliest, latest] meets the period.
   *
   * @param kinds the kinds to show, or null for all
   */
  public MapLayerDocument changeEvents(MapQuery q, Visibility visibility, String[] kinds) {
    return jdbi.inTransaction(
        h -> {
          tune(h);
          if (probe(bindChanges(h.createQuery(CHANGE_PROBE), q, visibility, kinds))) {
            List<MapFeature> features =
                bindChanges(h.createQuery(CHANGE_FEATURES), q, visibility, kinds)
                    .bind("tol", q.pixelDeg())
                    .bind("limit", maxFeatures)
                    .map(
                        (rs, ctx) ->
                            MapFeature.of(
                                rs.getString("key"),
                                rs.getString("geometry"),
                                rs.getString("properties")))
                    .list();
            return MapLayerDocument.of(
                CHANGE_EVENTS, MapLayerDocument.FEATURES, features.size(), null, features);
          }
          MapGrid grid = MapGrid.of(q.bbox(), q.zoom(), maxFeatures);
          return cells(
              CHANGE_EVENTS,
              grid,
              bindGrid(bindChanges(h.createQuery(CHANGE_CELLS), q, visibility, kinds), grid));
        });
  }

  /**
   * Live corroborated events that meet the view and whose span (either end open) meets the period;
   * {@code partial} when the span reaches beyond the period. Members are not listed, so nothing a
   * {@code corroboration-only} source withholds is shown.
   *
   * @param filter levels, types, source kinds and facility to keep (null parts keep everything)
   */
  public MapLayerDocument events(MapQuery q, EventFilter filter) {
    return jdbi.inTransaction(
        h -> {
          tune(h);
          if (probe(bindEvents(h.createQuery(EVENT_PROBE), q, filter))) {
            List<MapFeature> features =
                bindEvents(h.createQuery(EVENT_FEATURES), q, filter)
                    .bind("tol", q.pixelDeg())
                    .bind("limit", maxFeatures)
                    .map(
                        (rs, ctx) ->
                            MapFeature.of(
                                rs.getString("key"),
                                rs.getString("geometry"),
                                rs.getString("properties")))
                    .list();
            return MapLayerDocument.of(
                EVENTS, MapLayerDocument.FEATURES, features.size(), null, features);
          }
          MapGrid grid = MapGrid.of(q.bbox(), q.zoom(), maxFeatures);
          return cells(
              EVENTS, grid, bindGrid(bindEvents(h.createQuery(EVENT_CELLS), q, filter), grid));
        });
  }

  /**
   * The plans (EXPLAIN ANALYZE, BUFFERS) of a layer's queries for a view, unfiltered by codes: the
   * mode decision or features query and the cells query. For benchmarks and diagnosis.
   */
  public String explain(String layer, MapQuery q, Visibility visibility) {
    return jdbi.inTransaction(
        h -> {
          MapGrid grid = MapGrid.of(q.bbox(), q.zoom(), maxFeatures);
          String explain = "EXPLAIN (ANALYZE, BUFFERS) ";
          tune(h);
          List<Query> queries =
              switch (layer) {
                case FOOTPRINTS ->
                    List.of(
                        bindScenes(h.createQuery(explain + FOOTPRINT_GROUPS_BY_CELL), q, null, null)
                            .bind("size", grid.cellSizeDeg()),
                        bindScenes(h.createQuery(explain + FOOTPRINT_FEATURES), q, null, null)
                            .bind("tol", q.pixelDeg()));
                case CHANGE_EVENTS ->
                    List.of(
                        bindChanges(h.createQuery(explain + CHANGE_FEATURES), q, visibility, null)
                            .bind("tol", q.pixelDeg())
                            .bind("limit", maxFeatures + 1),
                        bindGrid(
                            bindChanges(h.createQuery(explain + CHANGE_CELLS), q, visibility, null),
                            grid));
                case EVENTS ->
                    List.of(
                        bindEvents(h.createQuery(explain + EVENT_FEATURES), q, EventFilter.ALL)
                            .bind("tol", q.pixelDeg())
                            .bind("limit", maxFeatures + 1),
                        bindGrid(
                            bindEvents(h.createQuery(explain + EVENT_CELLS), q, EventFilter.ALL),
                            grid));
                default -> throw new IllegalArgumentException("no layer " + layer);
              };
          StringBuilder plans = new StringBuilder();
          for (Query query : queries) {
            query.mapTo(String.class).forEach(line -> plans.append(line).append('\n'));
            plans.append('\n');
          }
          return plans.toString();
        });
  }

  /**
   * For this transaction only: room for the sorts and hashes of one answer (the default work_mem, 4
   * MB, spills a 100,000-scene grouping to disk), {@link ShortQuerySettings} (measured here: JIT
   * added ~1 s to a grouping query, a parallel grid count took 355 ms against ~60 ms serial), and
   * no nested loops.
   */
  private static void tune(Handle h) {
    h.execute("SET LOCAL work_mem = '64MB'");
    ShortQuerySettings.apply(h);
    // The only join here is the visibility check against the small facility table; the planner
    // underestimates the rows the place-and-period GiST returns (1 for 20,000) and would scan the
    // facility table once per change event (320 ms for the peninsula); hashed it is a few ms.
    h.execute("SET LOCAL enable_nestloop = off");
  }

  /** Whether a count query limited to maxFeatures + 1 rows found at most maxFeatures. */
  private boolean probe(Query query) {
    return query.bind("limit", maxFeatures + 1).mapTo(Long.class).one() <= maxFeatures;
  }

  private static MapLayerDocument cells(String layer, MapGrid grid, Query query) {
    List<MapFeature> features = new ArrayList<>();
    long[] matched = {0};
    query
        .map(
            (rs, ctx) -> {
              long ix = rs.getLong("ix");
              long iy = rs.getLong("iy");
              matched[0] += rs.getLong("n");
              return MapFeature.of(
                  grid.cellId(ix, iy), grid.cellGeoJson(ix, iy), rs.getString("properties"));
            })
        .forEach(features::add);
    return MapLayerDocument.of(
        layer, MapLayerDocument.CELLS, matched[0], grid.cellSizeDeg(), features);
  }

  private static Query bindBox(Query query, BoundingBox box) {
    return query
        .bind("w", box.minLonDeg())
        .bind("s", box.minLatDeg())
        .bind("e", box.maxLonDeg())
        .bind("n", box.maxLatDeg());
  }

  private static Query bindGrid(Query query, MapGrid grid) {
    return query
        .bind("size", grid.cellSizeDeg())
        .bind("gw", grid.west())
        .bind("gs", grid.south())
        .bind("ge", grid.east())
        .bind("gn", grid.north());
  }

  private static Query bindScenes(
      Query query, MapQuery q, Double maxCloudPct, String[] collections) {
    return bindBox(query, q.bbox())
        .bind("start", startOfDay(q.fromOrOpen()))
        .bind("end", startOfDay(q.toOrOpen().plusDays(1)))
        .bind("maxCloudPct", maxCloudPct)
        .bind("collections", collections);
  }

  private static Query bindChanges(Query query, MapQuery q, Visibility visibility, String[] kinds) {
    return bindBox(query, q.bbox())
        .bind("publishedOnly", visibility.publishedOnly())
        .bind("from", q.from())
        .bind("to", q.to())
        .bind("kinds", kinds);
  }

  private static Query bindEvents(Query query, MapQuery q, EventFilter filter) {
    return bindBox(query, q.bbox())
        .bind("from", q.from())
        .bind("to", q.to())
        .bind("levels", filter.levelArray())
        .bind("types", filter.typeArray())
        .bind("sources", filter.sourceKindArray())
        .bind("facility", filter.facility());
  }

  static OffsetDateTime startOfDay(LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  // Time span

  /**
   * A period of days, both inclusive, either null when there is no data.
   *
   * @param start the first day (UTC)
   * @param end the last day (UTC)
   */
  public record Span(LocalDate start, LocalDate end) {
    static final Span EMPTY = new Span(null, null);

    Span union(Span other) {
      return new Span(min(start, other.start), max(end, other.end));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
      return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
      return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
  }

  /**
   * The span of each layer the caller may see.
   *
   * @param changeEvents null unless staff
   * @param events null unless staff
   */
  public record LayerSpans(Span boundaries, Span footprints, Span changeEvents, Span events) {
    /** The union of the spans present. */
    public Span all() {
      Span all = boundaries.union(footprints);
      if (changeEvents != null) {
        all = all.union(changeEvents);
      }
      if (events != null) {
        all = all.union(events);
      }
      return all;
    }
  }

  /**
   * The span of every layer: boundaries (their validity, visible facilities only; an open end
   * reaches today), footprints (acquisition days), and for staff change events (brackets) and
   * corroborated events (their known ends).
   */
  public LayerSpans spans(Visibility visibility) {
    return jdbi.inTransaction(
        h -> {
          tune(h);
          return new LayerSpans(
              boundarySpan(h, visibility),
              footprintSpan(h),
              visibility.staff() ? changeSpan(h, visibility) : null,
              visibility.staff() ? eventSpan(h) : null);
        });
  }

  /** The span of one layer ({@link #FOOTPRINTS}, {@link #CHANGE_EVENTS} or {@link #EVENTS}). */
  public Span span(String layer, Visibility visibility) {
    return jdbi.inTransaction(
        h -> {
          return switch (layer) {
            case FOOTPRINTS -> footprintSpan(h);
            case CHANGE_EVENTS -> changeSpan(h, visibility);
            case EVENTS -> eventSpan(h);
            default -> throw new IllegalArgumentException("no layer " + layer);
          };
        });
  }

  private Span boundarySpan(Handle h, Visibility visibility) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return h.createQuery(
            "SELECT count(*) AS versions, min(valid_from) AS first_day, max(valid_to) - 1 AS last_day,"
                + " bool_or(valid_to IS NULL) AS open_end"
                + " FROM "
                + Visibility.BOUNDARIES
                + " WHERE deleted_at IS NULL AND "
                + Visibility.AREA_PREDICATE)
        .bind("publishedOnly", visibility.publishedOnly())
        .map(
            (rs, ctx) -> {
              if (rs.getLong("versions") == 0) {
                return Span.EMPTY;
              }
              LocalDate first = rs.getObject("first_day", LocalDate.class);
              LocalDate last =
                  rs.getBoolean("open_end") ? today : rs.getObject("last_day", LocalDate.class);
              return new Span(first, last);
            })
        .one();
  }

  private static Span footprintSpan(Handle h) {
    return h.createQuery(
            "SELECT min(acquired_at) AS first_at, max(acquired_at) AS last_at FROM scene")
        .map(
            (rs, ctx) -> {
              OffsetDateTime first = rs.getObject("first_at", OffsetDateTime.class);
              OffsetDateTime last = rs.getObject("last_at", OffsetDateTime.class);
              return new Span(day(first), day(last));
            })
        .one();
  }

  private static LocalDate day(OffsetDateTime t) {
    return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
  }

  private static Span changeSpan(Handle h, Visibility visibility) {
    return h.createQuery(
            "SELECT min(earliest) AS first_day, max(latest) AS last_day FROM change_event"
                + " WHERE superseded_at IS NULL AND "
                + Visibility.AREA_PREDICATE)
        .bind("publishedOnly", visibility.publishedOnly())
        .map(
            (rs, ctx) ->
                new Span(
                    rs.getObject("first_day", LocalDate.class),
                    rs.getObject("last_day", LocalDate.class)))
        .one();
  }

  private static Span eventSpan(Handle h) {
    return h.createQuery(
            "SELECT min(time_earliest) AS first_day, max(time_latest) AS last_day"
                + " FROM corroborated_event WHERE superseded_at IS NULL")
        .map(
            (rs, ctx) ->
                new Span(
                    rs.getObject("first_day", LocalDate.class),
                    rs.getObject("last_day", LocalDate.class)))
        .one();
  }

  // Histogram

  /**
   * One bin of a histogram.
   *
   * @param start its first day
   * @param end its last day, inclusive
   * @param count items in it: scenes acquired on its days, or events whose span meets it
   */
  public record Bin(LocalDate start, LocalDate end, long count) {}

  /**
   * Counts per time bin.
   *
   * @param from the first day counted, or null when the layer holds nothing
   * @param to the last day counted, inclusive
   */
  public record Histogram(String layer, LocalDate from, LocalDate to, List<Bin> bins) {}

  /**
   * Counts of a layer per bin of near-equal width (days; widths differ by at most one day, and
   * there are never more bins than days): scenes by acquisition day, change events and events in
   * every bin their span meets. {@code from} or {@code to} null: the layer's span.
   *
   * @param bbox the view, or null for everywhere (scenes by their bbox columns, events by place)
   */
  public Histogram histogram(
      String layer,
      BoundingBox bbox,
      LocalDate from,
      LocalDate to,
      int bins,
      Visibility visibility) {
    LocalDate start = from;
    LocalDate end = to;
    if (start == null || end == null) {
      Span span = span(layer, visibility);
      start = start == null ? span.start() : start;
      end = end == null ? span.end() : end;
    }
    if (start == null || end == null || end.isBefore(start)) {
      return new Histogram(layer, start, end, List.of());
    }
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    int n = (int) Math.min(bins, days);
    long[] counts = new long[n + 1];
    LocalDate first = start;
    LocalDate last = end;
    jdbi.useTransaction(
        h -> {
          tune(h);
          Query query = histogramQuery(h, layer, bbox, first, last, n, days, visibility);
          query
              .map((rs, ctx) -> new long[] {rs.getLong("b0"), rs.getLong("b1"), rs.getLong("k")})
              .forEach(
                  row -> {
                    counts[(int) Math.max(0, Math.min(n - 1, row[0]))] += row[2];
                    counts[(int) Math.max(0, Math.min(n, row[1] + 1))] -= row[2];
                  });
        });
    List<Bin> result = new ArrayList<>(n);
    long running = 0;
    for (int i = 0; i < n; i++) {
      running += counts[i];
      LocalDate binStart = start.plusDays((i * days + n - 1) / n);
      LocalDate binEnd = start.plusDays(((i + 1) * days + n - 1) / n - 1);
      result.add(new Bin(binStart, binEnd, running));
    }
    return new Histogram(layer, start, end, result);
  }

  private static Query histogramQuery(
      Handle h,
      String layer,
      BoundingBox bbox,
      LocalDate from,
      LocalDate to,
      int n,
      long days,
      Visibility visibility) {
    String sql =
        switch (layer) {
          case FOOTPRINTS ->
              "SELECT (((s.acquired_at AT TIME ZONE 'UTC')::date - CAST(:from AS date))::bigint * :n / :days) AS b0,"
                  + " (((s.acquired_at AT TIME ZONE 'UTC')::date - CAST(:from AS date))::bigint * :n / :days) AS b1,"
                  + " count(*) AS k FROM scene s"
                  + " WHERE s.acquired_at >= :start AND s.acquired_at < :end"
                  + " AND (NOT :hasBox OR (s.bbox_west <= :e AND s.bbox_east >= :w AND s.bbox_south <= :n2"
                  + " AND s.bbox_north >= :s)) GROUP BY 1, 2";
          case CHANGE_EVENTS ->
              "SELECT ((greatest(c.earliest, CAST(:from AS date)) - CAST(:from AS date))::bigint * :n / :days) AS b0,"
                  + " ((least(c.latest, CAST(:to AS date)) - CAST(:from AS date))::bigint * :n / :days) AS b1,"
                  + " count(*) AS k FROM change_event c"
                  + " WHERE c.superseded_at IS NULL"
                  + VISIBLE_FACILITY
                  + " AND daterange(c.earliest, c.latest, '[]') && daterange(CAST(:from AS date), CAST(:to AS date), '[]')"
                  + " AND (NOT :hasBox OR (c.geometry && ST_MakeEnvelope(:w, :s, :e, :n2, 4326)"
                  + " AND ST_Intersects(c.geometry, ST_MakeEnvelope(:w, :s, :e, :n2, 4326)))) GROUP BY 1, 2";
          case EVENTS ->
              "SELECT ((greatest(coalesce(e.time_earliest, CAST(:from AS date)), CAST(:from AS date))"
                  + " - CAST(:from AS date))::bigint * :n / :days) AS b0,"
                  + " ((least(coalesce(e.time_latest, CAST(:to AS date)), CAST(:to AS date))"
                  + " - CAST(:from AS date))::bigint * :n / :days) AS b1,"
                  + " count(*) AS k FROM corroborated_event e WHERE e.superseded_at IS NULL"
                  + " AND daterange(e.time_earliest, e.time_latest, '[]') && daterange(CAST(:from AS date), CAST(:to AS date), '[]')"
                  + " AND (NOT :hasBox OR (e.place && ST_MakeEnvelope(:w, :s, :e, :n2, 4326)"
                  + " AND ST_Intersects(e.place, ST_MakeEnvelope(:w, :s, :e, :n2, 4326)))) GROUP BY 1, 2";
          default -> throw new IllegalArgumentException("no layer " + layer);
        };
    BoundingBox box = bbox == null ? BoundingBox.of(-180, -90, 180, 90) : bbox;
    return h.createQuery(sql)
        .bind("from", from)
        .bind("to", to)
        .bind("start", startOfDay(from))
        .bind("end", startOfDay(to.plusDays(1)))
        .bind("n", (long) n)
        .bind("days", days)
        .bind("hasBox", bbox != null)
        .bind("publishedOnly", visibility.publishedOnly())
        .bind("w", box.minLonDeg())
        .bind("s", box.minLatDeg())
        .bind("e", box.maxLonDeg())
        .bind("n2", box.maxLatDeg());
  }
}
