package org.sightline.server.http;

import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.auth.TokenAuthenticator;

/**
 * Authenticates every API request. No {@code Authorization} header: the request is anonymous
 * (what it may reach is up to {@link AccessPolicyFeature}). A header that is not a valid, unexpired,
 * unrevoked bearer token: 401 at once, even on public endpoints, so a client never mistakes a dead
 * token for anonymous access.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BearerTokenFilter implements ContainerRequestFilter {
  static final String CHALLENGE = "Bearer realm=\"sightline\"";
  private final TokenAuthenticator authenticator;

  public BearerTokenFilter(TokenAuthenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      request.setSecurityContext(new RequestSecurityContext(null, secure));
      return;
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      request.abortWith(unauthorized("Authorization must be 'Bearer <token>'"));
      return;
    }
    Optional<SightlineUser> user = authenticator.authenticate(header.substring(7).strip());
    if (user.isEmpty()) {
      request.abortWith(unauthorized("the bearer token is unknown, expired or revoked; log in again"));
      return;
    }
    request.setSecurityContext(new RequestSecurityContext(user.get(), secure));
  }

  static Response unauthorized(String message) {
    return Response.status(Response.Status.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorMessage(401, message))
        .build();
  }
}
