package org.sightline.server.resources.structures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
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
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sightline.geodata.structure.SeriesPoint;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.time.TimeParser;
import org.sightline.server.auth.Role;
import org.sightline.server.structure.StructureChange;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/facilities/{id}/structure-series}: counts and built-up area per class, perimeter
 * length and the not-assessable share per observed scene, with statements between two dates; {@code
 * /csv} for a chart. Staff only.
 */
@Path("/facilities/{facilityId}/structure-series")
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.INVESTIGATOR, Role.Names.ADVOCATE})
public class StructureSeriesResource {
  private final StructureChange structureChange;

  public StructureSeriesResource(StructureChange structureChange) {
    this.structureChange = structureChange;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The facility's time series and statements between two dates",
      description =
          "One point per observed scene; comparisons from the first point on or after 'from' to"
              + " the last on or before 'to' (default: first and last).")
  public StructureChange.Series series(
      @PathParam("facilityId") String facilityId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Context SecurityContext security) {
    return structureChange.series(
        facilityId,
        from == null ? null : TimeParser.date("from", from),
        to == null ? null : TimeParser.date("to", to),
        Visibility.of(security));
  }

  @GET
  @Path("csv")
  @Produces("text/csv")
  @Operation(summary = "The facility's time series as CSV, one row per observed scene")
  @ApiResponse(
      responseCode = "200",
      description = "One row per observed scene, with a header row, ready for a chart",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  public Response seriesCsv(
      @PathParam("facilityId") String facilityId, @Context SecurityContext security) {
    StructureChange.Series series =
        structureChange.series(facilityId, null, null, Visibility.of(security));
    List<String> header = new ArrayList<>();
    header.addAll(
        List.of(
            "observation_id",
            "scene_id",
            "scene_date",
            "confidence",
            "not_assessable_pct",
            "perimeter_length_m"));
    for (StructureClass c : StructureClass.values()) {
      header.add("count_" + c.code().replace('-', '_'));
    }
    for (StructureClass c : StructureClass.values()) {
      header.add("built_up_area_sqm_" + c.code().replace('-', '_'));
    }
    header.add("illustrative");
    StreamingOutput out =
        stream -> {
          Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          CSVPrinter csv =
              new CSVPrinter(
                  writer,
                  CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
          for (SeriesPoint p : series.points()) {
            csv.printRecord(row(p, series.illustrative()));
          }
          csv.flush();
        };
    return Response.ok(out, "text/csv; charset=utf-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + facilityId + "-structure-series.csv\"")
        .build();
  }

  private static List<Object> row(SeriesPoint p, boolean illustrative) {
    List<Object> values = new ArrayList<>();
    values.add(p.observationId());
    values.add(p.sceneId());
    values.add(p.sceneDate().toString());
    values.add(p.confidence().code());
    values.add(String.format(Locale.ROOT, "%.1f", p.notAssessableShare() * 100));
    values.add(String.format(Locale.ROOT, "%.1f", p.perimeterLengthM()));
    for (StructureClass c : StructureClass.values()) {
      values.add(p.counts().getOrDefault(c, 0));
    }
    for (StructureClass c : StructureClass.values()) {
      values.add(String.format(Locale.ROOT, "%.1f", p.builtUpAreaSqm().getOrDefault(c, 0.0)));
    }
    values.add(illustrative);
    return values;
  }
}
