package org.sightline.server.resources.users;

import java.time.Instant;
import java.util.List;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.StoredUser;

/** A user as the API shows it: never the password hash. */
public record UserView(
    long id,
    String username,
    String displayName,
    List<String> roles,
    boolean active,
    Instant createdAt,
    String createdBy,
    Instant passwordChangedAt,
    boolean hasPassword,
    int version,
    Instant deactivatedAt,
    String deactivatedBy,
    String deactivationReason) {

  public static UserView of(StoredUser user) {
    return new UserView(
        user.id(),
        user.username(),
        user.displayName(),
        user.roles().stream().sorted().map(Role::code).toList(),
        user.active(),
        user.createdAt(),
        user.createdBy(),
        user.passwordChangedAt(),
        user.passwordHash() != null,
        user.version(),
        user.deactivatedAt(),
        user.deactivatedBy(),
        user.deactivationReason());
  }
}
