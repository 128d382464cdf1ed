package org.sightline.server.auth;

import java.security.Principal;
import java.util.Set;

/**
 * An authenticated user, as the request's principal.
 *
 * @param id the user's id ({@code app_user.id})
 * @param username lowercase login name, unique forever (users are deactivated, never deleted)
 * @param roles the roles held now
 * @param tokenId the id of the bearer token that authenticated this request
 */
public record SightlineUser(long id, String username, Set<Role> roles, long tokenId)
    implements Principal {
  public SightlineUser {
    roles = Set.copyOf(roles);
  }

  @Override
  public String getName() {
    return username;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
