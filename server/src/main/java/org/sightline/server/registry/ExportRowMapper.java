package org.sightline.server.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.sightline.geodata.io.ExportRow;
import org.sightline.server.db.geometry.PostgisGeometries;

/**
 * Maps a row of {@link FacilityDao#exportRows} to an {@link ExportRow}: the boundary when the
 * facility has one valid on the export date, else its location.
 */
public final class ExportRowMapper implements RowMapper<ExportRow> {
  @Override
  public ExportRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    Array aliases = rs.getArray("aliases");
    String boundary = rs.getString("boundary");
    double areaSqKm = rs.getDouble("area_sq_km");
    return new ExportRow(
        rs.getString("id"),
        rs.getString("name"),
        rs.getString("name_ko"),
        rs.getString("name_mr"),
        rs.getString("name_rr"),
        aliases == null ? List.of() : List.of((String[]) aliases.getArray()),
        rs.getString("facility_type"),
        rs.getString("status"),
        rs.getObject("status_since", LocalDate.class),
        rs.getString("province"),
        rs.getString("controlling_agency"),
        PostgisGeometries.fromPostgis(boundary != null ? boundary : rs.getString("location")),
        boundary != null ? "boundary" : "location",
        rs.getString("basis"),
        rs.getString("confidence"),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class),
        boundary != null ? areaSqKm : null,
        rs.getString("possible_duplicate_of"));
  }
}
