package org.sightline.server.resources.users;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.sightline.server.audit.RecordVersion;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.StoredUser;
import org.sightline.server.auth.UserAccounts;
import org.sightline.server.errors.ETags;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.http.RequestSecurityContext;

/**
 * {@code /api/users}: user management, for admins only. Edits need {@code If-Match} with the user's
 * ETag ({@code "v<version>"}); a stale one gets 412 and nothing changes. Users are never deleted:
 * deactivation keeps them, with who did it and why.
 */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class UserResource {
  private final UserAccounts accounts;

  public UserResource(UserAccounts accounts) {
    this.accounts = accounts;
  }

  /** Creation body. {@code password} null: the server generates one and returns it once. */
  public record NewUser(String username, String displayName, List<String> roles, String password) {}

  /** Creation answer. */
  public record CreatedUser(UserView user, String generatedPassword) {}

  public record RoleChange(List<String> roles) {}

  public record PasswordReset(String newPassword) {}

  public record Deactivation(String reason) {}

  /** A reset's answer when the password was generated: shown only now. */
  public record GeneratedPassword(String generatedPassword) {}

  @GET
  @Operation(summary = "All users, active and deactivated")
  public List<UserView> list(@Context SecurityContext security) {
    return accounts.list(RequestSecurityContext.actorOf(security)).stream()
        .map(UserView::of)
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a user",
      description = "Without a password in the body, one is generated and returned once.")
  @ApiResponse(
      responseCode = "201",
      description = "Created: the user, and a generated password when none was given",
      content = @Content(schema = @Schema(implementation = CreatedUser.class)))
  public Response create(NewUser body, @Context SecurityContext security, @Context UriInfo uri) {
    if (body == null) {
      throw new InvalidInputException(
          "the body must be {\"username\": ..., \"roles\": [...], \"displayName\": ..., \"password\": ...}");
    }
    String generated = body.password() == null ? UserAccounts.randomPassword() : null;
    StoredUser user =
        accounts.create(
            RequestSecurityContext.actorOf(security),
            body.username(),
            body.displayName(),
            generated != null ? generated : body.password(),
            UserAccounts.parseRoles(body.roles()));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(user.id())).build())
        .tag(etagValue(user))
        .entity(new CreatedUser(UserView.of(user), generated))
        .build();
  }

  @GET
  @Path("{userId}")
  @Operation(
      summary = "One user",
      description = "The ETag header holds the version to send back in If-Match.")
  @ApiResponse(
      responseCode = "200",
      description = "The user",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  public Response get(@PathParam("userId") long userId, @Context SecurityContext security) {
    StoredUser user = accounts.describe(RequestSecurityContext.actorOf(security), userId);
    return Response.ok(UserView.of(user))
        .header(HttpHeaders.ETAG, ETags.of(user.version()))
        .build();
  }

  @PUT
  @Path("{userId}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace a user's roles",
      description = "Needs If-Match; the last active admin keeps 'admin'.")
  @ApiResponse(
      responseCode = "200",
      description = "Changed: the user (its new ETag in the header)",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  public Response setRoles(
      @PathParam("userId") long userId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      RoleChange body,
      @Context SecurityContext security) {
    int version = ETags.requireVersion(ifMatch);
    if (body == null || body.roles() == null) {
      throw new InvalidInputException(
          "the body must be {\"roles\": [...]} with roles among " + Role.allCodes());
    }
    StoredUser user =
        accounts.setRoles(
            RequestSecurityContext.actorOf(security),
            userId,
            UserAccounts.parseRoles(body.roles()),
            version);
    return Response.ok(UserView.of(user))
        .header(HttpHeaders.ETAG, ETags.of(user.version()))
        .build();
  }

  @POST
  @Path("{userId}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reset a user's password",
      description =
          "Revokes all their tokens. Without newPassword, one is generated and returned once.")
  @ApiResponse(responseCode = "204", description = "Reset to the password given")
  @ApiResponse(
      responseCode = "200",
      description = "Reset: the generated password, shown only now",
      content = @Content(schema = @Schema(implementation = GeneratedPassword.class)))
  public Response resetPassword(
      @PathParam("userId") long userId, PasswordReset body, @Context SecurityContext security) {
    String newPassword =
        body == null || body.newPassword() == null
            ? UserAccounts.randomPassword()
            : body.newPassword();
    accounts.resetPassword(RequestSecurityContext.actorOf(security), userId, newPassword);
    if (body == null || body.newPassword() == null) {
      return Response.ok(new GeneratedPassword(newPassword)).build();
    }
    return Response.noContent().build();
  }

  @POST
  @Path("{userId}/deactivation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Deactivate a user (soft delete)",
      description = "Needs If-Match and a reason; revokes all their tokens.")
  @ApiResponse(
      responseCode = "200",
      description = "Deactivated: the user (its new ETag in the header)",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  public Response deactivate(
      @PathParam("userId") long userId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      Deactivation body,
      @Context SecurityContext security) {
    int version = ETags.requireVersion(ifMatch);
    StoredUser user =
        accounts.deactivate(
            RequestSecurityContext.actorOf(security),
            userId,
            body == null ? null : body.reason(),
            version);
    return Response.ok(UserView.of(user))
        .header(HttpHeaders.ETAG, ETags.of(user.version()))
        .build();
  }

  @GET
  @Path("{userId}/history")
  @Operation(summary = "Every version of a user record, oldest first (no password hashes)")
  public List<RecordVersion> history(
      @PathParam("userId") long userId, @Context SecurityContext security) {
    return accounts.history(RequestSecurityContext.actorOf(security), userId);
  }

  private static EntityTag etagValue(StoredUser user) {
    return new EntityTag("v" + user.version());
  }
}
