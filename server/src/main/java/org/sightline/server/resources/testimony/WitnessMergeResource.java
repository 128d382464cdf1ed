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
import org.sightline.server.errors.ETags;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.testimony.MergeProposalView;
import org.sightline.server.testimony.WitnessMerges;

/**
 * Likely duplicate witnesses, {@code /api/witness-merges}: pairs of records sharing a strong keyed
 * fingerprint, shown by code and the kinds that matched, never the details. An investigator
 * confirms (B is merged into A, and corroboration counts them once) or dismisses. Investigators.
 */
@Path("/witness-merges")
@Produces(MediaType.APPLICATION_JSON)
public class WitnessMergeResource {
  private final WitnessMerges merges;

  public WitnessMergeResource(WitnessMerges merges) {
    this.merges = merges;
  }

  @GET
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "Witness merge proposals")
  @ApiResponse(
      responseCode = "200",
      description = "The proposals, by id",
      content =
          @Content(
              array = @ArraySchema(schema = @Schema(implementation = MergeProposalView.class))))
  public List<MergeProposalView> list(
      @Parameter(description = "proposed, confirmed or dismissed") @QueryParam("status")
          String status) {
    return merges.list(status);
  }

  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(
      summary = "Confirm or dismiss a merge proposal (needs If-Match)",
      description = "Body: decision (confirm or dismiss) and reason.")
  @ApiResponse(
      responseCode = "200",
      description = "Decided",
      content = @Content(schema = @Schema(implementation = MergeProposalView.class)))
  public Response decide(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      WitnessMerges.Decision body,
      @Context SecurityContext security) {
    MergeProposalView decided =
        merges.decide(
            RequestSecurityContext.actorOf(security), id, ETags.requireVersion(ifMatch), body);
    return Writes.ok(decided.version(), decided);
  }
}
