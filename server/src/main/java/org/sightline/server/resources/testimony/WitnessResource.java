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
import java.time.LocalDate;
import java.util.List;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.ETags;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.sealing.WitnessIdentity;
import org.sightline.server.testimony.Deleted;
import org.sightline.server.testimony.WitnessEdit;
import org.sightline.server.testimony.WitnessIdentities;
import org.sightline.server.testimony.WitnessView;
import org.sightline.server.testimony.Witnesses;

/**
 * Witnesses, {@code /api/witnesses}: known by a pseudonymous code with open, coarse attributes.
 * Identifying details go in sealed and come out only through {@code POST
 * /api/witnesses/{id}/unseal}, audited with its reason. Investigators.
 */
@Path("/witnesses")
@Produces(MediaType.APPLICATION_JSON)
public class WitnessResource {
  private final Witnesses witnesses;
  private final WitnessIdentities identities;

  public WitnessResource(Witnesses witnesses, WitnessIdentities identities) {
    this.witnesses = witnesses;
    this.identities = identities;
  }

  /** A page of witnesses; {@code next} is the URL of the next page, or null. */
  public record Page(List<WitnessView> items, String next) {}

  /** Why the identity is unsealed: recorded in the audit trail. */
  public record UnsealRequest(String reason) {}

  /** A witness's identifying details, as unsealed for one investigator. */
  public record Unsealed(
      String witness,
      String fullName,
      List<String> otherNames,
      List<String> contacts,
      LocalDate exactBirthDate,
      String photoSha256) {}

  public record Deletion(String reason) {}

  @GET
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "Witnesses by code, never with identifying details")
  @ApiResponse(
      responseCode = "200",
      description = "A page of witnesses",
      content = @Content(schema = @Schema(implementation = Page.class)))
  public Page list(
      @Parameter(description = "only this organisation's") @QueryParam("organisation")
          String organisation,
      @Parameter(description = "the code after which the page starts") @QueryParam("after")
          String after,
      @QueryParam("limit") @DefaultValue("100") int limit,
      @Context UriInfo uri) {
    Writes.checkLimit(limit);
    List<WitnessView> page = witnesses.list(organisation, after, limit + 1);
    boolean more = page.size() > limit;
    List<WitnessView> items = more ? page.subList(0, limit) : page;
    return new Page(
        items, Writes.next(uri, more, more ? items.get(items.size() - 1).code() : null));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(
      summary = "Record a witness",
      description =
          "Body: organisation, sharing, gender, birthDecade, provinceOfOrigin, relations, notes,"
              + " and identity {fullName, otherNames, contacts, exactBirthDate, photoSha256},"
              + " which is sealed and never returned. The witness gets a random code.")
  @ApiResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = WitnessView.class)))
  public Response record(
      WitnessEdit body, @Context SecurityContext security, @Context UriInfo uri) {
    WitnessView witness = witnesses.record(RequestSecurityContext.actorOf(security), body);
    return Writes.created(uri, "witnesses", witness.id(), witness.version(), witness);
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "One witness; the ETag holds its version")
  @ApiResponse(
      responseCode = "200",
      description = "The witness",
      content = @Content(schema = @Schema(implementation = WitnessView.class)))
  public Response get(@PathParam("id") long id) {
    WitnessView witness = witnesses.get(id);
    return Writes.ok(witness.version(), witness);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(
      summary = "Replace a witness's attributes (needs If-Match)",
      description = "An identity in the body is sealed and supersedes the previous one.")
  @ApiResponse(
      responseCode = "200",
      description = "Replaced",
      content = @Content(schema = @Schema(implementation = WitnessView.class)))
  public Response replace(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      WitnessEdit body,
      @Context SecurityContext security) {
    WitnessView witness =
        witnesses.replace(
            RequestSecurityContext.actorOf(security), id, ETags.requireVersion(ifMatch), body);
    return Writes.ok(witness.version(), witness);
  }

  @POST
  @Path("{id}/deletion")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "Delete a witness (soft, with a reason; needs If-Match)")
  @ApiResponse(
      responseCode = "200",
      description = "Deleted: kept, marked with the reason",
      content = @Content(schema = @Schema(implementation = Deleted.class)))
  public Deleted delete(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Deletion body,
      @Context SecurityContext security) {
    return witnesses.delete(
        RequestSecurityContext.actorOf(security),
        id,
        ETags.requireVersion(ifMatch),
        body == null ? null : body.reason());
  }

  @POST
  @Path("{id}/unseal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(
      summary = "Unseal a witness's identifying details (audited)",
      description =
          "Body: reason, which the audit trail records with the investigator's name. The"
              + " answer is not cached (Cache-Control: no-store).")
  @ApiResponse(
      responseCode = "200",
      description = "The identifying details",
      content = @Content(schema = @Schema(implementation = Unsealed.class)))
  public Response unseal(
      @PathParam("id") long id, UnsealRequest body, @Context SecurityContext security) {
    WitnessIdentity identity =
        identities.unseal(
            RequestSecurityContext.actorOf(security), id, body == null ? null : body.reason());
    WitnessView witness = witnesses.get(id);
    return Response.ok(
            new Unsealed(
                witness.code(),
                identity.fullName(),
                identity.otherNames(),
                identity.contacts(),
                identity.exactBirthDate(),
                identity.photoEvidenceSha256()))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
