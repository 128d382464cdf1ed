package org.sightline.server.resources.testimony;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.sightline.server.testimony.ClaimDao;
import org.sightline.server.testimony.ClaimEdit;
import org.sightline.server.testimony.ClaimView;
import org.sightline.server.testimony.Claims;
import org.sightline.server.testimony.Deleted;

/**
 * Claims, {@code /api/claims}: events described in testimony or documents, with uncertain time and
 * places, linked to the facilities whose boundary at that time meets them. Investigators.
 */
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {
  private final Claims claims;

  public ClaimResource(Claims claims) {
    this.claims = claims;
  }

  /** A page; {@code next} is the URL of the next page, or null. */
  public record Page(List<ClaimView> items, String next) {}

  public record Deletion(String reason) {}

  @GET
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "A page of claims, by id")
  @ApiResponse(
      responseCode = "200",
      description = "A page of claims",
      content = @Content(schema = @Schema(implementation = Page.class)))
  public Page list(
      @Parameter(description = "only this type (a code)") @QueryParam("type") String type,
      @Parameter(description = "only from this testimony") @QueryParam("testimony") Long testimony,
      @Parameter(description = "only this witness's (a code)") @QueryParam("witness")
          String witness,
      @Parameter(description = "only those linked to this facility") @QueryParam("facility")
          String facility,
      @Parameter(description = "the id after which the page starts")
          @QueryParam("after")
          @DefaultValue("0")
          long after,
      @QueryParam("limit") @DefaultValue("100") int limit,
      @Context UriInfo uri) {
    Writes.checkLimit(limit);
    List<ClaimView> page =
        claims.list(
            new ClaimDao.Filter(type, testimony, witness, facility, false), after, limit + 1);
    boolean more = page.size() > limit;
    List<ClaimView> items = more ? page.subList(0, limit) : page;
    return new Page(items, Writes.next(uri, more, more ? items.get(items.size() - 1).id() : null));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(
      summary = "Record a claim",
      description =
          "Body: testimony or document, type, description, perpetratorUnit, victimsMin, victimsMax, informationGrade (1-6), witnessRelation, heardFrom (a witness code), heardFromNote, time (EDTF) or timeStated (words), places [{point, radiusM} | {area} | {facility, zone}], sharing, externalRef. Every problem is reported at once.")
  @ApiResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = ClaimView.class)))
  public Response record(ClaimEdit body, @Context SecurityContext security, @Context UriInfo uri) {
    ClaimView written = claims.record(RequestSecurityContext.actorOf(security), body);
    return Writes.created(uri, "claims", written.id(), written.version(), written);
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "One claim; the ETag holds its version")
  @ApiResponse(
      responseCode = "200",
      description = "The claim",
      content = @Content(schema = @Schema(implementation = ClaimView.class)))
  public Response get(@PathParam("id") long id) {
    ClaimView found = claims.get(id);
    return Writes.ok(found.version(), found);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "Replace a claim (needs If-Match)")
  @ApiResponse(
      responseCode = "200",
      description = "Replaced",
      content = @Content(schema = @Schema(implementation = ClaimView.class)))
  public Response replace(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ClaimEdit body,
      @Context SecurityContext security) {
    ClaimView written =
        claims.replace(
            RequestSecurityContext.actorOf(security), id, ETags.requireVersion(ifMatch), body);
    return Writes.ok(written.version(), written);
  }

  @POST
  @Path("{id}/deletion")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "Delete a claim (soft, with a reason; needs If-Match)")
  @ApiResponse(
      responseCode = "200",
      description = "Deleted: kept, marked with the reason",
      content = @Content(schema = @Schema(implementation = Deleted.class)))
  public Deleted delete(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Deletion body,
      @Context SecurityContext security) {
    return claims.delete(
        RequestSecurityContext.actorOf(security),
        id,
        ETags.requireVersion(ifMatch),
        body == null ? null : body.reason());
  }
}
