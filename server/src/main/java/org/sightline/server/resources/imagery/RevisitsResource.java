package org.sightline.server.resources.imagery;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.sightline.geodata.time.TimeParser;
import org.sightline.imagery.coverage.RevisitGaps;
import org.sightline.imagery.coverage.UsabilityCriteria;
import org.sightline.server.errors.InvalidInputException;

/**
 * {@code /api/facilities/{id}/revisits}: usable scenes per year and the longest gaps. See {@link
 * CoverageResource}.
 */
@Path("/facilities/{facilityId}/revisits")
@PermitAll
public class RevisitsResource {
  private final CoverageResource coverage;
  private final Clock clock;

  public RevisitsResource(CoverageResource coverage, Clock clock) {
    this.coverage = coverage;
    this.clock = clock;
  }

  public record Revisits(
      String facilityId,
      LocalDate from,
      LocalDate to,
      UsabilityCriteria criteria,
      int scenes,
      RevisitGaps revisits) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revisit timeline and gaps",
      description =
          "Usable scenes per year and the longest periods without one"
              + " (from..to, default: the last 3 years to today).")
  public Revisits revisits(
      @PathParam("facilityId") String facilityId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("minCoverage") Double minCoverage,
      @QueryParam("maxCloud") Double maxCloud,
      @QueryParam("maxGsd") Double maxGsd,
      @QueryParam("unknownCloudUsable") boolean unknownCloudUsable,
      @QueryParam("bufferM") Double bufferM,
      @QueryParam("gaps") Integer gaps,
      @Context SecurityContext security) {
    LocalDate end =
        to == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : TimeParser.date("to", to);
    LocalDate start = from == null ? end.minusYears(3) : TimeParser.date("from", from);
    if (end.isBefore(start)) {
      throw new InvalidInputException("to (" + end + ") is before from (" + start + ")");
    }
    UsabilityCriteria criteria =
        CoverageResource.criteria(minCoverage, maxCloud, maxGsd, unknownCloudUsable);
    List<CoverageResource.Covered> usable =
        coverage.coverage(
            facilityId,
            start.toString(),
            end.toString(),
            minCoverage,
            maxCloud,
            maxGsd,
            unknownCloudUsable,
            true,
            bufferM,
            security);
    RevisitGaps timeline =
        RevisitGaps.of(
            usable.stream().map(CoverageResource.Covered::acquiredAt).toList(),
            start.atStartOfDay().toInstant(ZoneOffset.UTC),
            end.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    int top = gaps == null ? 10 : gaps;
    if (top < 1 || top > 1000) {
      throw new InvalidInputException("gaps must be between 1 and 1000, got " + top);
    }
    return new Revisits(facilityId, start, end, criteria, usable.size(), timeline.top(top));
  }
}
