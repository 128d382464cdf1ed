package org.sightline.server.auth;

import java.time.Instant;
import java.util.Set;

/**
 * A row of {@code app_user}, including its password hash: it stays on the server side. {@link
 * org.sightline.server.resources.users.UserView} is what the API shows.
 */
public record StoredUser(
    long id,
    String username,
    String displayName,
    String passwordHash,
    Set<Role> roles,
    Instant createdAt,
    String createdBy,
    Instant passwordChangedAt,
    int version,
    Instant deactivatedAt,
    String deactivatedBy,
    String deactivationReason) {

  public StoredUser {
    roles = Set.copyOf(roles);
  }

  public boolean active() {
    return deactivatedAt == null;
  }
}
