package org.sightline.server.resources.facilities;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.registry.FacilityDao;

/**
 * {@code /api/facilities/{id}/publication}: whether anonymous visitors see a facility on the public
 * map. Advocates (and admins) decide; every change is audited with its actor.
 */
@Path("/facilities/{facilityId}/publication")
@Produces(MediaType.APPLICATION_JSON)
public class FacilityPublicationResource {
  private final AttributedTransactions transactions;

  public FacilityPublicationResource(AttributedTransactions transactions) {
    this.transactions = transactions;
  }

  public record Publication(String facilityId, Boolean published) {}

  @GET
  @RolesAllowed({
    Role.Names.ADVOCATE,
    Role.Names.ADMIN,
    Role.Names.ANALYST,
    Role.Names.INVESTIGATOR
  })
  @Operation(summary = "Whether a facility is published")
  public Publication get(@PathParam("facilityId") String facilityId) {
    boolean published =
        transactions
            .jdbi()
            .withExtension(FacilityDao.class, dao -> dao.published(facilityId))
            .orElseThrow(
                () -> new EntityNotFoundException("there is no facility '" + facilityId + "'"));
    return new Publication(facilityId, published);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ADVOCATE, Role.Names.ADMIN})
  @Operation(summary = "Publish a facility on the public map, or withdraw it")
  public Publication set(
      @PathParam("facilityId") String facilityId,
      Publication body,
      @Context SecurityContext security) {
    if (body == null || body.published() == null) {
      throw new InvalidInputException(
          "the body must be {\"published\": true} or {\"published\": false}");
    }
    transactions.useTransaction(
        RequestSecurityContext.actorOf(security),
        handle -> {
          if (handle.attach(FacilityDao.class).setPublished(facilityId, body.published()) == 0) {
            throw new EntityNotFoundException("there is no facility '" + facilityId + "'");
          }
        });
    return new Publication(facilityId, body.published());
  }
}
