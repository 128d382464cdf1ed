package org.sightline.server.resources.stac;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Scene queries for the STAC API: keyset-paged search in a {@link StacSort} order (by default
 * datetime, collection, id: the {@code scene_acquired_at} index), spatial filter by {@code &&} then {@code ST_Intersects}, and
 * the stored Item JSON returned as text, untouched. Stateless.
 */
public final class SceneSearchDao {
  private SceneSearchDao() {}

  /** One result: the stored Item JSON and its sort key values (as text, for the paging token). */
  public record Row(String itemJson, List<String> keyValues) {}

  public static List<Row> search(Handle handle, StacSearch search, int limit) {
    // The ORDER BY and keyset SQL come from StacSort's constant expressions; values are bound.
    StacSort sort = search.sort();
    StringBuilder keyColumns = new StringBuilder();
    for (int i = 0; i < sort.keys().size(); i++) {
      keyColumns.append(", (").append(sort.keys().get(i).expression()).append(")::text AS k").append(i);
    }
    String sql = """
        SELECT item::text AS item KEYS FROM scene
         WHERE (CAST(:collections AS text[]) IS NULL OR collection = ANY(:collections))
           AND (CAST(:ids AS text[]) IS NULL OR id = ANY(:ids))
           AND (CAST(:area AS geometry) IS NULL OR (footprint && :area AND ST_Intersects(footprint, :area)))
           AND ((CAST(:from AS timestamptz) IS NULL AND CAST(:to AS timestamptz) IS NULL)
                OR tstzrange(coalesce(start_at, acquired_at), coalesce(end_at, acquired_at), '[]')
                   && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz), '[]'))
           AFTER
         ORDER BY ORDER
         LIMIT :limit"""
        .replace("KEYS", keyColumns)
        .replace("AFTER", search.after() == null ? "" : "AND " + sort.afterCondition())
        .replace("ORDER BY ORDER", "ORDER BY " + sort.orderBy());
    var query = handle.createQuery(sql)
        .bind("collections", search.collections() == null ? null : search.collections().toArray(String[]::new))
        .bind("ids", search.ids() == null ? null : search.ids().toArray(String[]::new))
        .bindByType("area", search.area(), org.locationtech.jts.geom.Geometry.class)
        .bind("from", search.from() == null ? null : search.from().atOffset(ZoneOffset.UTC))
        .bind("to", search.to() == null ? null : search.to().atOffset(ZoneOffset.UTC))
        .bind("limit", limit);
    if (search.after() != null) {
      for (int i = 0; i < search.after().size(); i++) {
        query.bind("after" + i, search.after().get(i));
      }
    }
    int keys = sort.keys().size();
    return query.map((rs, ctx) -> {
      List<String> values = new java.util.ArrayList<>(keys);
      for (int i = 0; i < keys; i++) {
        values.add(rs.getString("k" + i));
      }
      return new Row(rs.getString("item"), values);
    }).list();
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
