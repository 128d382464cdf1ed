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
import org.sightline.server.structure.ChangeEventRow;
import org.sightline.server.structure.StructureChange;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/facilities/{id}/change-events}: the facility's change events, bracketed by scene
 * dates, with statements in English and Korean. Staff only.
 */
@Path("/facilities/{facilityId}/change-events")
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.INVESTIGATOR, Role.Names.ADVOCATE})
public class FacilityChangeEventsResource {
  private final StructureChange structureChange;

  public FacilityChangeEventsResource(StructureChange structureChange) {
    this.structureChange = structureChange;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The facility's change events, bracketed by scene dates")
  public List<ChangeEventRow> events(
      @PathParam("facilityId") String facilityId, @Context SecurityContext security) {
    return structureChange.events(facilityId, Visibility.of(security));
  }
}
