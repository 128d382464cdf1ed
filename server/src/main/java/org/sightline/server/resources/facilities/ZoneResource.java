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
import java.util.List;
import org.sightline.geodata.time.TimeParser;
import org.sightline.server.auth.Role;
import org.sightline.server.registry.DatedAreas;
import org.sightline.server.registry.ZoneEdit;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/facilities/{id}/zones}: named analysis areas inside a facility, versioned in time.
 * {@code ?asOf=D} lists the versions valid on day D.
 */
@Path("/facilities/{facilityId}/zones")
@Produces(MediaType.APPLICATION_JSON)
public class ZoneResource extends DatedAreaResource {
  /**
   * @param zones of {@code DatedAreaKind.ZONE}
   */
  public ZoneResource(DatedAreas zones) {
    super(zones);
  }

  /** An added version's answer (named apart from a boundary's in the OpenAPI description). */
  @Schema(name = "ZoneAdded")
  public record Added(DatedAreaView zone, List<String> repairs) {}

  @GET
  @PermitAll
  @Operation(
      summary = "Zone versions of a facility",
      description = "All live versions, or with asOf=YYYY-MM-DD those valid that day.")
  public List<DatedAreaView> list(
      @PathParam("facilityId") String facilityId,
      @QueryParam("asOf") String asOf,
      @Context SecurityContext security) {
    return areas
        .versions(facilityId, TimeParser.date("asOf", asOf), Visibility.of(security))
        .stream()
        .map(DatedAreaView::of)
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Add a zone version",
      description = "Checked geometry (repair=true to repair), measured on the ellipsoid.")
  @ApiResponse(
      responseCode = "201",
      description = "Created: the zone version",
      content = @Content(schema = @Schema(implementation = Added.class)))
  public Response add(
      @PathParam("facilityId") String facilityId,
      @QueryParam("repair") boolean repair,
      ZoneEdit body,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    return created(facilityId, body, repair, security, uri, Added::new);
  }

  @GET
  @Path("{zoneId}")
  @PermitAll
  @Operation(
      summary = "One zone version",
      description = "The ETag header holds its record version, to send back in If-Match.")
  @ApiResponse(
      responseCode = "200",
      description = "The zone version",
      content = @Content(schema = @Schema(implementation = DatedAreaView.class)))
  public Response get(
      @PathParam("facilityId") String facilityId,
      @PathParam("zoneId") long zoneId,
      @Context SecurityContext security) {
    return one(facilityId, zoneId, security);
  }

  @POST
  @Path("{zoneId}/end")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "End a zone version at a date",
      description =
          "Body {\"validTo\": \"YYYY-MM-DD\"}, the first day it no longer holds; needs If-Match."
              + " The earlier state stays in the history.")
  @ApiResponse(
      responseCode = "200",
      description = "Ended: the version as it now is (its new ETag in the header)",
      content = @Content(schema = @Schema(implementation = DatedAreaView.class)))
  public Response end(
      @PathParam("facilityId") String facilityId,
      @PathParam("zoneId") long zoneId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Ending body,
      @Context SecurityContext security) {
    return ended(facilityId, zoneId, ifMatch, body, security);
  }

  @POST
  @Path("{zoneId}/supersede")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Replace a zone version's shape from a date",
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
      @PathParam("zoneId") long zoneId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("repair") boolean repair,
      ZoneEdit body,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    return superseded(facilityId, zoneId, ifMatch, body, repair, security, uri, Added::new);
  }

  @POST
  @Path("{zoneId}/deletion")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(summary = "Delete a zone version (soft, with a reason)")
  public DatedAreaView delete(
      @PathParam("facilityId") String facilityId,
      @PathParam("zoneId") long zoneId,
      Deletion body,
      @Context SecurityContext security) {
    return deleted(facilityId, zoneId, body, security);
  }
}
