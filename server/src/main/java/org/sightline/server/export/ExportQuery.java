package org.sightline.server.export;

import java.sql.Array;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.io.ExportRow;
import org.sightline.server.db.geometry.PostgisGeometries;
import org.sightline.server.visibility.Visibility;

/**
 * The facilities to export, with the boundary valid on the export date (one lateral lookup per
 * facility on the exclusion-constrained validity, so at most one). Only the facilities
 * {@code visibility} lets the caller see.
 */
public final class ExportQuery {
  private ExportQuery() {}

  public static List<ExportRow> rows(Handle handle, LocalDate asOf, Visibility visibility) {
    return handle.createQuery("""
            SELECT f.id, f.name, f.name_ko, f.name_mr, f.name_rr, f.aliases, f.facility_type, f.status, f.status_since,
                   f.province, f.controlling_agency, f.location, b.geometry AS boundary, b.basis, b.confidence,
                   b.valid_from, b.valid_to, b.area_sq_km
              FROM facility f
              LEFT JOIN LATERAL (
                     SELECT geometry, basis, confidence, valid_from, valid_to, area_sq_km FROM facility_boundary fb
                      WHERE fb.facility_id = f.id AND fb.deleted_at IS NULL AND fb.validity @> CAST(:asOf AS date)
                      LIMIT 1) b ON true
             WHERE\s""" + Visibility.FACILITY_PREDICATE + """
             ORDER BY f.id""")
        .bind("asOf", asOf)
        .bindMethods(visibility)
        .map((rs, ctx) -> {
          Array aliases = rs.getArray("aliases");
          String boundary = rs.getString("boundary");
          double area = rs.getDouble("area_sq_km");
          return new ExportRow(rs.getString("id"), rs.getString("name"), rs.getString("name_ko"), rs.getString("name_mr"),
              rs.getString("name_rr"), aliases == null ? List.of() : List.of((String[]) aliases.getArray()),
              rs.getString("facility_type"), rs.getString("status"), rs.getObject("status_since", LocalDate.class),
              rs.getString("province"), rs.getString("controlling_agency"),
              PostgisGeometries.fromPostgis(boundary != null ? boundary : rs.getString("location")),
              boundary != null ? "boundary" : "location", rs.getString("basis"), rs.getString("confidence"),
              rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
              boundary != null ? area : null);
        })
        .list();
  }
}
