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
    return jdbi.withExtension(
        TokenDao.class,
        tokens -> tokens.findActiveUser(hash, clock.instant().atOffset(ZoneOffset.UTC)));
  }
}
