package org.sightline.server.resources.imagery;

import io.swagger.v3.oas.annotations.Operation;
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
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sightline.geodata.time.TimeParser;
import org.sightline.imagery.coverage.SceneCover;
import org.sightline.imagery.coverage.UsabilityCriteria;
import org.sightline.server.catalogue.FacilityCoverage;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.registry.FacilityRegistry;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/facilities/{id}/coverage} (JSON; {@code /coverage/csv} as CSV) and, through {@link
 * RevisitsResource}, {@code /revisits}: which scenes cover a facility and how well ({@link
 * FacilityCoverage}), and the gaps in usable coverage. Usable ({@link UsabilityCriteria}) means: at
 * least {@code minCoverage} of the facility covered (default 0.9), cloud at most {@code maxCloud}
 * percent (default 20; unknown cloud only with {@code unknownCloudUsable=true}), and gsd at most
 * {@code maxGsd} metres when given. Only for facilities the caller may see ({@link Visibility}).
 */
// A root path that ends in its own literal segment: a root at "/facilities/{facilityId}" would
// capture every path under it and hide FacilityResource's sub-resources (AccessMatrixTest saw it).
@Path("/facilities/{facilityId}/coverage")
@PermitAll
public class CoverageResource {
  private final FacilityCoverage coverage;
  private final FacilityRegistry registry;

  public CoverageResource(FacilityCoverage coverage, FacilityRegistry registry) {
    this.coverage = coverage;
    this.registry = registry;
  }

  public record Covered(
      String collection,
      String id,
      Instant acquiredAt,
      String platform,
      Double gsdM,
      Double cloudPct,
      double coveredFraction,
      String areaSource,
      boolean usable) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Scenes over a facility",
      description = "Coverage fraction, cloud, gsd and usability per scene.")
  public List<Covered> coverage(
      @PathParam("facilityId") String facilityId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("minCoverage") Double minCoverage,
      @QueryParam("maxCloud") Double maxCloud,
      @QueryParam("maxGsd") Double maxGsd,
      @QueryParam("unknownCloudUsable") boolean unknownCloudUsable,
      @QueryParam("usableOnly") boolean usableOnly,
      @QueryParam("bufferM") Double bufferM,
      @Context SecurityContext security) {
    UsabilityCriteria criteria = criteria(minCoverage, maxCloud, maxGsd, unknownCloudUsable);
    Visibility visibility = Visibility.of(security);
    registry.get(facilityId, visibility);
    LocalDate start = TimeParser.date("from", from);
    LocalDate end = TimeParser.date("to", to);
    return coverage
        .scenes(
            facilityId,
            visibility,
            start == null ? null : start.atStartOfDay().toInstant(ZoneOffset.UTC),
            end == null
                ? null
                : end.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000),
            buffer(bufferM))
        .stream()
        .map(s -> covered(s, criteria))
        .filter(c -> !usableOnly || c.usable())
        .toList();
  }

  @GET
  @Path("csv")
  @Produces("text/csv")
  @Operation(summary = "The same as CSV")
  @ApiResponse(
      responseCode = "200",
      description = "One row per scene, with a header row; the same fields as the JSON answer",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  public Response coverageCsv(
      @PathParam("facilityId") String facilityId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("minCoverage") Double minCoverage,
      @QueryParam("maxCloud") Double maxCloud,
      @QueryParam("maxGsd") Double maxGsd,
      @QueryParam("unknownCloudUsable") boolean unknownCloudUsable,
      @QueryParam("usableOnly") boolean usableOnly,
      @QueryParam("bufferM") Double bufferM,
      @Context SecurityContext security) {
    List<Covered> rows =
        coverage(
            facilityId,
            from,
            to,
            minCoverage,
            maxCloud,
            maxGsd,
            unknownCloudUsable,
            usableOnly,
            bufferM,
            security);
    StreamingOutput out =
        stream -> {
          OutputStreamWriter writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          CSVPrinter csv =
              new CSVPrinter(
                  writer,
                  CSVFormat.RFC4180
                      .builder()
                      .setHeader(
                          "collection",
                          "id",
                          "acquired_at",
                          "platform",
                          "gsd_m",
                          "cloud_pct",
                          "covered_fraction",
                          "area_source",
                          "usable")
                      .get());
          for (Covered c : rows) {
            csv.printRecord(
                c.collection(),
                c.id(),
                c.acquiredAt(),
                c.platform(),
                c.gsdM(),
                c.cloudPct(),
                String.format(Locale.ROOT, "%.4f", c.coveredFraction()),
                c.areaSource(),
                c.usable());
          }
          csv.flush();
        };
    return Response.ok(out, "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + facilityId + "-coverage.csv\"")
        .build();
  }

  private static Covered covered(SceneCover s, UsabilityCriteria criteria) {
    return new Covered(
        s.collection(),
        s.id(),
        s.acquiredAt(),
        s.platform(),
        s.gsdM(),
        s.cloudPct(),
        s.coveredFraction(),
        s.areaSource(),
        s.usable(criteria));
  }

  /** The criteria asked for, defaults filled in; a limit out of range is a 400 naming it. */
  static UsabilityCriteria criteria(
      Double minCoverage, Double maxCloud, Double maxGsd, boolean unknown) {
    try {
      return UsabilityCriteria.of(minCoverage, maxCloud, maxGsd, unknown);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }

  private static double buffer(Double bufferM) {
    double value = bufferM == null ? FacilityCoverage.DEFAULT_BUFFER_M : bufferM;
    if (value < 10 || value > 50_000) {
      throw new InvalidInputException("bufferM must be between 10 and 50000 metres, got " + value);
    }
    return value;
  }
}
