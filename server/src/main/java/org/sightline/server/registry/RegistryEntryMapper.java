package org.sightline.server.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.sightline.server.db.Columns;
import org.sightline.server.db.geometry.PostgisGeometries;

/** Maps {@link FacilityDao#ENTRY_COLUMNS} to a {@link RegistryEntry}. */
public final class RegistryEntryMapper implements RowMapper<RegistryEntry> {
  @Override
  public RegistryEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
    Array aliases = rs.getArray("aliases");
    return new RegistryEntry(
        rs.getString("id"),
        rs.getString("name"),
        rs.getString("name_ko"),
        rs.getString("name_mr"),
        rs.getString("name_rr"),
        aliases == null ? List.of() : List.of((String[]) aliases.getArray()),
        rs.getString("facility_type"),
        rs.getString("status"),
        rs.getObject("status_since", LocalDate.class),
        rs.getString("controlling_agency"),
        rs.getString("province"),
        rs.getString("description"),
        PostgisGeometries.fromPostgis(rs.getString("location")),
        rs.getBoolean("published"),
        rs.getInt("version"),
        Columns.instant(rs, "created_at"),
        Columns.instant(rs, "updated_at"),
        rs.getString("updated_by"),
        Columns.instant(rs, "deleted_at"),
        rs.getString("deleted_by"),
        rs.getString("deletion_reason"));
  }
}
