package org.sightline.server.http;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.sightline.server.audit.Actor;
import org.sightline.server.auth.SightlineUser;

/** The request's security context: the authenticated {@link SightlineUser}, or none (anonymous). */
public final class RequestSecurityContext implements SecurityContext {
  private final SightlineUser user;
  private final boolean secure;

  public RequestSecurityContext(SightlineUser user, boolean secure) {
    this.user = user;
    this.secure = secure;
  }

  @Override
  public Principal getUserPrincipal() {
    return user;
  }

  @Override
  public boolean isUserInRole(String role) {
    return user != null && user.roles().stream().anyMatch(r -> r.code().equals(role));
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return user == null ? null : "Bearer";
  }

  /** The user of a request, or null for anonymous. */
  public static SightlineUser userOf(SecurityContext context) {
    return context != null && context.getUserPrincipal() instanceof SightlineUser user
        ? user
        : null;
  }

  /** The user of a request that an access rule already required to be authenticated. */
  public static SightlineUser requireUser(SecurityContext context) {
    SightlineUser user = userOf(context);
    if (user == null) {
      throw new IllegalStateException(
          "an endpoint that needs a user was reached anonymously: check its access rule");
    }
    return user;
  }

  public static Actor actorOf(SecurityContext context) {
    return Actor.of(userOf(context));
  }
}
