package org.sightline.server.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.locationtech.jts.geom.Geometry;
import org.postgresql.PGConnection;
import org.sightline.imagery.coverage.SceneCover;
import org.sightline.server.visibility.Visibility;

/**
 * The one DAO of the scene aggregate ({@code scene}, {@code scene_previous}): the bulk write steps
 * of {@link SceneStore}, the STAC search, single Items and collection summaries, and the coverage
 * of a facility. Footprints are EPSG:4326; spatial filters meet the footprint's box first (the GiST
 * index {@code scene_box_time_gix}, V023), then {@code ST_Intersects}; areas are ellipsoidal
 * (PostGIS geography). Values are always bound by name; the only SQL text chosen at run time is the
 * order of a search ({@link SceneSearchSql}) and its spatial test ({@link SearchShape}), all
 * constants. Attach to a handle; as thread-safe as the handle.
 */
public interface SceneDao extends SqlObject {

  /** The stored content hash of one scene. */
  record StoredHash(String collection, String id, String contentSha256) {}

  /**
   * A scene an observation is made on: its collection, id, acquisition instant and footprint
   * (EPSG:4326).
   */
  record SceneRef(String collection, String id, Instant acquiredAt, Geometry footprint) {}

  /**
   * The scenes with this id, in every collection (or only {@code collection} when it is not null),
   * by collection.
   */
  @SqlQuery(
      """
      SELECT collection, id, acquired_at, footprint FROM scene
       WHERE id = :id AND (CAST(:collection AS text) IS NULL OR collection = :collection)
       ORDER BY collection""")
  @RegisterRowMapper(SceneRowMappers.SceneRefMapper.class)
  List<SceneRef> sceneRefs(@Bind("id") String id, @Bind("collection") String collection);

  /** Whether a scene with this id is in the catalogue, in any collection. */
  @SqlQuery("SELECT EXISTS (SELECT 1 FROM scene WHERE id = :id)")
  boolean catalogued(@Bind("id") String id);

  /**
   * One search result: the stored Item JSON, untouched, and its sort key values as text (for the
   * paging token).
   */
  record SearchRow(String collection, String id, String itemJson, List<String> keyValues) {}

  /**
   * Where a COPY writes: the table itself (new Items) or the transaction's staging table (changed
   * ones).
   */
  enum CopyTarget {
    SCENE("scene"),
    STAGING("scene_staging");

    private final String table;

    CopyTarget(String table) {
      this.table = table;
    }
  }

  /**
   * The stored hashes of those of the given keys (pairwise: collections[i], ids[i]) that are
   * stored.
   */
  @SqlQuery(
      """
      SELECT s.collection, s.id, s.content_sha256
        FROM scene s JOIN unnest(CAST(:collections AS text[]), CAST(:ids AS text[])) AS k(collection, id)
          ON s.collection = k.collection AND s.id = k.id""")
  @RegisterRowMapper(SceneRowMappers.StoredHashMapper.class)
  List<StoredHash> storedHashes(
      @Bind("collections") String[] collections, @Bind("ids") String[] ids);

  /** One scene's stored Item JSON, as received. */
  record StoredItem(String collection, String id, String itemJson) {}

  /**
   * The stored Item JSON of those of the given keys (pairwise: collections[i], ids[i]) that are
   * stored, exactly as received.
   */
  @SqlQuery(
      """
      SELECT s.collection, s.id, s.item::text AS item
        FROM scene s JOIN unnest(CAST(:collections AS text[]), CAST(:ids AS text[])) AS k(collection, id)
          ON s.collection = k.collection AND s.id = k.id""")
  @RegisterRowMapper(SceneRowMappers.StoredItemMapper.class)
  List<StoredItem> storedItems(
      @Bind("collections") String[] collections, @Bind("ids") String[] ids);

  /** A staging table shaped like {@code scene}, dropped when the transaction commits. */
  @SqlUpdate(
      "CREATE TEMP TABLE scene_staging (LIKE scene INCLUDING DEFAULTS INCLUDING GENERATED) ON COMMIT DROP")
  void createStagingTable();

  /**
   * COPYs rows in {@code scene}'s column order (CSV, {@link SceneCopyRows}) into {@code target},
   * through the connection's COPY API.
   */
  default void copy(CopyTarget target, String csvRows) {
    try {
      PGConnection pg = getHandle().getConnection().unwrap(PGConnection.class);
      // The table name is one of CopyTarget's constants, never input.
      pg.getCopyAPI()
          .copyIn("COPY " + target.table + " FROM STDIN (FORMAT csv)", new StringReader(csvRows));
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(
          "COPY into " + target.table + " failed: " + e.getMessage(), e);
    }
  }

  /** Keeps the stored versions of the staged scenes in {@code scene_previous}; returns how many. */
  @SqlUpdate(
      """
      INSERT INTO scene_previous (collection, id, version, item, content_sha256, ingested_at, ingested_by,
                                  replaced_at, replaced_by)
      SELECT s.collection, s.id, s.version, s.item, s.content_sha256, s.ingested_at, s.ingested_by, :replacedAt, :replacedBy
        FROM scene s JOIN scene_staging t ON t.collection = s.collection AND t.id = s.id""")
  int keepPreviousVersions(
      @Bind("replacedAt") OffsetDateTime replacedAt, @Bind("replacedBy") String replacedBy);

  /** Replaces the stored scenes by their staged versions, one version up; returns how many. */
  @SqlUpdate(
      """
      UPDATE scene s SET acquired_at = t.acquired_at, start_at = t.start_at, end_at = t.end_at,
             footprint = t.footprint, bbox_west = t.bbox_west, bbox_south = t.bbox_south,
             bbox_east = t.bbox_east, bbox_north = t.bbox_north, platform = t.platform,
             constellation = t.constellation, instruments = t.instruments, gsd_m = t.gsd_m,
             cloud_cover_pct = t.cloud_cover_pct, off_nadir_deg = t.off_nadir_deg,
             sun_elevation_deg = t.sun_elevation_deg, sun_azimuth_deg = t.sun_azimuth_deg,
             providers = t.providers, license = t.license, thumbnail_url = t.thumbnail_url,
             visual_url = t.visual_url, stac_version = t.stac_version, item = t.item,
             content_sha256 = t.content_sha256, version = s.version + 1, ingested_at = t.ingested_at,
             ingested_by = t.ingested_by
        FROM scene_staging t
       WHERE t.collection = s.collection AND t.id = s.id""")
  int updateFromStaging();

  /** One Item's stored JSON, untouched. */
  @SqlQuery("SELECT item::text FROM scene WHERE collection = :collection AND id = :id")
  Optional<String> item(@Bind("collection") String collection, @Bind("id") String id);

  /**
   * Every collection's summary ({@code onlyId} null), or that one collection's; by id. Read from
   * {@code scene_collection}, which {@link #addToCollections} keeps as scenes are written (V022).
   */
  @SqlQuery(
      """
      SELECT collection, scenes, west, south, east, north, first_at AS first, last_at AS last
        FROM scene_collection WHERE CAST(:onlyId AS text) IS NULL OR collection = :onlyId
       ORDER BY collection""")
  @RegisterRowMapper(SceneRowMappers.CollectionSummaryMapper.class)
  List<CollectionSummary> collections(@Bind("onlyId") String onlyId);

  /** Whether any scene is in {@code collection}: one row of {@code scene_collection}. */
  @SqlQuery("SELECT EXISTS (SELECT 1 FROM scene_collection WHERE collection = :collection)")
  boolean hasCollection(@Bind("collection") String collection);

  /**
   * Adds one batch's scenes to their collections' summaries (pairwise arrays, one element per
   * collection; {@link CollectionTally#addTo}): the count grows by the scenes inserted, the extent
   * and the time span widen to include the batch's. Run in the batch's transaction, last, so that
   * the row lock it takes is held only until the commit.
   */
  @SqlUpdate(
      """
      INSERT INTO scene_collection AS c (collection, scenes, west, south, east, north, first_at, last_at,
                                         max_after_s, max_before_s)
      SELECT * FROM unnest(CAST(:collections AS text[]), CAST(:inserted AS bigint[]),
                           CAST(:west AS float8[]), CAST(:south AS float8[]),
                           CAST(:east AS float8[]), CAST(:north AS float8[]),
                           CAST(CAST(:firstAt AS text[]) AS timestamptz[]),
                           CAST(CAST(:lastAt AS text[]) AS timestamptz[]),
                           CAST(:maxAfterS AS float8[]), CAST(:maxBeforeS AS float8[]))
      ON CONFLICT (collection) DO UPDATE
        SET scenes = c.scenes + EXCLUDED.scenes,
            west = least(c.west, EXCLUDED.west), south = least(c.south, EXCLUDED.south),
            east = greatest(c.east, EXCLUDED.east), north = greatest(c.north, EXCLUDED.north),
            first_at = least(c.first_at, EXCLUDED.first_at), last_at = greatest(c.last_at, EXCLUDED.last_at),
            max_after_s = greatest(c.max_after_s, EXCLUDED.max_after_s),
            max_before_s = greatest(c.max_before_s, EXCLUDED.max_before_s),
            generation = c.generation + 1""")
  void addToCollections(
      @Bind("collections") String[] collections,
      @Bind("inserted") long[] inserted,
      @Bind("west") double[] west,
      @Bind("south") double[] south,
      @Bind("east") double[] east,
      @Bind("north") double[] north,
      @Bind("firstAt") String[] firstAt,
      @Bind("lastAt") String[] lastAt,
      @Bind("maxAfterS") double[] maxAfterS,
      @Bind("maxBeforeS") double[] maxBeforeS);

  /** {@link #SEARCH_FILTER} up to its spatial test. */
  String FILTER_BEFORE_SPATIAL =
      """
      (CAST(:collections AS text[]) IS NULL OR collection = ANY(:collections))
         AND (CAST(:ids AS text[]) IS NULL OR id = ANY(:ids))
         AND (CAST(:area AS geometry) IS NULL OR (""";

  /** {@link #SEARCH_FILTER} after its spatial test. */
  String FILTER_AFTER_SPATIAL =
      """
      ))
         AND ((CAST(:from AS timestamptz) IS NULL AND CAST(:to AS timestamptz) IS NULL)
              OR tstzrange(coalesce(start_at, acquired_at), coalesce(end_at, acquired_at), '[]')
                 && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz), '[]'))
         AND (CAST(:acquiredFrom AS timestamptz) IS NULL OR acquired_at >= CAST(:acquiredFrom AS timestamptz))
         AND (CAST(:acquiredTo AS timestamptz) IS NULL OR acquired_at <= CAST(:acquiredTo AS timestamptz))
      """;

  /**
   * The conditions of a search ({@link SearchFilter}'s values), for the page and its count. The
   * spatial test, {@code <spatial>}, is one of {@link #FOOTPRINT_MEETS}, {@link #BOX_MEETS} or
   * {@link #BOX_THEN_FOOTPRINT_MEETS}, by the search's {@link SearchShape}. The last two conditions
   * repeat the time condition as bounds on {@code acquired_at} ({@link TimeSpans}), which the
   * {@code scene_time} index can start and stop at.
   */
  String SEARCH_FILTER = FILTER_BEFORE_SPATIAL + "<spatial>" + FILTER_AFTER_SPATIAL;

  /**
   * The exact test on the footprint, with no index to serve it since V023: for a {@link
   * SearchShape#WIDE} search, which walks the rows in order (PostGIS's statistics estimate it).
   */
  String FOOTPRINT_MEETS = "footprint && :area AND ST_Intersects(footprint, :area)";

  /**
   * The footprint's box meets the area's ({@code scene_box_time_gix}, index-only): the candidates
   * of a {@link SearchShape#NARROW} page, tested exactly afterwards on the page's rows only.
   */
  String BOX_MEETS = "footprint_box && public.box(CAST(:area AS geometry))";

  /** The conditions of a narrow search's candidates ({@link #BOX_MEETS}). */
  String SEARCH_FILTER_BOX = FILTER_BEFORE_SPATIAL + BOX_MEETS + FILTER_AFTER_SPATIAL;

  /** {@link #BOX_MEETS}, then the exact test on each candidate's row: a narrow count. */
  String BOX_THEN_FOOTPRINT_MEETS = BOX_MEETS + " AND ST_Intersects(footprint, :area)";

  /**
   * The values a search binds.
   *
   * @param area the spatial filter, EPSG:4326, or null
   * @param from inclusive, or null when open
   * @param to inclusive, or null when open
   * @param acquiredFrom no scene acquired before it can meet {@code from} ({@link TimeSpans}), or
   *     null
   * @param acquiredTo no scene acquired after it can meet {@code to}, or null
   */
  @SuppressWarnings("ArrayRecordComponent") // arrays bind as SQL arrays; never compared or hashed
  record SearchFilter(
      String[] collections,
      String[] ids,
      Geometry area,
      OffsetDateTime from,
      OffsetDateTime to,
      OffsetDateTime acquiredFrom,
      OffsetDateTime acquiredTo,
      int limit) {
    /** The same conditions, with {@code :limit} bound to {@code newLimit}. */
    public SearchFilter withLimit(int newLimit) {
      return new SearchFilter(collections, ids, area, from, to, acquiredFrom, acquiredTo, newLimit);
    }

    /**
     * The same conditions without the bounds on {@code acquired_at}, for a narrow search: they
     * serve only a walk of the {@code scene_time} index, and with them the planner combined that
     * index's whole year with the box index's candidates (a bitmap of ~90,000 entries: 80 ms a
     * count at 1,000,000 scenes).
     */
    public SearchFilter withoutAcquiredBounds() {
      return new SearchFilter(collections, ids, area, from, to, null, null, limit);
    }
  }

  /**
   * How far a scene's time range reaches from its {@code acquired_at}, at most, over every stored
   * scene ({@code scene_collection}, kept by {@link #addToCollections}): its end at most {@code
   * afterS} seconds after, its start at most {@code beforeS} seconds before. So a scene whose range
   * meets [from, to] was acquired in [from - afterS, to + beforeS], a condition the {@code
   * scene_time} index answers: without it a search for one year walked that index from the first
   * scene, 4.8 s with 1,100,000 scenes (docs/SCALING.md).
   */
  record TimeSpans(double afterS, double beforeS) {
    /** A bound this far past the earliest or latest timestamptz is no bound. */
    private static final long MAX_REACH_S = 500L * 365 * 86_400;

    /** The widest reaches of all {@code spans} (0 when there are none). */
    static TimeSpans of(List<CollectionSpan> spans) {
      double afterS = 0;
      double beforeS = 0;
      for (CollectionSpan span : spans) {
        afterS = Math.max(afterS, span.maxAfterS());
        beforeS = Math.max(beforeS, span.maxBeforeS());
      }
      return new TimeSpans(afterS, beforeS);
    }

    OffsetDateTime acquiredFrom(Instant from) {
      return from == null || afterS > MAX_REACH_S
          ? null
          : from.minusSeconds((long) Math.ceil(afterS) + 1).atOffset(ZoneOffset.UTC);
    }

    OffsetDateTime acquiredTo(Instant to) {
      return to == null || beforeS > MAX_REACH_S
          ? null
          : to.plusSeconds((long) Math.ceil(beforeS) + 1).atOffset(ZoneOffset.UTC);
    }
  }

  /**
   * One collection's scenes and time span ({@code scene_collection}), for the time bounds and the
   * shape of a search.
   *
   * @param maxAfterS how far past its {@code acquired_at} a scene's range ends, at most, seconds
   * @param maxBeforeS how far before its {@code acquired_at} a scene's range starts, at most
   */
  record CollectionSpan(
      String collection,
      long scenes,
      Instant firstAt,
      Instant lastAt,
      double maxAfterS,
      double maxBeforeS) {
    /**
     * The share of this collection's span [firstAt, lastAt] that lies in [from, to] (open ends when
     * null), 0-1: about the share of its scenes acquired then.
     */
    double shareAcquiredIn(Instant from, Instant to) {
      Instant start = from == null || from.isBefore(firstAt) ? firstAt : from;
      Instant end = to == null || to.isAfter(lastAt) ? lastAt : to;
      if (end.isBefore(start)) {
        return 0;
      }
      long spanMs = lastAt.toEpochMilli() - firstAt.toEpochMilli();
      return spanMs == 0 ? 1 : (end.toEpochMilli() - start.toEpochMilli()) / (double) spanMs;
    }
  }

  /**
   * One collection's span, with the share (0-1) of all scenes whose footprint's box meets the
   * search's area's, from PostGIS's statistics of {@code scene.footprint} ({@code
   * sightline_footprint_share}, V023): the same on every row; null without an area or statistics.
   */
  record SpanAndShare(CollectionSpan span, Double footprintShare) {}

  /**
   * Every collection's {@link CollectionSpan} and the share of scenes {@code area} meets, in one
   * statement (the share computed once).
   */
  @SqlQuery(
      """
      SELECT collection, scenes, first_at, last_at, max_after_s, max_before_s,
             (SELECT sightline_footprint_share(CAST(:area AS geometry))) AS footprint_share
        FROM scene_collection""")
  @RegisterRowMapper(SceneRowMappers.SpanAndShareMapper.class)
  List<SpanAndShare> collectionSpans(@Bind("area") Geometry area);

  /** {@link TimeSpans} now (0 when no scene is stored). */
  default TimeSpans timeSpans() {
    return TimeSpans.of(collectionSpans(null).stream().map(SpanAndShare::span).toList());
  }

  /**
   * A search's conditions as bound values, and what its {@link SearchShape} is chosen from; read
   * once for a page and its count ({@link #prepare}).
   */
  record PreparedSearch(SearchFilter filter, SearchShape.Estimate estimate) {}

  /**
   * Keyset-paged search in {@code search}'s order (by default datetime, collection, id), at most
   * {@code limit} rows after {@code search.after()}. A narrow search may take more than one
   * statement: call it in a transaction to read one snapshot.
   */
  default List<SearchRow> search(StacSearch search, int limit) {
    return search(search, prepare(search), limit);
  }

  /** {@link #search(StacSearch, int)} with the conditions already read ({@link #prepare}). */
  default List<SearchRow> search(StacSearch search, PreparedSearch prepared, int limit) {
    return search(
        SearchShape.forPage(search.sort(), prepared.estimate(), limit),
        search,
        prepared.filter(),
        limit);
  }

  /** {@link #search(StacSearch, int)} in the given shape (either finds the same rows). */
  default List<SearchRow> search(
      SearchShape shape, StacSearch search, SearchFilter filter, int limit) {
    StacSort sort = search.sort();
    if (shape == SearchShape.NARROW && filter.area() != null) {
      return searchNarrow(sort, search.after(), filter, limit);
    }
    boolean continued = search.after() != null;
    return search(
        FOOTPRINT_MEETS,
        SceneSearchSql.keyColumns(sort),
        continued ? "AND " + SceneSearchSql.afterCondition(sort) : "",
        SceneSearchSql.orderBy(sort),
        filter.withLimit(limit),
        continued ? SceneSearchSql.afterValues(search.after()) : Map.of());
  }

  /**
   * A {@link SearchShape#NARROW} page: candidates in order from the box index alone, a few more
   * than {@code limit} at a time, each then tested exactly on its row; when too few pass, the
   * candidates after the last one tested, four times as many each round, until the page is full or
   * no candidate is left.
   */
  private List<SearchRow> searchNarrow(
      StacSort sort, List<String> after, SearchFilter filter, int limit) {
    List<SearchRow> page = new ArrayList<>(limit);
    List<String> from = after;
    long batch = (long) limit + Math.max(4, limit / 16);
    while (true) {
      List<SearchRow> candidates =
          searchCandidates(
              SceneSearchSql.keyColumns(sort),
              from != null ? "AND " + SceneSearchSql.afterCondition(sort) : "",
              SceneSearchSql.orderBy(sort),
              filter.withoutAcquiredBounds().withLimit((int) batch),
              from != null ? SceneSearchSql.afterValues(from) : Map.of());
      for (SearchRow candidate : candidates) {
        if (candidate.itemJson() != null) {
          page.add(candidate);
          if (page.size() == limit) {
            return page;
          }
        }
      }
      if (candidates.size() < batch) {
        return page;
      }
      from = candidates.get(candidates.size() - 1).keyValues();
      batch = Math.min(4 * batch, MAX_CANDIDATES_PER_STATEMENT);
    }
  }

  /** The most candidates one statement of a narrow search reads. */
  int MAX_CANDIDATES_PER_STATEMENT = 100_000;

  /**
   * How many scenes meet {@code prepared}'s conditions (all pages, whatever the token), counting at
   * most {@code atMost}.
   */
  default long count(PreparedSearch prepared, int atMost) {
    return count(
        SearchShape.forCount(prepared.estimate(), atMost), prepared.filter().withLimit(atMost));
  }

  /**
   * {@link #count(PreparedSearch, int)} in the given shape (both count the same rows), at most
   * {@code filter.limit()}.
   */
  default long count(SearchShape shape, SearchFilter filter) {
    return shape == SearchShape.NARROW
        ? count(BOX_THEN_FOOTPRINT_MEETS, filter.withoutAcquiredBounds())
        : count(FOOTPRINT_MEETS, filter);
  }

  /** {@link #count(PreparedSearch, int)}, at most {@code filter.limit()}; use that one. */
  @SqlQuery("SELECT count(*) FROM (SELECT 1 FROM scene WHERE " + SEARCH_FILTER + " LIMIT :limit) m")
  long count(@Define("spatial") String spatial, @BindMethods SearchFilter filter);

  /**
   * The conditions of {@code search} as bound values, and the estimate its shape is chosen from:
   * the collections' spans ({@link TimeSpans}, {@link SearchShape#scenesInSpan}) when it has a time
   * or spatial filter, and PostGIS's estimate of the share of scenes its area meets when it has a
   * spatial filter. For a page and its count alike.
   */
  default PreparedSearch prepare(StacSearch search) {
    boolean timed = search.from() != null || search.to() != null;
    boolean spatial = search.area() != null;
    List<SpanAndShare> rows = timed || spatial ? collectionSpans(search.area()) : List.of();
    List<CollectionSpan> spans = rows.stream().map(SpanAndShare::span).toList();
    TimeSpans reach = TimeSpans.of(spans);
    OffsetDateTime acquiredFrom = reach.acquiredFrom(search.from());
    OffsetDateTime acquiredTo = reach.acquiredTo(search.to());
    SearchFilter filter =
        new SearchFilter(
            search.collections() == null ? null : search.collections().toArray(String[]::new),
            search.ids() == null ? null : search.ids().toArray(String[]::new),
            search.area(),
            search.from() == null ? null : search.from().atOffset(ZoneOffset.UTC),
            search.to() == null ? null : search.to().atOffset(ZoneOffset.UTC),
            acquiredFrom,
            acquiredTo,
            0);
    if (!spatial) {
      return new PreparedSearch(filter, SearchShape.Estimate.NOT_SPATIAL);
    }
    double scenesInSpan =
        SearchShape.scenesInSpan(
            spans,
            search.collections() == null ? null : Set.copyOf(search.collections()),
            acquiredFrom == null ? null : acquiredFrom.toInstant(),
            acquiredTo == null ? null : acquiredTo.toInstant());
    Double share = rows.isEmpty() ? null : rows.get(0).footprintShare();
    return new PreparedSearch(filter, new SearchShape.Estimate(true, share, scenesInSpan));
  }

  /**
   * A {@link SearchShape#WIDE} page, or any page without a spatial filter, with its order's SQL
   * from {@link SceneSearchSql}; use {@link #search(StacSearch, int)}. The page is chosen on the
   * sort keys alone, and only its rows' Item JSON is then read (by row address, in the statement's
   * snapshot): every candidate's 3 KB Item carried through the sort cost about a third of a search
   * (docs/SCALING.md). The inner select names every sortable column ({@link
   * SceneSearchSql#column}), so the outer order and key columns read the same names.
   */
  @SqlQuery(
      """
      SELECT collection, id, (SELECT s.item::text FROM scene s WHERE s.ctid = page.row_tid) AS item <keyColumns>
        FROM (SELECT ctid AS row_tid, collection, id, acquired_at, cloud_cover_pct, gsd_m, off_nadir_deg,
                     sun_elevation_deg
                FROM scene WHERE
      """
          + SEARCH_FILTER
          + """
                 <afterCondition>
               ORDER BY <orderBy>
               LIMIT :limit) page
       ORDER BY <orderBy>""")
  @RegisterRowMapper(SceneRowMappers.SearchRowMapper.class)
  List<SearchRow> search(
      @Define("spatial") String spatial,
      @Define("keyColumns") String keyColumns,
      @Define("afterCondition") String afterCondition,
      @Define("orderBy") String orderBy,
      @BindMethods SearchFilter filter,
      @BindMap Map<String, Object> afterValues);

  /**
   * The statement of {@link #searchCandidates}, with {@code <keyColumns>}, {@code <afterCondition>}
   * and {@code <orderBy>} to define ({@link SceneSearchSql}) and {@link SearchFilter}'s values to
   * bind; public for the benchmark's and the tests' {@code EXPLAIN}.
   */
  String NARROW_CANDIDATES =
      """
      SELECT page.collection, page.id, exact.item <keyColumns>
        FROM (SELECT collection, id, acquired_at, cloud_cover_pct, gsd_m, off_nadir_deg, sun_elevation_deg
                FROM scene WHERE
      """
          + SEARCH_FILTER_BOX
          + """
                 <afterCondition>
               ORDER BY <orderBy>
               LIMIT :limit) page
        LEFT JOIN LATERAL (SELECT s.item::text AS item FROM scene s
                            WHERE s.id = page.id AND s.collection = page.collection
                              AND ST_Intersects(s.footprint, :area)) exact ON true
       ORDER BY <orderBy>""";

  /**
   * A {@link SearchShape#NARROW} search's candidates, in order, at most {@code filter.limit()}: the
   * page is chosen from {@code scene_box_time_gix} alone (index-only: the box, the time range, the
   * sortable columns and the primary key are all in it), then each candidate's row is read by its
   * key for the exact test and, when it passes, its Item; {@code item} is null for a candidate
   * whose footprint does not meet the area after all. Use {@link #search(StacSearch, int)}.
   */
  @SqlQuery(NARROW_CANDIDATES)
  @RegisterRowMapper(SceneRowMappers.SearchRowMapper.class)
  List<SearchRow> searchCandidates(
      @Define("keyColumns") String keyColumns,
      @Define("afterCondition") String afterCondition,
      @Define("orderBy") String orderBy,
      @BindMethods SearchFilter filter,
      @BindMap Map<String, Object> afterValues);

  /**
   * The values a coverage query binds.
   *
   * @param publishedOnly bound for {@link Visibility#FACILITY_PREDICATE}
   * @param from inclusive, or null when open
   * @param to inclusive, or null when open
   * @param bufferM radius of the area of a facility without a boundary that day, metres
   */
  record CoverageFilter(
      String facilityId,
      boolean publishedOnly,
      OffsetDateTime from,
      OffsetDateTime to,
      double bufferM) {}

  /**
   * The scenes whose footprint intersects a visible facility's area on the scene's date (the
   * boundary version valid that day, else a circle of {@code bufferM} around its location), with
   * the fraction of that area covered (ellipsoidal areas) and cloud cover (the facility-level
   * figure when the Item carries one, else the scene's); oldest first. The footprint index is
   * probed with the extent of every area the facility can have (its circle and all its boundary
   * versions), a few hundred metres across, not a wide box around it: with 1,000,000 scenes a
   * 2-degree box held ~100,000 footprints, each checked against the facility's area (docs/LOAD.md).
   */
  @SqlQuery(
      """
      SELECT s.collection, s.id, s.acquired_at, s.platform, s.gsd_m,
             coalesce(CAST(s.item -> 'properties' ->> 'sightline:site_cloud_pct' AS double precision),
                      s.cloud_cover_pct) AS cloud,
             least(1.0, ST_Area(ST_Intersection(s.footprint, a.area)::geography) / ST_Area(a.area::geography)) AS covered,
             a.source
        FROM\s"""
          + Visibility.FACILITIES
          + """
       f
        CROSS JOIN LATERAL (
               SELECT CAST(ST_Extent(r.g) AS geometry) AS box FROM (
                 SELECT ST_Buffer(f.location::geography, :bufferM)::geometry AS g
                 UNION ALL
                 SELECT v.geometry FROM\s"""
          + Visibility.BOUNDARIES
          + """
       v WHERE v.facility_id = f.id AND v.deleted_at IS NULL) r) reach
        JOIN scene s ON s.footprint_box && public.box(reach.box)
        CROSS JOIN LATERAL (
               SELECT coalesce(b.geometry, ST_Buffer(f.location::geography, :bufferM)::geometry) AS area,
                      CASE WHEN b.geometry IS NULL THEN 'buffer' ELSE 'boundary' END AS source
                 FROM (SELECT 1) one
                 LEFT JOIN\s"""
          + Visibility.BOUNDARIES
          + """
       b ON b.facility_id = f.id AND b.deleted_at IS NULL
                                              AND b.validity @> CAST(s.acquired_at AT TIME ZONE 'UTC' AS date)) a
       WHERE f.id = :facilityId AND\s"""
          + Visibility.FACILITY_PREDICATE
          + """

         AND ST_Intersects(s.footprint, a.area)
         AND (CAST(:from AS timestamptz) IS NULL OR s.acquired_at >= :from)
         AND (CAST(:to AS timestamptz) IS NULL OR s.acquired_at <= :to)
       ORDER BY s.acquired_at, s.collection, s.id""")
  @RegisterRowMapper(SceneRowMappers.SceneCoverMapper.class)
  List<SceneCover> coverage(@BindMethods CoverageFilter filter);
}
