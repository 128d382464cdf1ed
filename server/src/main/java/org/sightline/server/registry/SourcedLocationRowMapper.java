package org.sightline.server.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.locationtech.jts.geom.Point;
import org.sightline.geodata.facility.SourcedLocation;
import org.sightline.server.db.geometry.PostgisGeometries;

/** Maps the columns of {@link FacilityDao#sourcedLocations} to a {@link SourcedLocationRow}. */
public final class SourcedLocationRowMapper implements RowMapper<SourcedLocationRow> {
  @Override
  public SourcedLocationRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    SourcedLocation location =
        new SourcedLocation(
            rs.getString("source_id"),
            rs.getString("record_id"),
            rs.getString("name_as_published"),
            (Point) PostgisGeometries.fromPostgis(rs.getString("location")),
            rs.getString("url"),
            rs.getBoolean("is_primary"),
            rs.getString("note"));
    return new SourcedLocationRow(
        rs.getString("facility_id"), location, rs.getDouble("distance_m"));
  }
}
