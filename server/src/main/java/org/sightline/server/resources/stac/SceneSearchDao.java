package org.sightline.server.resources.stac;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Scene queries for the STAC API: keyset-paged search in (datetime, collection, id) order
 * ({@code scene_acquired_at} index), spatial filter by {@code &&} then {@code ST_Intersects}, and
 * the stored Item JSON returned as text, untouched. Stateless.
 */
public final class SceneSearchDao {
  private SceneSearchDao() {}

  /** One result: the stored Item JSON and its position. */
  public record Row(String itemJson, StacSearch.Key key) {}

  public static List<Row> search(Handle handle, StacSearch search, int limit) {
    // Only the direction varies, from a boolean: nothing from the request is spliced into the SQL.
    String direction = search.descending() ? "DESC" : "ASC";
    String after = search.descending() ? "<" : ">";
    return handle.createQuery(("""
            SELECT item::text AS item, acquired_at, collection, id FROM scene
             WHERE (CAST(:collections AS text[]) IS NULL OR collection = ANY(:collections))
               AND (CAST(:ids AS text[]) IS NULL OR id = ANY(:ids))
               AND (CAST(:area AS geometry) IS NULL OR (footprint && :area AND ST_Intersects(footprint, :area)))
               AND ((CAST(:from AS timestamptz) IS NULL AND CAST(:to AS timestamptz) IS NULL)
                    OR tstzrange(coalesce(start_at, acquired_at), coalesce(end_at, acquired_at), '[]')
                       && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz), '[]'))
               AND (CAST(:afterT AS timestamptz) IS NULL OR (acquired_at, collection, id) AFTER (:afterT, :afterC, :afterI))
             ORDER BY acquired_at DIRECTION, collection DIRECTION, id DIRECTION
             LIMIT :limit""").replace("AFTER", after).replace("DIRECTION", direction))
        .bind("collections", search.collections() == null ? null : search.collections().toArray(String[]::new))
        .bind("ids", search.ids() == null ? null : search.ids().toArray(String[]::new))
        .bindByType("area", search.area(), org.locationtech.jts.geom.Geometry.class)
        .bind("from", search.from() == null ? null : search.from().atOffset(ZoneOffset.UTC))
        .bind("to", search.to() == null ? null : search.to().atOffset(ZoneOffset.UTC))
        .bind("afterT", search.after() == null ? null : search.after().datetime().atOffset(ZoneOffset.UTC))
        .bind("afterC", search.after() == null ? null : search.after().collection())
        .bind("afterI", search.after() == null ? null : search.after().id())
        .bind("limit", limit)
        .map((rs, ctx) -> new Row(rs.getString("item"), new StacSearch.Key(
            rs.getObject("acquired_at", OffsetDateTime.class).toInstant(), rs.getString("collection"), rs.getString("id"))))
        .list();
  }

  public static Optional<String> item(Handle handle, String collection, String id) {
    return handle.createQuery("SELECT item::text FROM scene WHERE collection = :c AND id = :id")
        .bind("c", collection).bind("id", id).mapTo(String.class).findOne();
  }

  /** A collection's summary: scene count, spatial extent, first and last datetime. */
  public record CollectionSummary(String id, long scenes, double[] bbox, OffsetDateTime first, OffsetDateTime last) {}

  public static List<CollectionSummary> collections(Handle handle, String onlyId) {
    return handle.createQuery("""
            SELECT collection, count(*) AS n, ST_XMin(ST_Extent(footprint)) AS w, ST_YMin(ST_Extent(footprint)) AS s,
                   ST_XMax(ST_Extent(footprint)) AS e, ST_YMax(ST_Extent(footprint)) AS nn,
                   min(acquired_at) AS first, max(coalesce(end_at, acquired_at)) AS last
              FROM scene WHERE CAST(:only AS text) IS NULL OR collection = :only
             GROUP BY collection ORDER BY collection""")
        .bind("only", onlyId)
        .map((rs, ctx) -> new CollectionSummary(rs.getString("collection"), rs.getLong("n"),
            new double[] {rs.getDouble("w"), rs.getDouble("s"), rs.getDouble("e"), rs.getDouble("nn")},
            rs.getObject("first", OffsetDateTime.class), rs.getObject("last", OffsetDateTime.class)))
        .list();
  }
}
