package org.sightline.server.resources.facilities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.sightline.server.api.FacilityProperties.PossibleDuplicate;
import org.sightline.server.api.FacilityProperties.SourceJson;
import org.sightline.server.audit.RecordVersion;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.ETags;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.registry.DuplicateReview;
import org.sightline.server.registry.FacilityEdit;
import org.sightline.server.registry.FacilityRegistry;
import org.sightline.server.registry.RegistryEntry;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/facilities}: the facility registry. Search by any name is public (what each caller
 * may see: {@link Visibility}); analysts and admins create, edit ({@code If-Match}) and
 * soft-delete; staff read the history. Geometry errors are 400s saying what and where, unless
 * {@code ?repair=true}, when the answer says what the repair changed.
 */
@Path("/facilities")
@Produces(MediaType.APPLICATION_JSON)
public class FacilityResource {
  private static final int MAX_RESULTS = 100;
  private final FacilityRegistry registry;
  private final DuplicateReview duplicates;

  public FacilityResource(FacilityRegistry registry, DuplicateReview duplicates) {
    this.registry = registry;
    this.duplicates = duplicates;
  }

  /** A write's answer: the facility as stored and what a requested repair changed. */
  public record Written(FacilityView facility, List<String> repairs) {}

  public record Deletion(String reason) {}

  @GET
  @PermitAll
  @Operation(
      summary = "Find facilities by any name",
      description =
          "Hangul, McCune-Reischauer, Revised Romanization or alias, tolerant of spelling variants: q=yoduk, q=요덕, q=camp 15.")
  public List<FacilityView> search(
      @QueryParam("q") String q,
      @Parameter(
              description = "how many facilities, best match first",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
          @QueryParam("limit")
          Integer limit,
      @Context SecurityContext security) {
    int size = limit == null ? 20 : limit;
    if (size < 1 || size > MAX_RESULTS) {
      throw new InvalidInputException(
          "limit must be between 1 and " + MAX_RESULTS + ", got " + size);
    }
    return registry.searchScored(q, Visibility.of(security), size).stream()
        .map(FacilityView::of)
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(summary = "Create a facility (unpublished until an advocate publishes it)")
  @ApiResponse(
      responseCode = "201",
      description = "Created; Location and ETag of the new facility",
      content = @Content(schema = @Schema(implementation = Written.class)))
  public Response create(
      FacilityEdit body,
      @QueryParam("repair") boolean repair,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    FacilityRegistry.Written written =
        registry.create(RequestSecurityContext.actorOf(security), body, repair);
    return Response.created(uri.getAbsolutePathBuilder().path(written.entry().id()).build())
        .header(HttpHeaders.ETAG, ETags.of(written.entry().version()))
        .entity(new Written(FacilityView.of(written.entry()), written.repairs()))
        .build();
  }

  @GET
  @Path("{facilityId}")
  @PermitAll
  @Operation(
      summary = "One facility",
      description = "The ETag header holds the version to send back in If-Match.")
  @ApiResponse(
      responseCode = "200",
      description = "The facility, with its sources and any candidate duplicate",
      content = @Content(schema = @Schema(implementation = FacilityView.class)))
  public Response get(
      @PathParam("facilityId") String facilityId, @Context SecurityContext security) {
    Visibility visibility = Visibility.of(security);
    RegistryEntry entry = registry.get(facilityId, visibility);
    List<SourceJson> sources = registry.sources(facilityId).stream().map(SourceJson::of).toList();
    PossibleDuplicate duplicateOf =
        duplicates.of(facilityId, visibility).map(PossibleDuplicate::of).orElse(null);
    return Response.ok(FacilityView.of(entry, sources, duplicateOf))
        .header(HttpHeaders.ETAG, ETags.of(entry.version()))
        .build();
  }

  @PUT
  @Path("{facilityId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Replace a facility's fields",
      description = "Needs If-Match; a stale version gets 412 and nothing changes.")
  @ApiResponse(
      responseCode = "200",
      description = "Replaced: the facility as stored (its new ETag in the header) and any repairs",
      content = @Content(schema = @Schema(implementation = Written.class)))
  public Response replace(
      @PathParam("facilityId") String facilityId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("repair") boolean repair,
      FacilityEdit body,
      @Context SecurityContext security) {
    int version = ETags.requireVersion(ifMatch);
    FacilityRegistry.Written written =
        registry.replace(
            RequestSecurityContext.actorOf(security), facilityId, version, body, repair);
    return Response.ok(new Written(FacilityView.of(written.entry()), written.repairs()))
        .header(HttpHeaders.ETAG, ETags.of(written.entry().version()))
        .build();
  }

  @POST
  @Path("{facilityId}/deletion")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Delete a facility (soft: kept with who and why)",
      description = "Needs If-Match and a reason.")
  public FacilityView delete(
      @PathParam("facilityId") String facilityId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Deletion body,
      @Context SecurityContext security) {
    int version = ETags.requireVersion(ifMatch);
    return FacilityView.of(
        registry.delete(
            RequestSecurityContext.actorOf(security),
            facilityId,
            version,
            body == null ? null : body.reason()));
  }

  @GET
  @Path("{facilityId}/history")
  @RolesAllowed({
    Role.Names.ANALYST,
    Role.Names.INVESTIGATOR,
    Role.Names.ADVOCATE,
    Role.Names.ADMIN
  })
  @Operation(summary = "Every version of a facility record, oldest first, with who changed it")
  public List<RecordVersion> history(@PathParam("facilityId") String facilityId) {
    return registry.history(facilityId);
  }
}
