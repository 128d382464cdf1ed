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
import org.sightline.server.testimony.Deleted;
import org.sightline.server.testimony.Testimonies;
import org.sightline.server.testimony.TestimonyEdit;
import org.sightline.server.testimony.TestimonyView;

/**
 * Testimonies, {@code /api/testimonies}: one interview with one witness, known by the witness's
 * code. Investigators.
 */
@Path("/testimonies")
@Produces(MediaType.APPLICATION_JSON)
public class TestimonyResource {
  private final Testimonies testimonies;

  public TestimonyResource(Testimonies testimonies) {
    this.testimonies = testimonies;
  }

  /** A page; {@code next} is the URL of the next page, or null. */
  public record Page(List<TestimonyView> items, String next) {}

  public record Deletion(String reason) {}

  @GET
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "A page of testimonies, by id")
  @ApiResponse(
      responseCode = "200",
      description = "A page of testimonies",
      content = @Content(schema = @Schema(implementation = Page.class)))
  public Page list(
      @Parameter(description = "only this witness's (a code)") @QueryParam("witness")
          String witness,
      @Parameter(description = "the id after which the page starts")
          @QueryParam("after")
          @DefaultValue("0")
          long after,
      @QueryParam("limit") @DefaultValue("100") int limit,
      @Context UriInfo uri) {
    Writes.checkLimit(limit);
    List<TestimonyView> page = testimonies.list(witness, after, limit + 1);
    boolean more = page.size() > limit;
    List<TestimonyView> items = more ? page.subList(0, limit) : page;
    return new Page(items, Writes.next(uri, more, more ? items.get(items.size() - 1).id() : null));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(
      summary = "Record a testimony",
      description =
          "Body: witness (code), organisation, sharing, interviewedOn, interviewer, language, consent, sourceGrade (A-F), summary, evidence (SHA-256 of files in the custody store), externalRef.")
  @ApiResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = TestimonyView.class)))
  public Response record(
      TestimonyEdit body, @Context SecurityContext security, @Context UriInfo uri) {
    TestimonyView written = testimonies.record(RequestSecurityContext.actorOf(security), body);
    return Writes.created(uri, "testimonies", written.id(), written.version(), written);
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "One testimony; the ETag holds its version")
  @ApiResponse(
      responseCode = "200",
      description = "The testimony",
      content = @Content(schema = @Schema(implementation = TestimonyView.class)))
  public Response get(@PathParam("id") long id) {
    TestimonyView found = testimonies.get(id);
    return Writes.ok(found.version(), found);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "Replace a testimony (needs If-Match)")
  @ApiResponse(
      responseCode = "200",
      description = "Replaced",
      content = @Content(schema = @Schema(implementation = TestimonyView.class)))
  public Response replace(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      TestimonyEdit body,
      @Context SecurityContext security) {
    TestimonyView written =
        testimonies.replace(
            RequestSecurityContext.actorOf(security), id, ETags.requireVersion(ifMatch), body);
    return Writes.ok(written.version(), written);
  }

  @POST
  @Path("{id}/deletion")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.INVESTIGATOR)
  @Operation(summary = "Delete a testimony (soft, with a reason; needs If-Match)")
  @ApiResponse(
      responseCode = "200",
      description = "Deleted: kept, marked with the reason",
      content = @Content(schema = @Schema(implementation = Deleted.class)))
  public Deleted delete(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Deletion body,
      @Context SecurityContext security) {
    return testimonies.delete(
        RequestSecurityContext.actorOf(security),
        id,
        ETags.requireVersion(ifMatch),
        body == null ? null : body.reason());
  }
}
