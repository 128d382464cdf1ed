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
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.publication.Publications;
import org.sightline.server.registry.FacilityDao;

/**
 * {@code /api/facilities/{id}/publication}: whether anonymous visitors see a facility. Publishing
 * goes through review ({@code POST /api/publication/reviews}, then a second person publishes);
 * {@code PUT} with {@code "published": false} withdraws it (an advocate, with a reason), and with
 * {@code true} is refused with the way to publish.
 */
@Path("/facilities/{facilityId}/publication")
@Produces(MediaType.APPLICATION_JSON)
public class FacilityPublicationResource {
  private final AttributedTransactions transactions;
  private final Publications publications;

  public FacilityPublicationResource(
      AttributedTransactions transactions, Publications publications) {
    this.transactions = transactions;
    this.publications = publications;
  }

  public record Publication(String facilityId, Boolean published) {}

  /** A change: {@code published} false withdraws, with a reason. */
  public record PublicationChange(Boolean published, String reason) {}

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
  @RolesAllowed(Role.Names.ADVOCATE)
  @Operation(summary = "Withdraw a facility from the public map (publishing goes through review)")
  public Publication set(
      @PathParam("facilityId") String facilityId,
      PublicationChange body,
      @Context SecurityContext security) {
    if (body == null || body.published() == null) {
      throw new InvalidInputException(
          "the body must be {\"published\": false, \"reason\": \"...\"}");
    }
    if (body.published()) {
      throw new ConflictException(
          "publishing needs review by a second person: submit the facility with POST"
              + " /api/publication/reviews {\"kind\": \"facility\", \"recordId\": \""
              + facilityId
              + "\"}, then another advocate publishes it");
    }
    publications.withdrawFacility(
        RequestSecurityContext.userOf(security), facilityId, body.reason());
    return new Publication(facilityId, false);
  }
}
