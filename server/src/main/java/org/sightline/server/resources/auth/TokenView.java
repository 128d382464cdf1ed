package org.sightline.server.resources.auth;

import java.time.Instant;
import org.sightline.server.auth.StoredToken;

/** A token as listed: its shown prefix, never the token or its hash. */
public record TokenView(
    long id,
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

  public static TokenView of(StoredToken token) {
    return new TokenView(
        token.id(),
        token.username(),
        token.kind(),
        token.shownPrefix(),
        token.label(),
        token.createdAt(),
        token.createdBy(),
        token.expiresAt(),
        token.revokedAt(),
        token.revokedBy(),
        token.revocationReason());
  }
}
