package org.sightline.server.resources.testimony;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import java.util.List;
import org.sightline.server.auth.Role;
import org.sightline.server.corroboration.ClaimDuplicates;
import org.sightline.server.corroboration.DuplicateView;
import org.sightline.server.errors.ETags;
import org.sightline.server.http.RequestSecurityContext;

/**
 * Likely duplicate claims, {@code /api/claim-duplicates}: claims from different testimonies with
 * compatible types, overlapping time and place and similar descriptions, proposed by each
 * corroboration pass. Confirmed, the later claim counts as the same account as the earlier (one
 * source); dismissed, they stay apart. A decision recomputes corroboration. Investigators.
 */
@Path("/claim-duplicates")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimDuplicateResource {
  private final ClaimDuplicates duplicates;

  public ClaimDuplicateResource(ClaimDuplicates duplicates) {
    this.duplicates = duplicates;
  }

  @GET
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "Likely duplicate claims")
  @ApiResponse(
      responseCode = "200",
      description = "The proposals, by id",
      content =
          @Content(array = @ArraySchema(schema = @Schema(implementation = DuplicateView.class))))
  public List<DuplicateView> list(
      @Parameter(description = "proposed, confirmed or dismissed") @QueryParam("status")
          String status) {
    return duplicates.list(status);
  }

  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(
      summary = "Confirm or dismiss a likely duplicate (needs If-Match)",
      description = "Body: decision (confirm or dismiss) and reason.")
  @ApiResponse(
      responseCode = "200",
      description = "Decided",
      content = @Content(schema = @Schema(implementation = DuplicateView.class)))
  public Response decide(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ClaimDuplicates.Decision body,
      @Context SecurityContext security) {
    DuplicateView decided =
        duplicates.decide(
            RequestSecurityContext.actorOf(security), id, ETags.requireVersion(ifMatch), body);
    return Writes.ok(decided.version(), decided);
  }
}
