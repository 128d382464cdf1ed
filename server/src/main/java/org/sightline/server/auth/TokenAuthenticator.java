package org.sightline.server.auth;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Turns a bearer token into the user it belongs to, if the token is well formed, known, neither
 * expired nor revoked, and its user is active. Roles are read afresh on every request, so a role
 * change or deactivation takes effect at once. Thread-safe.
 */
public final class TokenAuthenticator {
  private final Jdbi jdbi;
  private final Clock clock;

  public TokenAuthenticator(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  public Optional<SightlineUser> authenticate(String token) {
    if (!BearerTokens.wellFormed(token)) {
      return Optional.empty();
    }
    String hash = BearerTokens.sha256Hex(token);
    // One indexed lookup (auth_token.token_hash is unique) joined to the user's current roles.
    return jdbi.withHandle(handle -> handle.createQuery("""
            SELECT t.id AS token_id, u.id, u.username, u.roles
              FROM auth_token t JOIN app_user u ON u.id = t.user_id
             WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now
               AND u.deactivated_at IS NULL""")
        .bind("hash", hash)
        .bind("now", clock.instant().atOffset(ZoneOffset.UTC))
        .map((rs, ctx) -> new SightlineUser(rs.getLong("id"), rs.getString("username"), StoredUserMapper.roles(rs),
            rs.getLong("token_id")))
        .findOne());
  }
}
