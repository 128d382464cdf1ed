package org.sightline.server.resources.exports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.geodata.io.CsvExport;
import org.sightline.geodata.io.ExportFormat;
import org.sightline.geodata.io.ExportRow;
import org.sightline.geodata.io.GeoJsonExport;
import org.sightline.geodata.io.KmlExport;
import org.sightline.geodata.time.TimeParser;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditLog;
import org.sightline.server.db.SourceDao;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.export.GeoPackageExport;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.registry.FacilityDao;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/exports/facilities.{geojson|kml|csv|gpkg}}: every facility with its boundary as of
 * {@code asOf} (default today, UTC), or its location when it has none. Anonymous visitors and users
 * without a role get the published facilities, labelled so; staff ({@link Visibility}) get all live
 * ones, labelled restricted, and their export is audited. {@code facility=ID} exports that one
 * facility only (none when the caller may not see it); repeated, those facilities. {@code type} and
 * {@code status} (each repeatable) keep the facilities of those types and statuses, as the map's
 * filters do (a facility without a status counts as {@code unknown}). The filters combine with AND.
 */
@Path("/exports")
public class ExportResource {
  private static final Map<String, ExportFormat> FORMATS =
      Map.of(
          "geojson",
          new GeoJsonExport(),
          "kml",
          new KmlExport(),
          "csv",
          new CsvExport(),
          "gpkg",
          new GeoPackageExport());
  private final AttributedTransactions transactions;
  private final Clock clock;

  public ExportResource(AttributedTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  @GET
  @Path("facilities.{format}")
  @Produces(MediaType.WILDCARD)
  @PermitAll
  @Operation(
      summary = "Export facilities as GeoJSON, KML, CSV or GeoPackage",
      description =
          "With each facility's boundary valid on asOf (YYYY-MM-DD, default today), else its location.")
  @ApiResponse(
      responseCode = "200",
      description =
          "The file, as an attachment; its media type follows the format in the path (geojson,"
              + " kml, csv, gpkg)",
      content = {
        @Content(
            mediaType = "application/geo+json",
            schema = @Schema(type = "string", format = "binary")),
        @Content(
            mediaType = "application/vnd.google-earth.kml+xml",
            schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
        @Content(
            mediaType = "application/geopackage+sqlite3",
            schema = @Schema(type = "string", format = "binary"))
      })
  public Response export(
      @PathParam("format") String format,
      @QueryParam("asOf") String asOf,
      @Parameter(description = "Export this facility only (its id); repeat for several")
          @QueryParam("facility")
          List<String> facilities,
      @Parameter(description = "Only facilities of this type (repeatable)") @QueryParam("type")
          List<String> types,
      @Parameter(description = "Only facilities with this status (repeatable; 'unknown' for none)")
          @QueryParam("status")
          List<String> statuses,
      @Context SecurityContext security) {
    ExportFormat writer = FORMATS.get(format);
    if (writer == null) {
      throw new EntityNotFoundException(
          "no export format '" + format + "'; formats are geojson, kml, csv, gpkg");
    }
    LocalDate date =
        asOf == null
            ? LocalDate.now(clock.withZone(ZoneOffset.UTC))
            : TimeParser.date("asOf", asOf);
    List<String> ids = facilities == null ? List.of() : facilities;
    List<String> typeCodes = types == null ? List.of() : types;
    List<String> statusCodes = statuses == null ? List.of() : statuses;
    String facility = ids.size() == 1 ? ids.get(0) : null;
    boolean filtered = !ids.isEmpty() || !typeCodes.isEmpty() || !statusCodes.isEmpty();
    Visibility visibility = Visibility.of(security);
    boolean publishedOnly = visibility.publishedOnly();
    Actor actor = RequestSecurityContext.actorOf(security);
    List<ExportRow> rows =
        transactions.inTransaction(
            actor,
            handle -> {
              List<ExportRow> found =
                  handle.attach(FacilityDao.class).exportRows(date, visibility).stream()
                      .filter(row -> ids.isEmpty() || ids.contains(row.id()))
                      .filter(row -> typeCodes.isEmpty() || typeCodes.contains(row.type()))
                      .filter(
                          row ->
                              statusCodes.isEmpty()
                                  || statusCodes.contains(
                                      row.status() == null ? "unknown" : row.status()))
                      .toList();
              if (!publishedOnly) {
                AuditLog.record(
                    handle,
                    "export",
                    "facility",
                    facility != null ? facility : filtered ? "filtered" : "all",
                    exportDetail(format, date, found.size(), ids, typeCodes, statusCodes));
              }
              return found;
            });
    String attribution =
        transactions.jdbi().withExtension(SourceDao.class, SourceDao::exportAttribution);
    ExportFormat.ExportContext context =
        new ExportFormat.ExportContext(
            "Sightline facilities as of "
                + date
                + (publishedOnly ? " (published)" : " (all, restricted)"),
            attribution);
    StreamingOutput body = out -> writer.write(rows, context, out);
    return Response.ok(body, writer.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + fileStem(facility)
                + "-"
                + date
                + "."
                + writer.extension()
                + "\"")
        .header("Cache-Control", publishedOnly ? "public, max-age=300" : "no-store")
        .build();
  }

  /** What an export's audit event records: the format, the date, the count and the filters. */
  private static Map<String, Object> exportDetail(
      String format,
      LocalDate date,
      int count,
      List<String> ids,
      List<String> typeCodes,
      List<String> statusCodes) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("format", format);
    detail.put("asOf", date.toString());
    detail.put("facilities", count);
    if (ids.size() > 1) {
      detail.put("facilityIds", ids);
    }
    if (!typeCodes.isEmpty()) {
      detail.put("types", typeCodes);
    }
    if (!statusCodes.isEmpty()) {
      detail.put("statuses", statusCodes);
    }
    return detail;
  }

  /** The download's name before the date: the facility's id when it is a plain slug. */
  static String fileStem(String facility) {
    return facility != null && facility.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
        ? "sightline-facility-" + facility
        : "sightline-facilities";
  }
}
