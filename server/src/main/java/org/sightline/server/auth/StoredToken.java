package org.sightline.server.auth;

import java.time.Instant;

/**
 * A row of {@code auth_token} without its hash.
 *
 * @param kind {@code session} (password login) or {@code api} (scripts)
 * @param shownPrefix the token's first characters, to tell tokens apart
 */
public record StoredToken(
    long id,
    long userId,
    String username,
    String kind,
    String shownPrefix,
    String label,
    Instant createdAt,
    String createdBy,
    Instant expiresAt,
    Instant revokedAt,
    String revokedBy,
    String revocationReason) {

  public boolean activeAt(Instant now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }
}
