package org.sightline.server.resources.facilities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.sightline.geodata.time.TimeParser;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.registry.BoundaryEdit;
import org.sightline.server.registry.DatedAreas;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/facilities/{id}/boundaries}: a facility's boundary over time. {@code ?asOf=D} gives
 * the one version valid on day D (404 when none). Analysts and admins add versions (never
 * overlapping in time: 409) and soft-delete them with a reason.
 */
@Path("/facilities/{facilityId}/boundaries")
@Produces(MediaType.APPLICATION_JSON)
public class BoundaryResource extends DatedAreaResource {
  /**
   * @param boundaries of {@code DatedAreaKind.BOUNDARY}
   */
  public BoundaryResource(DatedAreas boundaries) {
    super(boundaries);
  }

  /** An added version's answer (named apart from a zone's in the OpenAPI description). */
  @Schema(name = "BoundaryAdded")
  public record Added(DatedAreaView boundary, List<String> repairs) {}

  @GET
  @PermitAll
  @Operation(
      summary = "Boundary versions",
      description = "All live versions, or with asOf=YYYY-MM-DD the one valid that day.")
  @ApiResponse(
      responseCode = "200",
      description = "Without asOf, an array of versions; with asOf, the one version valid that day",
      content = @Content(schema = @Schema(oneOf = {DatedAreaView[].class, DatedAreaView.class})))
  public Response list(
      @PathParam("facilityId") String facilityId,
      @QueryParam("asOf") String asOf,
      @Context SecurityContext security) {
    Visibility visibility = Visibility.of(security);
    if (asOf != null) {
      LocalDate date = TimeParser.date("asOf", asOf);
      return Response.ok(
              DatedAreaView.of(
                  areas
                      .asOf(facilityId, date, visibility)
                      .orElseThrow(
                          () ->
                              new EntityNotFoundException(
                                  "facility '"
                                      + facilityId
                                      + "' has no boundary valid on "
                                      + date))))
          .build();
    }
    return Response.ok(
            areas.versions(facilityId, null, visibility).stream().map(DatedAreaView::of).toList())
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Add a boundary version",
      description = "Checked geometry (repair=true to repair), measured on the ellipsoid.")
  @ApiResponse(
      responseCode = "201",
      description = "Created: the boundary version",
      content = @Content(schema = @Schema(implementation = Added.class)))
  public Response add(
      @PathParam("facilityId") String facilityId,
      @QueryParam("repair") boolean repair,
      BoundaryEdit body,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    return created(facilityId, body, repair, security, uri, Added::new);
  }

  @GET
  @Path("{boundaryId}")
  @PermitAll
  @Operation(
      summary = "One boundary version",
      description = "The ETag header holds its record version, to send back in If-Match.")
  @ApiResponse(
      responseCode = "200",
      description = "The boundary version",
      content = @Content(schema = @Schema(implementation = DatedAreaView.class)))
  public Response get(
      @PathParam("facilityId") String facilityId,
      @PathParam("boundaryId") long boundaryId,
      @Context SecurityContext security) {
    return one(facilityId, boundaryId, security);
  }

  @POST
  @Path("{boundaryId}/end")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "End a boundary version at a date",
      description =
          "Body {\"validTo\": \"YYYY-MM-DD\"}, the first day it no longer holds; needs If-Match."
              + " The earlier state stays in the history.")
  @ApiResponse(
      responseCode = "200",
      description = "Ended: the version as it now is (its new ETag in the header)",
      content = @Content(schema = @Schema(implementation = DatedAreaView.class)))
  public Response end(
      @PathParam("facilityId") String facilityId,
      @PathParam("boundaryId") long boundaryId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Ending body,
      @Context SecurityContext security) {
    return ended(facilityId, boundaryId, ifMatch, body, security);
  }

  @POST
  @Path("{boundaryId}/supersede")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Replace a boundary version's shape from a date",
      description =
          "Body: a new version whose validFrom is the first day the new shape holds; the version"
              + " ends that day and the new one is added, in one transaction. Needs If-Match."
              + " Checked geometry (repair=true to repair).")
  @ApiResponse(
      responseCode = "201",
      description = "Created: the new version (the replaced one now ends on its validFrom)",
      content = @Content(schema = @Schema(implementation = Added.class)))
  public Response supersede(
      @PathParam("facilityId") String facilityId,
      @PathParam("boundaryId") long boundaryId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("repair") boolean repair,
      BoundaryEdit body,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    return superseded(facilityId, boundaryId, ifMatch, body, repair, security, uri, Added::new);
  }

  @POST
  @Path("{boundaryId}/deletion")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(summary = "Delete a boundary version (soft, with a reason)")
  public DatedAreaView delete(
      @PathParam("facilityId") String facilityId,
      @PathParam("boundaryId") long boundaryId,
      Deletion body,
      @Context SecurityContext security) {
    return deleted(facilityId, boundaryId, body, security);
  }
}
