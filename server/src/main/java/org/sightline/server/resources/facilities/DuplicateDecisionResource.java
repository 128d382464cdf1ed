package org.sightline.server.resources.facilities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.ETags;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.registry.DuplicateReview;

/**
 * {@code /api/facilities/{id}/duplicate-decision}: an analyst's (or admin's) decision on a
 * candidate duplicate: merge it into its namesake or keep the two apart ({@link DuplicateReview}).
 * Needs {@code If-Match} with the candidate's version.
 */
@Path("/facilities/{facilityId}/duplicate-decision")
@Produces(MediaType.APPLICATION_JSON)
public class DuplicateDecisionResource {
  private final DuplicateReview review;

  public DuplicateDecisionResource(DuplicateReview review) {
    this.review = review;
  }

  /**
   * The answer: the candidate as it now is (deleted when merged; its ETag in the header), its
   * namesake, the decision and how many sourced locations a merge copied to the namesake.
   */
  public record Decided(
      FacilityView facility, FacilityView namesake, String decision, int locationsCopied) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Merge a candidate duplicate into its namesake, or keep the two apart",
      description =
          "Body {\"duplicateOf\", \"decision\": \"merge\" | \"keep-apart\", \"reason\"}; needs"
              + " If-Match. Merge keeps every sourced location (copied to the namesake as"
              + " alternatives) and soft-deletes the candidate; keep-apart stops the flag.")
  @ApiResponse(
      responseCode = "200",
      description = "Decided: the candidate (its new ETag in the header) and its namesake",
      content = @Content(schema = @Schema(implementation = Decided.class)))
  public Response decide(
      @PathParam("facilityId") String facilityId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      DuplicateReview.Request body,
      @Context SecurityContext security) {
    int version = ETags.requireVersion(ifMatch);
    DuplicateReview.Outcome outcome =
        review.decide(RequestSecurityContext.actorOf(security), facilityId, version, body);
    return Response.ok(
            new Decided(
                FacilityView.of(outcome.facility()),
                FacilityView.of(outcome.namesake()),
                outcome.decision().code(),
                outcome.locationsCopied()))
        .header(HttpHeaders.ETAG, ETags.of(outcome.facility().version()))
        .build();
  }
}
