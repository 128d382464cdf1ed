package org.sightline.server.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.sightline.geodata.facility.Facility;
import org.sightline.geodata.facility.FacilityStatus;
import org.sightline.geodata.facility.FacilityType;
import org.sightline.server.db.geometry.PostgisGeometries;

/** Maps {@link FacilityDao#FEATURE_COLUMNS} to a {@link Facility} without its sourced locations. */
public final class FacilityRowMapper implements RowMapper<Facility> {
  @Override
  public Facility map(ResultSet rs, StatementContext ctx) throws SQLException {
    Array aliases = rs.getArray("aliases");
    return new Facility(
        rs.getString("id"),
        rs.getString("name"),
        rs.getString("name_ko"),
        aliases == null ? List.of() : List.of((String[]) aliases.getArray()),
        FacilityType.fromCode(rs.getString("facility_type")),
        FacilityStatus.fromCode(rs.getString("status")),
        rs.getString("province"),
        rs.getString("controlling_agency"),
        PostgisGeometries.fromPostgis(rs.getString("location")),
        List.of());
  }
}
