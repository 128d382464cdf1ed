package org.sightline.server.structure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.locationtech.jts.geom.Geometry;
import org.sightline.server.db.Columns;
import org.sightline.server.db.geometry.PostgisGeometries;

/**
 * The one DAO of the observation aggregate ({@code observation}, {@code observed_structure}, {@code
 * unassessable_area}): evidence rows, never deleted (soft deletes with a reason; every write
 * audited by the tables' triggers). Geometries EPSG:4326. Values bound by name. Attach to a handle;
 * as thread-safe as the handle.
 */
public interface ObservationDao {
  String OBSERVATION_COLUMNS =
      """
      id, facility_id, scene_collection, scene_id, scene_acquired_at, scene_footprint, confidence, notes,
      illustrative, version, created_at, created_by, updated_at, updated_by""";

  String STRUCTURE_COLUMNS =
      """
      id, observation_id, structure_class, condition, geometry, area_sqm, length_m, notes, layer_feature, version""";

  @SqlUpdate(
      """
      INSERT INTO observation (facility_id, scene_collection, scene_id, scene_acquired_at, scene_footprint,
                               confidence, notes, illustrative, created_at, created_by)
      VALUES (:facilityId, :sceneCollection, :sceneId, :acquiredAt, ST_Multi(:footprint), :confidence, :notes,
              :illustrative, now(), :by)""")
  @GetGeneratedKeys("id")
  long insertObservation(
      @Bind("facilityId") String facilityId,
      @Bind("sceneCollection") String sceneCollection,
      @Bind("sceneId") String sceneId,
      @Bind("acquiredAt") OffsetDateTime acquiredAt,
      @Bind("footprint") Geometry footprint,
      @Bind("confidence") String confidence,
      @Bind("notes") String notes,
      @Bind("illustrative") boolean illustrative,
      @Bind("by") String by);

  /** As the other, with the acquisition instant in UTC. */
  default long insertObservation(
      String facilityId,
      String sceneCollection,
      String sceneId,
      Instant acquiredAt,
      Geometry footprint,
      String confidence,
      String notes,
      boolean illustrative,
      String by) {
    return insertObservation(
        facilityId,
        sceneCollection,
        sceneId,
        acquiredAt.atOffset(ZoneOffset.UTC),
        footprint,
        confidence,
        notes,
        illustrative,
        by);
  }

  /** A live observation. */
  @SqlQuery(
      "SELECT " + OBSERVATION_COLUMNS + " FROM observation WHERE id = :id AND deleted_at IS NULL")
  @RegisterRowMapper(ObservationMapper.class)
  Optional<StoredObservation> observation(@Bind("id") long id);

  /** As {@link #observation}, locking the row until the transaction ends (edits, deletion). */
  @SqlQuery(
      "SELECT "
          + OBSERVATION_COLUMNS
          + " FROM observation WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
  @RegisterRowMapper(ObservationMapper.class)
  Optional<StoredObservation> lockObservation(@Bind("id") long id);

  /** The live observation of a facility on a scene, if any. */
  @SqlQuery(
      "SELECT "
          + OBSERVATION_COLUMNS
          + """
       FROM observation
      WHERE facility_id = :facilityId AND scene_collection = :collection AND scene_id = :sceneId
        AND deleted_at IS NULL""")
  @RegisterRowMapper(ObservationMapper.class)
  Optional<StoredObservation> observationOnScene(
      @Bind("facilityId") String facilityId,
      @Bind("collection") String collection,
      @Bind("sceneId") String sceneId);

  /** Whether the facility has, or ever had (deleted ones count), an observation on the scene. */
  @SqlQuery(
      """
      SELECT EXISTS (SELECT 1 FROM observation WHERE facility_id = :facilityId AND scene_id = :sceneId)""")
  boolean everObservedOn(@Bind("facilityId") String facilityId, @Bind("sceneId") String sceneId);

  /** The live observations of a facility, by scene time then id. */
  @SqlQuery(
      "SELECT "
          + OBSERVATION_COLUMNS
          + """
       FROM observation WHERE facility_id = :facilityId AND deleted_at IS NULL
      ORDER BY scene_acquired_at, id""")
  @RegisterRowMapper(ObservationMapper.class)
  List<StoredObservation> observationsOf(@Bind("facilityId") String facilityId);

  /** A new record version with the given confidence and notes. */
  @SqlUpdate(
      """
      UPDATE observation SET confidence = :confidence, notes = :notes, version = version + 1,
             updated_at = now(), updated_by = :by
       WHERE id = :id AND deleted_at IS NULL""")
  int updateObservation(
      @Bind("id") long id,
      @Bind("confidence") String confidence,
      @Bind("notes") String notes,
      @Bind("by") String by);

  @SqlUpdate(
      """
      UPDATE observation SET deleted_at = now(), deleted_by = :by, deletion_reason = :reason, version = version + 1
       WHERE id = :id AND deleted_at IS NULL""")
  int softDeleteObservation(
      @Bind("id") long id, @Bind("by") String by, @Bind("reason") String reason);

  @SqlUpdate(
      """
      INSERT INTO observed_structure (facility_id, observation_id, structure_class, condition, geometry, area_sqm,
                                      length_m, notes, layer_feature, created_at, created_by)
      VALUES (:facilityId, :observationId, :structureClass, :condition, :geometry, :areaSqm, :lengthM, :notes,
              :layerFeature, now(), :by)""")
  @GetGeneratedKeys("id")
  long insertStructure(
      @Bind("facilityId") String facilityId,
      @Bind("observationId") long observationId,
      @Bind("structureClass") String structureClass,
      @Bind("condition") String condition,
      @Bind("geometry") Geometry geometry,
      @Bind("areaSqm") double areaSqm,
      @Bind("lengthM") double lengthM,
      @Bind("notes") String notes,
      @Bind("layerFeature") String layerFeature,
      @Bind("by") String by);

  /**
   * Changes a live drawing to the given values, one record version later, only when one differs (an
   * unchanged drawing keeps its version and writes no history). Returns 1 when changed.
   */
  @SqlUpdate(
      """
      UPDATE observed_structure
         SET structure_class = :structureClass, condition = :condition, geometry = :geometry, area_sqm = :areaSqm,
             length_m = :lengthM, notes = :notes, version = version + 1
       WHERE id = :id AND deleted_at IS NULL
         AND ((structure_class, condition, notes) IS DISTINCT FROM (:structureClass, :condition, CAST(:notes AS text))
              OR NOT ST_OrderingEquals(geometry, :geometry))""")
  int updateStructure(
      @Bind("id") long id,
      @Bind("structureClass") String structureClass,
      @Bind("condition") String condition,
      @Bind("geometry") Geometry geometry,
      @Bind("areaSqm") double areaSqm,
      @Bind("lengthM") double lengthM,
      @Bind("notes") String notes);

  @SqlUpdate(
      """
      UPDATE observed_structure SET deleted_at = now(), deleted_by = :by, deletion_reason = :reason,
             version = version + 1
       WHERE id = :id AND deleted_at IS NULL""")
  int softDeleteStructure(
      @Bind("id") long id, @Bind("by") String by, @Bind("reason") String reason);

  /** The live drawings of one observation, by id. */
  @SqlQuery(
      "SELECT "
          + STRUCTURE_COLUMNS
          + " FROM observed_structure WHERE observation_id = :observationId AND deleted_at IS NULL ORDER BY id")
  @RegisterRowMapper(StructureMapper.class)
  List<StoredStructure> structuresOf(@Bind("observationId") long observationId);

  /** The live drawings of every live observation of a facility, by observation then id. */
  @SqlQuery(
      "SELECT "
          + STRUCTURE_COLUMNS
          + """
       FROM observed_structure s
      WHERE s.facility_id = :facilityId AND s.deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM observation o WHERE o.id = s.observation_id AND o.deleted_at IS NULL)
      ORDER BY observation_id, id""")
  @RegisterRowMapper(StructureMapper.class)
  List<StoredStructure> structuresOfFacility(@Bind("facilityId") String facilityId);

  /** The facility of a live drawing of a live observation, if there is one. */
  @SqlQuery(
      """
      SELECT s.facility_id FROM observed_structure s JOIN observation o ON o.id = s.observation_id
       WHERE s.id = :id AND s.deleted_at IS NULL AND o.deleted_at IS NULL""")
  Optional<String> facilityOfStructure(@Bind("id") long id);

  @SqlUpdate(
      """
      INSERT INTO unassessable_area (facility_id, observation_id, reason, geometry, area_sqm, created_at, created_by)
      VALUES (:facilityId, :observationId, :reason, ST_Multi(:geometry), :areaSqm, now(), :by)""")
  void insertUnassessable(
      @Bind("facilityId") String facilityId,
      @Bind("observationId") long observationId,
      @Bind("reason") String reason,
      @Bind("geometry") Geometry geometry,
      @Bind("areaSqm") double areaSqm,
      @Bind("by") String by);

  /** Soft-deletes every live unassessable area of an observation (a replacement re-adds them). */
  @SqlUpdate(
      """
      UPDATE unassessable_area SET deleted_at = now(), deleted_by = :by, deletion_reason = :reason
       WHERE observation_id = :observationId AND deleted_at IS NULL""")
  int softDeleteUnassessableOf(
      @Bind("observationId") long observationId,
      @Bind("by") String by,
      @Bind("reason") String reason);

  /** The live unassessable areas of one observation, by id. */
  @SqlQuery(
      """
      SELECT id, observation_id, reason, geometry, area_sqm FROM unassessable_area
       WHERE observation_id = :observationId AND deleted_at IS NULL ORDER BY id""")
  @RegisterRowMapper(UnassessableMapper.class)
  List<StoredUnassessable> unassessableOf(@Bind("observationId") long observationId);

  /** The live unassessable areas of every live observation of a facility. */
  @SqlQuery(
      """
      SELECT u.id, u.observation_id, u.reason, u.geometry, u.area_sqm FROM unassessable_area u
       WHERE u.facility_id = :facilityId AND u.deleted_at IS NULL
         AND EXISTS (SELECT 1 FROM observation o WHERE o.id = u.observation_id AND o.deleted_at IS NULL)
       ORDER BY observation_id, id""")
  @RegisterRowMapper(UnassessableMapper.class)
  List<StoredUnassessable> unassessableOfFacility(@Bind("facilityId") String facilityId);

  /** Maps an observation row. */
  final class ObservationMapper implements RowMapper<StoredObservation> {
    @Override
    public StoredObservation map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new StoredObservation(
          rs.getLong("id"),
          rs.getString("facility_id"),
          rs.getString("scene_collection"),
          rs.getString("scene_id"),
          Columns.instant(rs, "scene_acquired_at"),
          PostgisGeometries.fromPostgis(rs.getString("scene_footprint")),
          rs.getString("confidence"),
          rs.getString("notes"),
          rs.getBoolean("illustrative"),
          rs.getInt("version"),
          Columns.instant(rs, "created_at"),
          rs.getString("created_by"),
          Columns.instant(rs, "updated_at"),
          rs.getString("updated_by"));
    }
  }

  /** Maps a drawing row. */
  final class StructureMapper implements RowMapper<StoredStructure> {
    @Override
    public StoredStructure map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new StoredStructure(
          rs.getLong("id"),
          rs.getLong("observation_id"),
          rs.getString("structure_class"),
          rs.getString("condition"),
          PostgisGeometries.fromPostgis(rs.getString("geometry")),
          rs.getDouble("area_sqm"),
          rs.getDouble("length_m"),
          rs.getString("notes"),
          rs.getString("layer_feature"),
          rs.getInt("version"));
    }
  }

  /** Maps an unassessable area row. */
  final class UnassessableMapper implements RowMapper<StoredUnassessable> {
    @Override
    public StoredUnassessable map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new StoredUnassessable(
          rs.getLong("id"),
          rs.getLong("observation_id"),
          rs.getString("reason"),
          PostgisGeometries.fromPostgis(rs.getString("geometry")),
          rs.getDouble("area_sqm"));
    }
  }
}
