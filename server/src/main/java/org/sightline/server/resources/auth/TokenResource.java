package org.sightline.server.resources.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import org.sightline.server.auth.ApiTokens;
import org.sightline.server.auth.Authenticated;
import org.sightline.server.auth.IssuedToken;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.http.RequestSecurityContext;

/**
 * {@code /api/tokens}: long-lived API tokens for scripts. Any logged-in user manages their own; an
 * admin may name another user. The token itself is shown once, in the answer to its creation.
 */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TokenResource {
  private final ApiTokens tokens;

  public TokenResource(ApiTokens tokens) {
    this.tokens = tokens;
  }

  /** Creation body: all optional. */
  public record NewToken(String label, Integer expiresInDays, String username) {}

  /** Revocation body: optional. */
  public record Revocation(String reason) {}

  @GET
  @Operation(summary = "Your API and session tokens (an admin may ask for another user's)")
  public List<TokenView> list(
      @QueryParam("username") String username, @Context SecurityContext security) {
    return tokens.list(RequestSecurityContext.requireUser(security), username).stream()
        .map(TokenView::of)
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create an API token",
      description = "The answer holds the token; it is never shown again.")
  @ApiResponse(
      responseCode = "201",
      description = "Created: the token (shown only now)",
      content = @Content(schema = @Schema(implementation = IssuedToken.class)))
  public Response create(
      NewToken request, @Context SecurityContext security, @Context UriInfo uri) {
    NewToken body = request == null ? new NewToken(null, null, null) : request;
    Duration ttl = null;
    if (body.expiresInDays() != null) {
      if (body.expiresInDays() < 1) {
        throw new InvalidInputException(
            "expiresInDays must be at least 1, got " + body.expiresInDays());
      }
      ttl = Duration.ofDays(body.expiresInDays());
    }
    SightlineUser caller = RequestSecurityContext.requireUser(security);
    IssuedToken token =
        tokens.create(
            caller, RequestSecurityContext.actorOf(security), body.username(), body.label(), ttl);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(token.id())).build())
        .entity(token)
        .build();
  }

  @POST
  @Path("{tokenId}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revoke a token",
      description = "Yours, or anyone's for an admin. Effective at once.")
  public TokenView revoke(
      @PathParam("tokenId") long tokenId,
      Revocation revocation,
      @Context SecurityContext security) {
    return TokenView.of(
        tokens.revoke(
            RequestSecurityContext.requireUser(security),
            RequestSecurityContext.actorOf(security),
            tokenId,
            revocation == null ? null : revocation.reason()));
  }
}
