package org.sightline.server.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
import org.sightline.geodata.facility.BoundaryVersion;
import org.sightline.server.db.Columns;
import org.sightline.server.db.geometry.PostgisGeometries;

/** Boundary versions in {@code facility_boundary}. Never deleted: soft-deleted with a reason. */
@RegisterRowMapper(BoundaryDao.VersionMapper.class)
public interface BoundaryDao {
  String COLUMNS = """
      id, facility_id, geometry, valid_from, valid_to, basis, confidence, scene_id, source_ids, note, area_sq_km,
      perimeter_km, created_at, created_by, deleted_at, deleted_by, deletion_reason""";

  @SqlUpdate("""
      INSERT INTO facility_boundary (facility_id, geometry, valid_from, valid_to, basis, confidence, scene_id,
                                     source_ids, note, area_sq_km, perimeter_km, created_at, created_by)
      VALUES (:facilityId, :geometry, :validFrom, :validTo, :basis, :confidence, :sceneId, :sourceIds, :note,
              :areaSqKm, :perimeterKm, now(), :by)""")
  @GetGeneratedKeys("id")
  long insert(@Bind("facilityId") String facilityId, @Bind("geometry") Geometry geometry,
      @Bind("validFrom") LocalDate validFrom, @Bind("validTo") LocalDate validTo, @Bind("basis") String basis,
      @Bind("confidence") String confidence, @Bind("sceneId") String sceneId, @Bind("sourceIds") String[] sourceIds,
      @Bind("note") String note, @Bind("areaSqKm") double areaSqKm, @Bind("perimeterKm") double perimeterKm,
      @Bind("by") String by);

  @SqlQuery("SELECT " + COLUMNS + " FROM facility_boundary WHERE id = :id")
  Optional<BoundaryVersion> find(@Bind("id") long id);

  /** Live versions of one facility, oldest validity first (open starts first). */
  @SqlQuery("SELECT " + COLUMNS + """
       FROM facility_boundary WHERE facility_id = :facilityId AND deleted_at IS NULL
      ORDER BY valid_from NULLS FIRST, id""")
  List<BoundaryVersion> live(@Bind("facilityId") String facilityId);

  /** The boundary valid on {@code date}: one indexed containment query, at most one row (exclusion constraint). */
  @SqlQuery("SELECT " + COLUMNS + """
       FROM facility_boundary
      WHERE facility_id = :facilityId AND deleted_at IS NULL AND validity @> CAST(:date AS date)""")
  Optional<BoundaryVersion> asOf(@Bind("facilityId") String facilityId, @Bind("date") LocalDate date);

  /** Live versions of this facility whose validity overlaps [from, to). */
  @SqlQuery("SELECT " + COLUMNS + """
       FROM facility_boundary
      WHERE facility_id = :facilityId AND deleted_at IS NULL
        AND validity && daterange(CAST(:from AS date), CAST(:to AS date), '[)')
      ORDER BY valid_from NULLS FIRST""")
  List<BoundaryVersion> overlapping(@Bind("facilityId") String facilityId, @Bind("from") LocalDate from,
      @Bind("to") LocalDate to);

  @SqlUpdate("""
      UPDATE facility_boundary SET deleted_at = now(), deleted_by = :by, deletion_reason = :reason
       WHERE id = :id AND deleted_at IS NULL""")
  int softDelete(@Bind("id") long id, @Bind("by") String by, @Bind("reason") String reason);

  final class VersionMapper implements RowMapper<BoundaryVersion> {
    @Override
    public BoundaryVersion map(ResultSet rs, StatementContext ctx) throws SQLException {
      Array sources = rs.getArray("source_ids");
      return new BoundaryVersion(rs.getLong("id"), rs.getString("facility_id"),
          PostgisGeometries.fromPostgis(rs.getString("geometry")), rs.getObject("valid_from", LocalDate.class),
          rs.getObject("valid_to", LocalDate.class), rs.getString("basis"), rs.getString("confidence"),
          rs.getString("scene_id"), sources == null ? List.of() : List.of((String[]) sources.getArray()),
          rs.getString("note"), rs.getDouble("area_sq_km"), rs.getDouble("perimeter_km"),
          Columns.instant(rs, "created_at"), rs.getString("created_by"), Columns.instant(rs, "deleted_at"), rs.getString("deleted_by"),
          rs.getString("deletion_reason"));
    }

  }
}
