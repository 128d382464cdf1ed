package org.sightline.server.structure;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.server.db.Columns;
import org.sightline.server.db.geometry.PostgisGeometries;
import org.sightline.server.registry.DatedAreaDao;
import org.sightline.server.registry.DatedExtent;
import org.sightline.server.visibility.Visibility;

/**
 * The derived rows of structure change ({@code tracked_structure}, {@code change_event}), written
 * only by {@link StructureRecomputation}: a row still derived is updated in place (and revived if
 * it had been superseded), a row no longer derived is marked superseded, never deleted. Reads
 * return live (not superseded) rows of facilities the caller may see ({@link
 * Visibility#AREA_PREDICATE}). Geometries EPSG:4326. Attach to a handle.
 */
public interface DerivedStructureDao {
  String STRUCTURE_COLUMNS =
      """
      facility_id, identity_id, structure_class, condition, geometry, first_seen, last_seen, states::text AS states,
      illustrative, computed_at""";

  String EVENT_COLUMNS =
      """
      facility_id, event_key, identity_id, kind, structure_class, previous_class, condition, previous_condition,
      earliest, latest, earliest_observation_id, earliest_scene_id, latest_observation_id, latest_scene_id,
      previous_size, size, moved_m, geometry, confidence, statement_en, statement_ko, illustrative, computed_at""";

  /** The structures an OGC page selects: observed at some time in [:from, :to], :bbox, :classes. */
  String STRUCTURE_PAGE_WHERE =
      " WHERE superseded_at IS NULL AND "
          + Visibility.AREA_PREDICATE
          + " AND (CAST(:facility AS text) IS NULL OR facility_id = :facility)"
          + " AND (CAST(:from AS date) IS NULL OR last_seen >= :from)"
          + " AND (CAST(:to AS date) IS NULL OR first_seen <= :to)"
          + " AND (CAST(:bbox AS geometry) IS NULL OR (geometry && :bbox AND ST_Intersects(geometry, :bbox)))"
          + " AND (CAST(:classes AS text[]) IS NULL OR structure_class = ANY(:classes))";

  /** The events an OGC page selects: bracket meeting [:from, :to], :bbox, :classes, :kinds. */
  String EVENT_PAGE_WHERE =
      " WHERE superseded_at IS NULL AND "
          + Visibility.AREA_PREDICATE
          + " AND (CAST(:facility AS text) IS NULL OR facility_id = :facility)"
          + " AND (CAST(:from AS date) IS NULL OR latest >= :from)"
          + " AND (CAST(:to AS date) IS NULL OR earliest <= :to)"
          + " AND (CAST(:bbox AS geometry) IS NULL OR (geometry && :bbox AND ST_Intersects(geometry, :bbox)))"
          + " AND (CAST(:classes AS text[]) IS NULL OR structure_class = ANY(:classes))"
          + " AND (CAST(:kinds AS text[]) IS NULL OR kind = ANY(:kinds))";

  @SqlUpdate(
      """
      INSERT INTO tracked_structure (facility_id, identity_id, structure_class, condition, geometry, first_seen,
                                     last_seen, states, illustrative, computed_at)
      VALUES (:facilityId, :identityId, :structureClass, :condition, :geometry, :firstSeen, :lastSeen,
              CAST(:statesJson AS jsonb), :illustrative, now())
      ON CONFLICT (facility_id, identity_id) DO UPDATE
         SET structure_class = EXCLUDED.structure_class, condition = EXCLUDED.condition,
             geometry = EXCLUDED.geometry, first_seen = EXCLUDED.first_seen, last_seen = EXCLUDED.last_seen,
             states = EXCLUDED.states, illustrative = EXCLUDED.illustrative, computed_at = EXCLUDED.computed_at,
             superseded_at = NULL""")
  void upsertStructure(@BindMethods StructureRow row, @Bind("statesJson") String statesJson);

  /** As the other, serializing the states. */
  default void upsertStructure(StructureRow row) {
    try {
      upsertStructure(row, JsonMapping.writer().writeValueAsString(row.states()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("states cannot be written as JSON", e);
    }
  }

  /** Marks superseded the live structures of a facility whose identity is not in {@code keep}. */
  @SqlUpdate(
      """
      UPDATE tracked_structure SET superseded_at = now()
       WHERE facility_id = :facilityId AND superseded_at IS NULL AND NOT (identity_id = ANY(:keep))""")
  int supersedeStructures(@Bind("facilityId") String facilityId, @Bind("keep") long[] keep);

  @SqlUpdate(
      """
      INSERT INTO change_event (facility_id, event_key, identity_id, kind, structure_class, previous_class, condition,
                                previous_condition, earliest, latest, earliest_observation_id, earliest_scene_id,
                                latest_observation_id, latest_scene_id, previous_size, size, moved_m, geometry,
                                confidence, statement_en, statement_ko, illustrative, computed_at)
      VALUES (:facilityId, :eventKey, :identityId, :kind, :structureClass, :previousClass, :condition,
              :previousCondition, :earliest, :latest, :earliestObservationId, :earliestSceneId,
              :latestObservationId, :latestSceneId, :previousSize, :size, :movedM, :geometry, :confidence,
              :statementEn, :statementKo, :illustrative, now())
      ON CONFLICT (facility_id, event_key) DO UPDATE
         SET identity_id = EXCLUDED.identity_id, kind = EXCLUDED.kind, structure_class = EXCLUDED.structure_class,
             previous_class = EXCLUDED.previous_class, condition = EXCLUDED.condition,
             previous_condition = EXCLUDED.previous_condition, earliest = EXCLUDED.earliest, latest = EXCLUDED.latest,
             earliest_observation_id = EXCLUDED.earliest_observation_id,
             earliest_scene_id = EXCLUDED.earliest_scene_id, latest_observation_id = EXCLUDED.latest_observation_id,
             latest_scene_id = EXCLUDED.latest_scene_id, previous_size = EXCLUDED.previous_size,
             size = EXCLUDED.size, moved_m = EXCLUDED.moved_m, geometry = EXCLUDED.geometry,
             confidence = EXCLUDED.confidence, statement_en = EXCLUDED.statement_en,
             statement_ko = EXCLUDED.statement_ko, illustrative = EXCLUDED.illustrative,
             computed_at = EXCLUDED.computed_at, superseded_at = NULL""")
  void upsertEvent(@BindMethods ChangeEventRow row);

  /** Marks superseded the live events of a facility whose key is not in {@code keep}. */
  @SqlUpdate(
      """
      UPDATE change_event SET superseded_at = now()
       WHERE facility_id = :facilityId AND superseded_at IS NULL AND NOT (event_key = ANY(:keep))""")
  int supersedeEvents(@Bind("facilityId") String facilityId, @Bind("keep") String[] keep);

  /** The live structures of one facility the caller may see, by identity. */
  @SqlQuery(
      "SELECT "
          + STRUCTURE_COLUMNS
          + " FROM tracked_structure WHERE facility_id = :facilityId AND superseded_at IS NULL AND "
          + Visibility.AREA_PREDICATE
          + " ORDER BY identity_id")
  @RegisterRowMapper(StructureRowMapper.class)
  List<StructureRow> structuresOf(
      @Bind("facilityId") String facilityId, @BindMethods Visibility visibility);

  /** The live events of one facility the caller may see, by bracket. */
  @SqlQuery(
      "SELECT "
          + EVENT_COLUMNS
          + " FROM change_event WHERE facility_id = :facilityId AND superseded_at IS NULL AND "
          + Visibility.AREA_PREDICATE
          + " ORDER BY latest, earliest, identity_id, kind")
  @RegisterRowMapper(EventRowMapper.class)
  List<ChangeEventRow> eventsOf(
      @Bind("facilityId") String facilityId, @BindMethods Visibility visibility);

  /**
   * One OGC page of structures, by identity (a drawing id, unique over all facilities).
   *
   * @param classes class codes, or null for any
   */
  @SqlQuery(
      "SELECT "
          + STRUCTURE_COLUMNS
          + " FROM tracked_structure"
          + STRUCTURE_PAGE_WHERE
          + " AND (CAST(:afterIdentity AS bigint) IS NULL OR identity_id > :afterIdentity)"
          + " ORDER BY identity_id LIMIT :limit")
  @RegisterRowMapper(StructureRowMapper.class)
  List<StructureRow> structurePage(
      @BindMethods Visibility visibility,
      @Bind("facility") String facility,
      @Bind("from") LocalDate from,
      @Bind("to") LocalDate to,
      @Bind("bbox") Geometry bbox,
      @Bind("classes") String[] classes,
      @Bind("afterIdentity") Long afterIdentity,
      @Bind("limit") int limit);

  /** A live structure of a facility the caller may see, by identity. */
  @SqlQuery(
      "SELECT "
          + STRUCTURE_COLUMNS
          + " FROM tracked_structure WHERE identity_id = :identityId AND superseded_at IS NULL AND "
          + Visibility.AREA_PREDICATE)
  @RegisterRowMapper(StructureRowMapper.class)
  Optional<StructureRow> structure(
      @Bind("identityId") long identityId, @BindMethods Visibility visibility);

  /** A live change event of a facility the caller may see, by key. */
  @SqlQuery(
      "SELECT "
          + EVENT_COLUMNS
          + " FROM change_event WHERE event_key = :key AND superseded_at IS NULL AND "
          + Visibility.AREA_PREDICATE)
  @RegisterRowMapper(EventRowMapper.class)
  Optional<ChangeEventRow> event(@Bind("key") String key, @BindMethods Visibility visibility);

  @SqlQuery("SELECT count(*) FROM tracked_structure" + STRUCTURE_PAGE_WHERE)
  long structureCount(
      @BindMethods Visibility visibility,
      @Bind("facility") String facility,
      @Bind("from") LocalDate from,
      @Bind("to") LocalDate to,
      @Bind("bbox") Geometry bbox,
      @Bind("classes") String[] classes);

  /** One OGC page of events, by key (unique over all facilities). */
  @SqlQuery(
      "SELECT "
          + EVENT_COLUMNS
          + " FROM change_event"
          + EVENT_PAGE_WHERE
          + " AND (CAST(:afterKey AS text) IS NULL OR event_key > :afterKey)"
          + " ORDER BY event_key LIMIT :limit")
  @RegisterRowMapper(EventRowMapper.class)
  List<ChangeEventRow> eventPage(
      @BindMethods Visibility visibility,
      @Bind("facility") String facility,
      @Bind("from") LocalDate from,
      @Bind("to") LocalDate to,
      @Bind("bbox") Geometry bbox,
      @Bind("classes") String[] classes,
      @Bind("kinds") String[] kinds,
      @Bind("afterKey") String afterKey,
      @Bind("limit") int limit);

  @SqlQuery("SELECT count(*) FROM change_event" + EVENT_PAGE_WHERE)
  long eventCount(
      @BindMethods Visibility visibility,
      @Bind("facility") String facility,
      @Bind("from") LocalDate from,
      @Bind("to") LocalDate to,
      @Bind("bbox") Geometry bbox,
      @Bind("classes") String[] classes,
      @Bind("kinds") String[] kinds);

  /**
   * Where and when the live structures of facilities the caller may see lie (box, first and last
   * scene dates seen), or empty when there are none.
   */
  @SqlQuery(
      "SELECT ST_XMin(e) AS min_lon, ST_YMin(e) AS min_lat, ST_XMax(e) AS max_lon, ST_YMax(e) AS max_lat,"
          + " first_day, end_day FROM (SELECT ST_Extent(geometry) AS e, min(first_seen) AS first_day,"
          + " max(last_seen) + 1 AS end_day FROM tracked_structure WHERE superseded_at IS NULL AND "
          + Visibility.AREA_PREDICATE
          + ") s WHERE e IS NOT NULL")
  @RegisterRowMapper(DatedAreaDao.ExtentMapper.class)
  Optional<DatedExtent> structureExtent(@BindMethods Visibility visibility);

  /** As {@link #structureExtent}, for change events (earliest to latest bracket dates). */
  @SqlQuery(
      "SELECT ST_XMin(e) AS min_lon, ST_YMin(e) AS min_lat, ST_XMax(e) AS max_lon, ST_YMax(e) AS max_lat,"
          + " first_day, end_day FROM (SELECT ST_Extent(geometry) AS e, min(earliest) AS first_day,"
          + " max(latest) + 1 AS end_day FROM change_event WHERE superseded_at IS NULL AND "
          + Visibility.AREA_PREDICATE
          + ") s WHERE e IS NOT NULL")
  @RegisterRowMapper(DatedAreaDao.ExtentMapper.class)
  Optional<DatedExtent> eventExtent(@BindMethods Visibility visibility);

  /** Maps a structure row. */
  final class StructureRowMapper implements RowMapper<StructureRow> {
    @Override
    public StructureRow map(ResultSet rs, StatementContext ctx) throws SQLException {
      try {
        return new StructureRow(
            rs.getString("facility_id"),
            rs.getLong("identity_id"),
            rs.getString("structure_class"),
            rs.getString("condition"),
            PostgisGeometries.fromPostgis(rs.getString("geometry")),
            rs.getObject("first_seen", LocalDate.class),
            rs.getObject("last_seen", LocalDate.class),
            JsonMapping.reader().readTree(rs.getString("states")),
            rs.getBoolean("illustrative"),
            Columns.instant(rs, "computed_at"));
      } catch (JsonProcessingException e) {
        throw new SQLException("tracked_structure.states is not JSON", e);
      }
    }
  }

  /** Maps an event row. */
  final class EventRowMapper implements RowMapper<ChangeEventRow> {
    @Override
    public ChangeEventRow map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new ChangeEventRow(
          rs.getString("facility_id"),
          rs.getString("event_key"),
          rs.getLong("identity_id"),
          rs.getString("kind"),
          rs.getString("structure_class"),
          rs.getString("previous_class"),
          rs.getString("condition"),
          rs.getString("previous_condition"),
          rs.getObject("earliest", LocalDate.class),
          rs.getObject("latest", LocalDate.class),
          rs.getLong("earliest_observation_id"),
          rs.getString("earliest_scene_id"),
          rs.getLong("latest_observation_id"),
          rs.getString("latest_scene_id"),
          rs.getObject("previous_size", Double.class),
          rs.getObject("size", Double.class),
          rs.getObject("moved_m", Double.class),
          PostgisGeometries.fromPostgis(rs.getString("geometry")),
          rs.getString("confidence"),
          rs.getString("statement_en"),
          rs.getString("statement_ko"),
          rs.getBoolean("illustrative"),
          Columns.instant(rs, "computed_at"));
    }
  }
}
