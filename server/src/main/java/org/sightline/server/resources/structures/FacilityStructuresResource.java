package org.sightline.server.resources.structures;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.sightline.server.auth.Role;
import org.sightline.server.structure.StructureChange;
import org.sightline.server.structure.StructureRow;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/facilities/{id}/structures}: the facility's structures followed across scenes, each
 * with its state in every observed scene. Staff only.
 */
@Path("/facilities/{facilityId}/structures")
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.INVESTIGATOR, Role.Names.ADVOCATE})
public class FacilityStructuresResource {
  private final StructureChange structureChange;

  public FacilityStructuresResource(StructureChange structureChange) {
    this.structureChange = structureChange;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The facility's structures followed across scenes, with per-scene states")
  public List<StructureRow> structures(
      @PathParam("facilityId") String facilityId, @Context SecurityContext security) {
    return structureChange.structures(facilityId, Visibility.of(security));
  }
}
