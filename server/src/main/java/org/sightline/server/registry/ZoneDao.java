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
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.sightline.geodata.facility.AreaFields;
import org.sightline.server.db.Columns;
import org.sightline.server.db.geometry.PostgisGeometries;

/** Zone versions in {@code zone}. Never deleted: soft-deleted with a reason. */
@RegisterRowMapper(ZoneDao.VersionMapper.class)
public interface ZoneDao {
  String COLUMNS = """
      id, facility_id, zone_key, name, name_ko, kind, geometry, valid_from, valid_to, basis, confidence, scene_id,
      source_ids, note, area_sq_km, perimeter_km, created_at, created_by, deleted_at, deleted_by, deletion_reason""";

  @SqlUpdate("""
      INSERT INTO zone (facility_id, zone_key, name, name_ko, kind, geometry, valid_from, valid_to, basis, confidence,
                        scene_id, source_ids, note, area_sq_km, perimeter_km, created_at, created_by)
      VALUES (:facilityId, :zoneKey, :name, :nameKo, :kind, :a.geometry, :a.validFrom, :a.validTo, :a.basis,
              :a.confidence, :a.sceneId, :sourceIds, :a.note, :a.areaSqKm, :a.perimeterKm, now(), :by)""")
  @GetGeneratedKeys("id")
  long insert(@Bind("facilityId") String facilityId, @Bind("zoneKey") String zoneKey, @Bind("name") String name,
      @Bind("nameKo") String nameKo, @Bind("kind") String kind, @BindMethods("a") AreaFields area,
      @Bind("sourceIds") String[] sourceIds, @Bind("by") String by);

  @SqlQuery("SELECT " + COLUMNS + " FROM zone WHERE id = :id")
  Optional<ZoneVersion> find(@Bind("id") long id);

  /** Live versions of a facility's zones, by zone then time; only those valid on {@code asOf} when given. */
  @SqlQuery("SELECT " + COLUMNS + """
       FROM zone
      WHERE facility_id = :facilityId AND deleted_at IS NULL
        AND (CAST(:asOf AS date) IS NULL OR validity @> CAST(:asOf AS date))
      ORDER BY zone_key, valid_from NULLS FIRST, id""")
  List<ZoneVersion> live(@Bind("facilityId") String facilityId, @Bind("asOf") LocalDate asOf);

  @SqlQuery("SELECT " + COLUMNS + """
       FROM zone
      WHERE facility_id = :facilityId AND zone_key = :zoneKey AND deleted_at IS NULL
        AND validity && daterange(CAST(:from AS date), CAST(:to AS date), '[)')""")
  List<ZoneVersion> overlapping(@Bind("facilityId") String facilityId, @Bind("zoneKey") String zoneKey,
      @Bind("from") LocalDate from, @Bind("to") LocalDate to);

  @SqlUpdate("""
      UPDATE zone SET deleted_at = now(), deleted_by = :by, deletion_reason = :reason
       WHERE id = :id AND deleted_at IS NULL""")
  int softDelete(@Bind("id") long id, @Bind("by") String by, @Bind("reason") String reason);

  final class VersionMapper implements RowMapper<ZoneVersion> {
    @Override
    public ZoneVersion map(ResultSet rs, StatementContext ctx) throws SQLException {
      Array sources = rs.getArray("source_ids");
      return new ZoneVersion(rs.getLong("id"), rs.getString("facility_id"), rs.getString("zone_key"),
          rs.getString("name"), rs.getString("name_ko"), rs.getString("kind"),
          PostgisGeometries.fromPostgis(rs.getString("geometry")), rs.getObject("valid_from", LocalDate.class),
          rs.getObject("valid_to", LocalDate.class), rs.getString("basis"), rs.getString("confidence"),
          rs.getString("scene_id"), sources == null ? List.of() : List.of((String[]) sources.getArray()),
          rs.getString("note"), rs.getDouble("area_sq_km"), rs.getDouble("perimeter_km"),
          Columns.instant(rs, "created_at"), rs.getString("created_by"), Columns.instant(rs, "deleted_at"),
          rs.getString("deleted_by"), rs.getString("deletion_reason"));
    }
  }
}
