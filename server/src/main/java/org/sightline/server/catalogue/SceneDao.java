package org.sightline.server.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * of a facility. Footprints are EPSG:4326; spatial filters use {@code &&} (the GiST index) then
 * {@code ST_Intersects}; areas are ellipsoidal (PostGIS geography). Values are always bound by
 * name; the only SQL text built at run time is the order of a search ({@link SceneSearchSql},
 * constants). Attach to a handle; as thread-safe as the handle.
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

  /**
   * The conditions of a search ({@link SearchFilter}'s values), for the page and its count. The
   * last two repeat the time condition as bounds on {@code acquired_at} ({@link TimeSpans}), which
   * the {@code scene_time} index can start and stop at.
   */
  String SEARCH_FILTER =
      """
      (CAST(:collections AS text[]) IS NULL OR collection = ANY(:collections))
         AND (CAST(:ids AS text[]) IS NULL OR id = ANY(:ids))
         AND (CAST(:area AS geometry) IS NULL OR (footprint && :area AND ST_Intersects(footprint, :area)))
         AND ((CAST(:from AS timestamptz) IS NULL AND CAST(:to AS timestamptz) IS NULL)
              OR tstzrange(coalesce(start_at, acquired_at), coalesce(end_at, acquired_at), '[]')
                 && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz), '[]'))
         AND (CAST(:acquiredFrom AS timestamptz) IS NULL OR acquired_at >= CAST(:acquiredFrom AS timestamptz))
         AND (CAST(:acquiredTo AS timestamptz) IS NULL OR acquired_at <= CAST(:acquiredTo AS timestamptz))
      """;

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
    SearchFilter withLimit(int newLimit) {
      return new SearchFilter(collections, ids, area, from, to, acquiredFrom, acquiredTo, newLimit);
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

  /** {@link TimeSpans} now (0 when no scene is stored). */
  @SqlQuery(
      """
      SELECT coalesce(max(max_after_s), 0) AS after_s, coalesce(max(max_before_s), 0) AS before_s
        FROM scene_collection""")
  @RegisterRowMapper(SceneRowMappers.TimeSpansMapper.class)
  TimeSpans timeSpans();

  /**
   * Keyset-paged search in {@code search}'s order (by default datetime, collection, id: the {@code
   * scene_time} index), at most {@code limit} rows after {@code search.after()}.
   */
  default List<SearchRow> search(StacSearch search, int limit) {
    return search(search, filter(search), limit);
  }

  /** {@link #search(StacSearch, int)} with the conditions already read ({@link #filter}). */
  default List<SearchRow> search(StacSearch search, SearchFilter filter, int limit) {
    StacSort sort = search.sort();
    boolean continued = search.after() != null;
    return search(
        SceneSearchSql.keyColumns(sort),
        continued ? "AND " + SceneSearchSql.afterCondition(sort) : "",
        SceneSearchSql.orderBy(sort),
        filter.withLimit(limit),
        continued ? SceneSearchSql.afterValues(search.after()) : Map.of());
  }

  /**
   * How many scenes meet {@code filter} (all pages, whatever the token), counting at most {@code
   * atMost}.
   */
  default long count(SearchFilter filter, int atMost) {
    return count(filter.withLimit(atMost));
  }

  /** {@link #count(SearchFilter, int)}, at most {@code filter.limit()}; use that one. */
  @SqlQuery("SELECT count(*) FROM (SELECT 1 FROM scene WHERE " + SEARCH_FILTER + " LIMIT :limit) m")
  long count(@BindMethods SearchFilter filter);

  /**
   * The conditions of {@code search} as bound values, the time bounds read once from the stored
   * scenes ({@link TimeSpans}) when it has a time filter; for a page and its count alike.
   */
  default SearchFilter filter(StacSearch search) {
    TimeSpans spans =
        search.from() == null && search.to() == null ? new TimeSpans(0, 0) : timeSpans();
    return new SearchFilter(
        search.collections() == null ? null : search.collections().toArray(String[]::new),
        search.ids() == null ? null : search.ids().toArray(String[]::new),
        search.area(),
        search.from() == null ? null : search.from().atOffset(ZoneOffset.UTC),
        search.to() == null ? null : search.to().atOffset(ZoneOffset.UTC),
        spans.acquiredFrom(search.from()),
        spans.acquiredTo(search.to()),
        0);
  }

  /**
   * {@link #search(StacSearch, int)} with its order's SQL from {@link SceneSearchSql}; use that
   * one. The page is chosen on the sort keys alone, and only its rows' Item JSON is then read (by
   * row address, in the statement's snapshot): every candidate's 3 KB Item carried through the sort
   * cost about a third of a search (docs/SCALING.md). The inner select names every sortable column
   * ({@link SceneSearchSql#column}), so the outer order and key columns read the same names.
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
        JOIN scene s ON s.footprint && reach.box
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
