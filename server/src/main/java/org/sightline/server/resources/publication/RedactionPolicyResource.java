package org.sightline.server.resources.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.time.Instant;
import java.util.List;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.ETags;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.publication.RedactionPolicies;
import org.sightline.server.publication.RedactionPolicy;

/**
 * {@code /api/redaction-policy}: the policy in force is public (the printable map names it); its
 * versions are for staff; administrators adopt a new version or put an earlier one back, naming the
 * ETag of the policy in force ({@code If-Match}).
 */
@Path("/redaction-policy")
@Produces(MediaType.APPLICATION_JSON)
public class RedactionPolicyResource {
  private final RedactionPolicies policies;

  public RedactionPolicyResource(RedactionPolicies policies) {
    this.policies = policies;
  }

  /** A policy version as the API shows it. */
  public record PolicyView(
      int version,
      @Schema(type = "object") JsonNode rules,
      String reason,
      Instant createdAt,
      String createdBy,
      boolean active,
      Instant activatedAt,
      String activatedBy) {
    static PolicyView of(RedactionPolicy p) {
      return new PolicyView(
          p.version(),
          p.rules().toJson(),
          p.reason(),
          p.createdAt(),
          p.createdBy(),
          p.active(),
          p.activatedAt(),
          p.activatedBy());
    }
  }

  /** A new version: its rules (missing ones take the defaults) and why. */
  public record AdoptBody(@Schema(type = "object") ObjectNode rules, String reason) {}

  @GET
  @PermitAll
  @Operation(
      summary = "The redaction policy in force, with its ETag",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "the policy, with the ETag of the policy in force",
              content = @Content(schema = @Schema(implementation = PolicyView.class))))
  public Response active() {
    RedactionPolicy policy = policies.active();
    return Response.ok(PolicyView.of(policy))
        .header(HttpHeaders.ETAG, ETags.of(policy.activeRowVersion()))
        .build();
  }

  @GET
  @Path("/versions")
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.ANALYST,
    Role.Names.INVESTIGATOR,
    Role.Names.ADVOCATE
  })
  @Operation(summary = "Every version of the redaction policy, newest first")
  public List<PolicyView> versions() {
    return policies.all().stream().map(PolicyView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      summary = "Adopt a new version of the redaction policy and put it in force",
      responses =
          @ApiResponse(
              responseCode = "201",
              description = "the new version, in force, with its ETag",
              content = @Content(schema = @Schema(implementation = PolicyView.class))))
  public Response adopt(
      AdoptBody body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context SecurityContext security) {
    int expected = ETags.requireVersion(ifMatch);
    if (body == null || body.rules() == null) {
      throw new InvalidInputException("the body must be {\"rules\": {...}, \"reason\": \"...\"}");
    }
    RedactionPolicy adopted =
        policies.adopt(
            RequestSecurityContext.actorOf(security), body.rules(), body.reason(), expected);
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.ETAG, ETags.of(adopted.activeRowVersion()))
        .entity(PolicyView.of(adopted))
        .build();
  }

  @POST
  @Path("/versions/{version}/activate")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      summary = "Put an earlier version of the redaction policy back in force",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "the policy, with the ETag of the policy in force",
              content = @Content(schema = @Schema(implementation = PolicyView.class))))
  public Response reactivate(
      @PathParam("version") int version,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context SecurityContext security) {
    int expected = ETags.requireVersion(ifMatch);
    RedactionPolicy policy =
        policies.reactivate(RequestSecurityContext.actorOf(security), version, expected);
    return Response.ok(PolicyView.of(policy))
        .header(HttpHeaders.ETAG, ETags.of(policy.activeRowVersion()))
        .build();
  }
}
