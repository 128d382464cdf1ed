package org.sightline.server.structure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.sightline.server.db.Columns;

/**
 * The one DAO of identity overrides ({@code structure_override}): written and withdrawn (with a
 * reason), never deleted; audited by the table's trigger. Attach to a handle.
 */
@RegisterRowMapper(OverrideDao.OverrideMapper.class)
public interface OverrideDao {
  String COLUMNS =
      "id, facility_id, kind, structure_id, other_structure_id, reason, created_at, created_by";

  @SqlUpdate(
      """
      INSERT INTO structure_override (facility_id, kind, structure_id, other_structure_id, reason, created_at,
                                      created_by)
      VALUES (:facilityId, :kind, :structureId, :otherStructureId, :reason, now(), :by)""")
  @GetGeneratedKeys("id")
  long insert(
      @Bind("facilityId") String facilityId,
      @Bind("kind") String kind,
      @Bind("structureId") long structureId,
      @Bind("otherStructureId") Long otherStructureId,
      @Bind("reason") String reason,
      @Bind("by") String by);

  /** The live overrides of a facility, in the order they were made. */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM structure_override WHERE facility_id = :facilityId AND withdrawn_at IS NULL ORDER BY id")
  List<StoredOverride> live(@Bind("facilityId") String facilityId);

  /** A live override, locked until the transaction ends. */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM structure_override WHERE id = :id AND withdrawn_at IS NULL FOR UPDATE")
  Optional<StoredOverride> lock(@Bind("id") long id);

  @SqlUpdate(
      """
      UPDATE structure_override SET withdrawn_at = now(), withdrawn_by = :by, withdrawal_reason = :reason
       WHERE id = :id AND withdrawn_at IS NULL""")
  int withdraw(@Bind("id") long id, @Bind("by") String by, @Bind("reason") String reason);

  /** Maps a row. */
  final class OverrideMapper implements RowMapper<StoredOverride> {
    @Override
    public StoredOverride map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new StoredOverride(
          rs.getLong("id"),
          rs.getString("facility_id"),
          rs.getString("kind"),
          rs.getLong("structure_id"),
          rs.getObject("other_structure_id", Long.class),
          rs.getString("reason"),
          Columns.instant(rs, "created_at"),
          rs.getString("created_by"));
    }
  }
}
