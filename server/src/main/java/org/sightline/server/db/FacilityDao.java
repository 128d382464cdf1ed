package org.sightline.server.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.sightline.geodata.facility.Facility;
import org.sightline.server.visibility.Visibility;

/**
 * Facilities and their sourced locations in PostGIS.
 *
 * <p>Geometries are EPSG:4326 (longitude, latitude). Spatial filters use {@code &&} so the GiST
 * index on {@code facility.location} narrows candidates, then {@code ST_Intersects} refines.
 * Paging is keyset paging on {@code id}: a page asks for ids after the last one it has seen, so
 * rows inserted or removed meanwhile never make a page skip or repeat an item.
 */
@RegisterRowMapper(FacilityRowMapper.class)
@RegisterRowMapper(SourcedLocationRowMapper.class)
public interface FacilityDao {

  String FACILITY_COLUMNS =
      "f.id, f.name, f.name_ko, f.aliases, f.facility_type, f.status, f.province, f.controlling_agency, f.location";

  /**
   * Inserts a facility unless one with its id exists. Why DO NOTHING: sample and import data must
   * never overwrite a record that users may since have edited.
   *
   * @param published whether anonymous visitors may see it (true for data from public sources)
   * @return 1 when inserted, 0 when the id already existed
   */
  @SqlUpdate("""
      INSERT INTO facility (id, name, name_ko, aliases, facility_type, status, province, controlling_agency, location,
                            published)
      VALUES (:id, :name, :nameKo, :aliases, :type, :status, :province, :agency, :location, :published)
      ON CONFLICT (id) DO NOTHING""")
  int insertIfAbsent(@Bind("id") String id, @Bind("name") String name, @Bind("nameKo") String nameKo,
      @Bind("aliases") String[] aliases, @Bind("type") String typeCode, @Bind("status") String statusCode,
      @Bind("province") String province, @Bind("agency") String controllingAgency, @Bind("location") Geometry location,
      @Bind("published") boolean published);

  /**
   * Fills in the controlling agency of a facility that has none (sample data added after the
   * facility was loaded); never overwrites one that is set.
   *
   * @return 1 when filled in, else 0
   */
  @SqlUpdate("UPDATE facility SET controlling_agency = :agency WHERE id = :id AND controlling_agency IS NULL"
      + " AND deleted_at IS NULL")
  int fillControllingAgency(@Bind("id") String id, @Bind("agency") String controllingAgency);

  /** Inserts one sourced location unless that (facility, source, record) exists. */
  @SqlUpdate("""
      INSERT INTO facility_sourced_location
        (facility_id, source_id, record_id, name_as_published, location, url, is_primary, note)
      VALUES (:facilityId, :sourceId, :recordId, :name, :location, :url, :primary, :note)
      ON CONFLICT (facility_id, source_id, record_id) DO NOTHING""")
  int insertSourcedLocationIfAbsent(@Bind("facilityId") String facilityId, @Bind("sourceId") String sourceId,
      @Bind("recordId") String recordId, @Bind("name") String nameAsPublished, @Bind("location") Point location,
      @Bind("url") String url, @Bind("primary") boolean primary, @Bind("note") String note);

  /**
   * One page of facilities ordered by id, after {@code afterId} (null for the first page),
   * optionally only those whose location intersects {@code area}; only those {@code visibility}
   * lets the caller see.
   */
  @SqlQuery("SELECT " + FACILITY_COLUMNS + " FROM facility f WHERE " + Visibility.FACILITY_PREDICATE + """
        AND (CAST(:types AS text[]) IS NULL OR f.facility_type = ANY(:types))
        AND (CAST(:statuses AS text[]) IS NULL OR f.status = ANY(:statuses))
        AND (CAST(:afterId AS text) IS NULL OR f.id > :afterId)
        AND (CAST(:area AS geometry) IS NULL OR (f.location && :area AND ST_Intersects(f.location, :area)))
      ORDER BY f.id
      LIMIT :limit""")
  List<Facility> page(@Bind("area") Geometry area, @Bind("afterId") String afterId, @Bind("limit") int limit,
      @BindMethods Visibility visibility, @Bind("types") String[] types, @Bind("statuses") String[] statuses);

  /** {@link #page} without type or status filters. */
  default List<Facility> page(Geometry area, String afterId, int limit, Visibility visibility) {
    return page(area, afterId, limit, visibility, null, null);
  }

  /** How many facilities {@link #page} would list in all (every one when {@code area} is null). */
  @SqlQuery("SELECT count(*) FROM facility f WHERE " + Visibility.FACILITY_PREDICATE + """
        AND (CAST(:types AS text[]) IS NULL OR f.facility_type = ANY(:types))
        AND (CAST(:statuses AS text[]) IS NULL OR f.status = ANY(:statuses))
        AND (CAST(:area AS geometry) IS NULL OR (f.location && :area AND ST_Intersects(f.location, :area)))""")
  long count(@Bind("area") Geometry area, @BindMethods Visibility visibility, @Bind("types") String[] types,
      @Bind("statuses") String[] statuses);

  /** {@link #count} without type or status filters. */
  default long count(Geometry area, Visibility visibility) {
    return count(area, visibility, null, null);
  }

  /** The bounding box of the visible facilities' locations, or empty when there are none. */
  @SqlQuery("SELECT ST_XMin(e) AS min_lon, ST_YMin(e) AS min_lat, ST_XMax(e) AS max_lon, ST_YMax(e) AS max_lat"
      + " FROM (SELECT ST_Extent(f.location) AS e FROM facility f WHERE " + Visibility.FACILITY_PREDICATE + ") s"
      + " WHERE e IS NOT NULL")
  @RegisterConstructorMapper(LonLatExtent.class)
  Optional<LonLatExtent> extent(@BindMethods Visibility visibility);

  /** A facility, when it is visible. */
  @SqlQuery("SELECT " + FACILITY_COLUMNS + " FROM facility f WHERE f.id = :id AND " + Visibility.FACILITY_PREDICATE)
  Optional<Facility> findById(@Bind("id") String id, @BindMethods Visibility visibility);

  /** Publishes or withdraws a facility from the public map. @return 1, or 0 when absent or deleted */
  @SqlUpdate("UPDATE facility SET published = :published, updated_at = now() WHERE id = :id AND deleted_at IS NULL")
  int setPublished(@Bind("id") String id, @Bind("published") boolean published);

  /** Which of these facilities are not published (their reads by staff are audited). */
  @SqlQuery("SELECT id FROM facility WHERE id = ANY(:ids) AND NOT published ORDER BY id")
  List<String> unpublishedAmong(@Bind("ids") String[] ids);

  /** Whether the (not deleted) facility is published; empty when there is none. */
  @SqlQuery("SELECT published FROM facility WHERE id = :id AND deleted_at IS NULL")
  Optional<Boolean> published(@Bind("id") String id);

  /**
   * The sourced locations of the given facilities, primary first, with each one's distance from
   * the facility's location in metres measured on the WGS 84 spheroid (geography).
   */
  @SqlQuery("""
      SELECT l.facility_id, l.source_id, l.record_id, l.name_as_published, l.location, l.url, l.is_primary,
             l.note, ST_Distance(l.location::geography, f.location::geography) AS distance_m
        FROM facility_sourced_location l
        JOIN facility f ON f.id = l.facility_id
       WHERE l.facility_id = ANY(:facilityIds) AND l.deleted_at IS NULL
       ORDER BY l.facility_id, l.is_primary DESC, l.source_id, l.record_id""")
  List<SourcedLocationRow> sourcedLocations(@Bind("facilityIds") String[] facilityIds);
}
