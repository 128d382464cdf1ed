package org.sightline.server.resources.structures;

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
import java.util.List;
import org.sightline.server.auth.Role;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.registry.FacilityRegistry;
import org.sightline.server.structure.StoredOverride;
import org.sightline.server.structure.StructureOverrides;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/facilities/{id}/structure-overrides}: the analysts' corrections of structure identity
 * (merge, split, match, non-match), each naming drawings so that it survives recomputation; listed
 * by staff, added and withdrawn (with a reason) by analysts and admins.
 */
@Path("/facilities/{facilityId}/structure-overrides")
@Produces(MediaType.APPLICATION_JSON)
public class OverrideResource {
  private final StructureOverrides overrides;
  private final FacilityRegistry registry;

  public OverrideResource(StructureOverrides overrides, FacilityRegistry registry) {
    this.overrides = overrides;
    this.registry = registry;
  }

  public record Withdrawal(String reason) {}

  @GET
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.ANALYST,
    Role.Names.INVESTIGATOR,
    Role.Names.ADVOCATE
  })
  @Operation(summary = "The facility's live identity overrides")
  public List<StoredOverride> list(
      @PathParam("facilityId") String facilityId, @Context SecurityContext security) {
    registry.get(facilityId, Visibility.of(security));
    return overrides.of(facilityId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Correct a structure's identity",
      description =
          "Body {kind: merge|split|match|non-match, structureId, otherStructureId, reason}; the"
              + " facility is recomputed at once, and the answer says which overrides could not be"
              + " applied.")
  @ApiResponse(
      responseCode = "201",
      description = "Created: the override and what it derived",
      content = @Content(schema = @Schema(implementation = StructureOverrides.Written.class)))
  public Response add(
      @PathParam("facilityId") String facilityId,
      StructureOverrides.Edit body,
      @Context SecurityContext security) {
    return Response.status(Response.Status.CREATED)
        .entity(overrides.add(RequestSecurityContext.actorOf(security), facilityId, body))
        .build();
  }

  @POST
  @Path("{overrideId}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(summary = "Withdraw an override (with a reason); the facility is recomputed")
  public StructureOverrides.Written withdraw(
      @PathParam("facilityId") String facilityId,
      @PathParam("overrideId") long overrideId,
      Withdrawal body,
      @Context SecurityContext security) {
    return overrides.withdraw(
        RequestSecurityContext.actorOf(security),
        facilityId,
        overrideId,
        body == null ? null : body.reason());
  }
}
