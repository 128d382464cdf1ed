package org.sightline.server.audit;

import org.sightline.server.auth.SightlineUser;

/**
 * Who does something, as the audit trail and history record it: {@code user:<username>}, {@code
 * system:<component>} or {@code anonymous}. Usernames are unique forever (users are never deleted),
 * so the name identifies the person for good.
 */
public record Actor(String name) {
  public static final Actor ANONYMOUS = new Actor("anonymous");

  public Actor {
    if (name == null
        || name.isBlank()
        || name.chars().anyMatch(Character::isISOControl)
        || name.length() > 200) {
      throw new IllegalArgumentException(
          "an actor is a non-blank name without control characters, at most 200 long");
    }
  }

  public static Actor of(SightlineUser user) {
    return user == null ? ANONYMOUS : new Actor("user:" + user.username());
  }

  /** A part of Sightline acting on its own, e.g. {@code system(\"sample-data\")} or a command. */
  public static Actor system(String component) {
    return new Actor("system:" + component);
  }
}
