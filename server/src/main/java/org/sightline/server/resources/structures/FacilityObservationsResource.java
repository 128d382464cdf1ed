package org.sightline.server.resources.structures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.ETags;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.registry.FacilityRegistry;
import org.sightline.server.structure.ObservationEdit;
import org.sightline.server.structure.Observations;
import org.sightline.server.visibility.Visibility;

/**
 * A facility's observations, {@code /api/facilities/{id}/observations}: what analysts saw there on
 * scenes of the catalogue, listed by scene date (staff) and recorded (analysts, admins; the
 * facility's structures and change events are recomputed at once). One observation: {@link
 * ObservationResource}.
 */
@Path("/facilities/{facilityId}/observations")
@Produces(MediaType.APPLICATION_JSON)
public class FacilityObservationsResource {
  private final Observations observations;
  private final FacilityRegistry registry;

  public FacilityObservationsResource(Observations observations, FacilityRegistry registry) {
    this.observations = observations;
    this.registry = registry;
  }

  @GET
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.ANALYST,
    Role.Names.INVESTIGATOR,
    Role.Names.ADVOCATE
  })
  @Operation(summary = "A facility's observations, by scene date")
  public List<ObservationResource.Summary> list(
      @PathParam("facilityId") String facilityId, @Context SecurityContext security) {
    registry.get(facilityId, Visibility.of(security));
    return observations.of(facilityId).stream().map(ObservationResource.Summary::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Record an observation",
      description =
          "Body: sceneId (catalogued), confidence (estimative word), notes, structures [{class,"
              + " condition, geometry, notes}], unassessable [{reason, geometry}]. Every problem is"
              + " reported at once.")
  @ApiResponse(responseCode = "201", description = "Created: the observation and what it derived")
  public Response record(
      @PathParam("facilityId") String facilityId,
      ObservationEdit body,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    Observations.Written written =
        observations.record(RequestSecurityContext.actorOf(security), facilityId, body, false);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("observations")
                .path(Long.toString(written.observation().id()))
                .build())
        .header(HttpHeaders.ETAG, ETags.of(written.observation().version()))
        .entity(ObservationResource.Written.of(written))
        .build();
  }
}
