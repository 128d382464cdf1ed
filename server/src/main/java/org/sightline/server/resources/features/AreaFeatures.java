package org.sightline.server.resources.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.facility.BoundaryVersion;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.geodata.geom.Geometries;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.registry.BoundaryDao;
import org.sightline.server.registry.ZoneDao;
import org.sightline.server.registry.ZoneVersion;
import org.sightline.server.visibility.Visibility;

/**
 * Pages of dated areas (facility boundary versions, zone versions) for OGC API - Features: keyset
 * paging on id, {@code bbox} ({@code &&} then {@code ST_Intersects}), a date span that selects the
 * versions valid at some time in it, and equality filters. Only live versions of facilities the
 * caller may see ({@link Visibility}). Thread-safe.
 */
public final class AreaFeatures {
  private final Jdbi jdbi;

  public AreaFeatures(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** One GeoJSON feature's parts. */
  public record Item(String id, Geometry geometry, Map<String, Object> properties) {}

  public record Page(List<Item> items, boolean hasMore, long numberMatched) {}

  /**
   * @param filters column to allowed values (null or absent: any); columns are fixed by the callers
   */
  public Page boundaries(ItemsQuery query, Visibility visibility, Map<String, String[]> filters) {
    return page("facility_boundary", BoundaryDao.COLUMNS, query, visibility, filters,
        (handle, q) -> q.map(new BoundaryDao.VersionMapper()).list().stream().map(AreaFeatures::boundaryItem).toList());
  }

  public Page zones(ItemsQuery query, Visibility visibility, Map<String, String[]> filters) {
    return page("zone", ZoneDao.COLUMNS, query, visibility, filters,
        (handle, q) -> q.map(new ZoneDao.VersionMapper()).list().stream().map(AreaFeatures::zoneItem).toList());
  }

  public Optional<Item> boundary(long id, Visibility visibility) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + BoundaryDao.COLUMNS
            + " FROM facility_boundary WHERE id = :id AND deleted_at IS NULL AND " + Visibility.AREA_PREDICATE)
        .bind("id", id).bindMethods(visibility)
        .map(new BoundaryDao.VersionMapper()).findOne().map(AreaFeatures::boundaryItem));
  }

  public Optional<Item> zone(long id, Visibility visibility) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + ZoneDao.COLUMNS
            + " FROM zone WHERE id = :id AND deleted_at IS NULL AND " + Visibility.AREA_PREDICATE)
        .bind("id", id).bindMethods(visibility)
        .map(new ZoneDao.VersionMapper()).findOne().map(AreaFeatures::zoneItem));
  }

  private interface RowsReader {
    List<Item> read(Handle handle, Query query);
  }

  private Page page(String table, String columns, ItemsQuery query, Visibility visibility,
      Map<String, String[]> filters, RowsReader reader) {
    StringBuilder where = new StringBuilder(" WHERE deleted_at IS NULL AND ").append(Visibility.AREA_PREDICATE)
        .append(" AND validity && daterange(CAST(:from AS date), CAST(:to AS date), '[]')")
        .append(" AND (CAST(:area AS geometry) IS NULL OR (geometry && :area AND ST_Intersects(geometry, :area)))");
    for (String column : filters.keySet()) {
      // Column names come from the resources' fixed lists, never from the request.
      where.append(" AND (CAST(:f_").append(column).append(" AS text[]) IS NULL OR ").append(column)
          .append(" = ANY(:f_").append(column).append("))");
    }
    LocalDate[] span = query.dateSpan();
    Geometry area = query.bbox() == null ? null : areaOf(query.bbox());
    Long afterId = query.afterId() == null ? null : parseId(query.afterId());
    return jdbi.inTransaction(handle -> {
      Query rows = handle.createQuery("SELECT " + columns + " FROM " + table + where
          + " AND (CAST(:afterId AS bigint) IS NULL OR id > :afterId) ORDER BY id LIMIT :limit");
      Query count = handle.createQuery("SELECT count(*) FROM " + table + where);
      for (Query q : List.of(rows, count)) {
        q.bindMethods(visibility).bind("from", span[0]).bind("to", span[1]).bind("area", area);
        for (Map.Entry<String, String[]> filter : filters.entrySet()) {
          q.bind("f_" + filter.getKey(), filter.getValue());
        }
      }
      rows.bind("afterId", afterId).bind("limit", query.limit() + 1);
      List<Item> items = new ArrayList<>(reader.read(handle, rows));
      boolean hasMore = items.size() > query.limit();
      if (hasMore) {
        items = items.subList(0, query.limit());
      }
      return new Page(items, hasMore, count.mapTo(Long.class).one());
    });
  }

  private static long parseId(String cursorId) {
    try {
      return Long.parseLong(cursorId);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("cursor is not from this collection; use the href of"
          + " a 'next' link as given");
    }
  }

  private static Geometry areaOf(BoundingBox bbox) {
    List<Polygon> boxes = bbox.toPolygons();
    return boxes.size() == 1 ? boxes.get(0) : Geometries.FACTORY.createMultiPolygon(boxes.toArray(new Polygon[0]));
  }

  private static Item boundaryItem(BoundaryVersion v) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("facilityId", v.facilityId());
    putDatedArea(p, v.validFrom(), v.validTo(), v.basis(), v.confidence(), v.sceneId(), v.sourceIds(), v.note(),
        v.areaSqKm(), v.perimeterKm());
    return new Item(Long.toString(v.id()), v.geometry(), p);
  }

  private static Item zoneItem(ZoneVersion v) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("facilityId", v.facilityId());
    p.put("zoneKey", v.zoneKey());
    p.put("name", v.name());
    p.put("nameKo", v.nameKo());
    p.put("kind", v.kind());
    putDatedArea(p, v.validFrom(), v.validTo(), v.basis(), v.confidence(), v.sceneId(), v.sourceIds(), v.note(),
        v.areaSqKm(), v.perimeterKm());
    return new Item(Long.toString(v.id()), v.geometry(), p);
  }

  /** The properties every dated area has, in the same order for both collections. */
  private static void putDatedArea(Map<String, Object> p, LocalDate validFrom, LocalDate validTo, String basis,
      String confidence, String sceneId, List<String> sourceIds, String note, double areaSqKm, double perimeterKm) {
    p.put("validFrom", validFrom == null ? null : validFrom.toString());
    p.put("validTo", validTo == null ? null : validTo.toString());
    p.put("basis", basis);
    p.put("confidence", confidence);
    p.put("sceneId", sceneId);
    p.put("sourceIds", sourceIds);
    p.put("note", note);
    p.put("areaSqKm", areaSqKm);
    p.put("perimeterKm", perimeterKm);
  }
}
