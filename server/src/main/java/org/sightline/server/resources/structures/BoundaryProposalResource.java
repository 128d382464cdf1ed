package org.sightline.server.resources.structures;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.MultiPolygon;
import org.sightline.server.api.GeoJsonGeometrySerializer;
import org.sightline.server.auth.Role;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.registry.DatedAreas;
import org.sightline.server.resources.facilities.DatedAreaView;
import org.sightline.server.structure.BoundaryProposals;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/observations/{id}/boundary-proposal}: the boundary an observation's perimeter
 * drawings enclose, to compare with the boundary valid then; {@code .../confirmation} adds it as a
 * boundary version (basis {@code digitized}, naming the scene). Staff read; analysts and admins
 * confirm.
 */
@Path("/observations/{observationId}/boundary-proposal")
@Produces(MediaType.APPLICATION_JSON)
public class BoundaryProposalResource {
  private final BoundaryProposals proposals;

  public BoundaryProposalResource(BoundaryProposals proposals) {
    this.proposals = proposals;
  }

  /**
   * A proposal as the API shows it.
   *
   * @param geometry EPSG:4326 MultiPolygon
   * @param currentBoundary the boundary version valid on the scene date, or null
   */
  public record ProposalView(
      long observationId,
      String facilityId,
      String sceneId,
      LocalDate sceneDate,
      String method,
      int perimeterDrawings,
      @JsonSerialize(using = GeoJsonGeometrySerializer.class) MultiPolygon geometry,
      double areaSqKm,
      double perimeterKm,
      boolean illustrative,
      DatedAreaView currentBoundary) {
    static ProposalView of(BoundaryProposals.Proposal p) {
      return new ProposalView(
          p.observationId(),
          p.facilityId(),
          p.sceneId(),
          p.sceneDate(),
          p.method(),
          p.perimeterDrawings(),
          p.geometry(),
          p.areaSqKm(),
          p.perimeterKm(),
          p.illustrative(),
          p.current() == null ? null : DatedAreaView.of(p.current()));
    }
  }

  /** The added boundary version and what the geometry check repaired (nothing: it is checked). */
  public record Confirmed(DatedAreaView boundary, List<String> repairs) {}

  @GET
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.ANALYST,
    Role.Names.INVESTIGATOR,
    Role.Names.ADVOCATE
  })
  @Operation(summary = "The boundary an observation's perimeter drawings enclose")
  public ProposalView proposal(
      @PathParam("observationId") long observationId, @Context SecurityContext security) {
    return ProposalView.of(proposals.propose(observationId, Visibility.of(security)));
  }

  @POST
  @Path("confirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Confirm the proposal as a boundary version",
      description =
          "Body {confidence: high|medium|low, validFrom (default: the scene date), validTo, note};"
              + " 409 when it overlaps a version in time (end that one first).")
  @ApiResponse(
      responseCode = "201",
      description = "Created: the boundary version",
      content = @Content(schema = @Schema(implementation = Confirmed.class)))
  public Response confirm(
      @PathParam("observationId") long observationId,
      BoundaryProposals.Confirmation body,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    DatedAreas.Added added =
        proposals.confirm(
            RequestSecurityContext.actorOf(security), observationId, body, Visibility.of(security));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("facilities")
                .path(added.version().facilityId())
                .path("boundaries")
                .path(Long.toString(added.version().id()))
                .build())
        .entity(new Confirmed(DatedAreaView.of(added.version()), added.repairs()))
        .build();
  }
}
