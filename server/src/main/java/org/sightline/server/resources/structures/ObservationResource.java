package org.sightline.server.resources.structures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.ETags;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.structure.ObservationEdit;
import org.sightline.server.structure.ObservationView;
import org.sightline.server.structure.Observations;
import org.sightline.server.structure.StoredObservation;
import org.sightline.server.structure.StructureRecomputation;

/**
 * One observation, {@code /api/observations/{id}}: read with its ETag, replaced ({@code If-Match}),
 * soft-deleted ({@code If-Match}, a reason); every write recomputes its facility's structures and
 * change events. {@link FacilityObservationsResource} lists and records them. Staff read; analysts
 * and admins write.
 */
@Path("/observations/{observationId}")
@Produces(MediaType.APPLICATION_JSON)
public class ObservationResource {
  private final Observations observations;

  public ObservationResource(Observations observations) {
    this.observations = observations;
  }

  /** One observation in a facility's list, without its drawings. */
  public record Summary(
      long id,
      String sceneCollection,
      String sceneId,
      LocalDate sceneDate,
      Instant sceneAcquiredAt,
      String confidence,
      boolean illustrative,
      int version,
      String createdBy,
      Instant createdAt) {
    static Summary of(StoredObservation o) {
      return new Summary(
          o.id(),
          o.sceneCollection(),
          o.sceneId(),
          StructureRecomputation.sceneDate(o),
          o.sceneAcquiredAt(),
          o.confidence(),
          o.illustrative(),
          o.version(),
          o.createdBy(),
          o.createdAt());
    }
  }

  /** A written observation and what its facility's recomputation derived. */
  public record Written(ObservationView observation, StructureRecomputation.Summary derived) {
    static Written of(Observations.Written written) {
      return new Written(written.observation(), written.derived());
    }
  }

  public record Deletion(String reason) {}

  @GET
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.ANALYST,
    Role.Names.INVESTIGATOR,
    Role.Names.ADVOCATE
  })
  @Operation(
      summary = "One observation with its drawings and unassessable areas",
      description = "The ETag header holds its record version, to send back in If-Match.")
  @ApiResponse(
      responseCode = "200",
      description = "The observation; its ETag header holds the record version",
      content = @Content(schema = @Schema(implementation = ObservationView.class)))
  public Response get(@PathParam("observationId") long observationId) {
    ObservationView view = observations.get(observationId);
    return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(
      summary = "Replace an observation",
      description =
          "Needs If-Match. Structures with the id of one of its drawings keep that drawing; the"
              + " rest are new; drawings left out are soft-deleted. The scene cannot change.")
  @ApiResponse(
      responseCode = "200",
      description = "Replaced: the observation and what it derived",
      content = @Content(schema = @Schema(implementation = Written.class)))
  public Response replace(
      @PathParam("observationId") long observationId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ObservationEdit body,
      @Context SecurityContext security) {
    int version = ETags.requireVersion(ifMatch);
    Observations.Written written =
        observations.replace(
            RequestSecurityContext.actorOf(security), observationId, version, body);
    return Response.ok(Written.of(written))
        .header(HttpHeaders.ETAG, ETags.of(written.observation().version()))
        .build();
  }

  @POST
  @Path("deletion")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ANALYST, Role.Names.ADMIN})
  @Operation(summary = "Delete an observation (soft, with a reason; needs If-Match)")
  public Written delete(
      @PathParam("observationId") long observationId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Deletion body,
      @Context SecurityContext security) {
    int version = ETags.requireVersion(ifMatch);
    return Written.of(
        observations.delete(
            RequestSecurityContext.actorOf(security),
            observationId,
            version,
            body == null ? null : body.reason()));
  }
}
