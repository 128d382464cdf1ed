package org.sightline.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.auth.TokenAuthenticator;
import org.sightline.server.errors.DomainExceptionMapper;
import org.sightline.server.errors.UnauthenticatedException;

/**
 * Authenticates every API request. No {@code Authorization} header: the request is anonymous (what
 * it may reach is up to {@link AccessPolicyFeature}). A header that is not a valid, unexpired,
 * unrevoked bearer token: refused (unauthenticated, 401) at once, even on public endpoints, so a
 * client never mistakes a dead token for anonymous access.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BearerTokenFilter implements ContainerRequestFilter {
  private static final DomainExceptionMapper ERRORS = new DomainExceptionMapper();
  private final TokenAuthenticator authenticator;

  public BearerTokenFilter(TokenAuthenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    boolean secure =
        request.getSecurityContext() != null && request.getSecurityContext().isSecure();
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
      request.abortWith(
          unauthorized("the bearer token is unknown, expired or revoked; log in again"));
      return;
    }
    request.setSecurityContext(new RequestSecurityContext(user.get(), secure));
  }

  /** The answer to a request without valid credentials, as every refusal: from the one mapper. */
  static Response unauthorized(String message) {
    return ERRORS.toResponse(new UnauthenticatedException(message));
  }
}
