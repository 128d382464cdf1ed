package org.sightline.server.resources.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Locale;
import org.sightline.server.auth.Authenticated;
import org.sightline.server.auth.IssuedToken;
import org.sightline.server.auth.LoginRefusedException;
import org.sightline.server.auth.LoginService;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.auth.UserAccounts;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.TooManyAttemptsException;
import org.sightline.server.errors.UnauthenticatedException;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.resources.users.UserView;

/**
 * {@code /api/auth}: password login (a session token), logout (revokes the token used), who am I,
 * and changing one's own password.
 */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
  private final LoginService logins;
  private final UserAccounts accounts;

  public AuthResource(LoginService logins, UserAccounts accounts) {
    this.logins = logins;
    this.accounts = accounts;
  }

  /** Login body. */
  public record Credentials(String username, String password) {}

  /** A new session. */
  public record Session(String token, String tokenType, Instant expiresAt, UserView user) {}

  /** Password change body. */
  public record PasswordChange(String currentPassword, String newPassword) {}

  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(
      summary = "Log in with username and password",
      description =
          "Returns a session bearer token. 401 for wrong credentials, 429 with Retry-After after"
              + " repeated failures, or while the server checks as many logins as it may at once"
              + " (auth.maxConcurrentPasswordChecks, auth.maxLoginsPerSecond).")
  @ApiResponse(
      responseCode = "200",
      description = "Logged in: the session token and the user",
      content = @Content(schema = @Schema(implementation = Session.class)))
  @ApiResponse(
      responseCode = "429",
      description =
          "Too many failed attempts for this username or from this address, or too many logins"
              + " at once on the server; Retry-After says when to try again")
  public Session login(Credentials credentials, @Context HttpServletRequest request) {
    if (credentials == null || credentials.username() == null || credentials.password() == null) {
      throw new InvalidInputException(
          "the body must be {\"username\": \"...\", \"password\": \"...\"}");
    }
    try {
      IssuedToken token =
          logins.login(credentials.username(), credentials.password(), request.getRemoteAddr());
      String name = credentials.username().strip().toLowerCase(Locale.ROOT);
      return new Session(
          token.token(),
          "Bearer",
          token.expiresAt(),
          UserView.of(accounts.findByUsername(name).orElseThrow()));
    } catch (LoginRefusedException e) {
      if (e.throttled()) {
        throw new TooManyAttemptsException(e.getMessage(), e.retryAfter());
      }
      throw new UnauthenticatedException(e.getMessage());
    }
  }

  @POST
  @Path("logout")
  @Authenticated
  @Operation(summary = "Log out", description = "Revokes the token this request was made with.")
  @ApiResponse(responseCode = "204", description = "Logged out; the token is revoked")
  public Response logout(@Context SecurityContext security) {
    logins.logout(RequestSecurityContext.requireUser(security));
    return Response.noContent().build();
  }

  @GET
  @Path("me")
  @Authenticated
  @Operation(summary = "The logged-in user and their roles")
  public UserView me(@Context SecurityContext security) {
    return UserView.of(accounts.get(RequestSecurityContext.requireUser(security).id()));
  }

  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Authenticated
  @Operation(
      summary = "Change your own password",
      description =
          "Needs the current password, checked like a login: a wrong one is 400 and counts as a"
              + " failed login; 429 with Retry-After after repeated failures, even with the right"
              + " one. Revokes your other tokens, keeps this one.")
  @ApiResponse(responseCode = "204", description = "Changed")
  @ApiResponse(
      responseCode = "429",
      description =
          "Too many failed attempts (wrong current passwords count as failed logins); Retry-After"
              + " says when to try again")
  public Response changePassword(
      PasswordChange change,
      @Context SecurityContext security,
      @Context HttpServletRequest request) {
    if (change == null) {
      throw new InvalidInputException(
          "the body must be {\"currentPassword\": \"...\", \"newPassword\": \"...\"}");
    }
    SightlineUser user = RequestSecurityContext.requireUser(security);
    try {
      logins.changeOwnPassword(
          user, change.currentPassword(), change.newPassword(), request.getRemoteAddr());
    } catch (LoginRefusedException e) {
      throw new TooManyAttemptsException(e.getMessage(), e.retryAfter());
    }
    return Response.noContent().build();
  }
}
