package org.sightline.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.text.DisplayText;

/**
 * Creates bearer tokens: short-lived {@code session} tokens for password logins and long-lived
 * {@code api} tokens for scripts. Only hashes are stored. Thread-safe.
 */
public final class TokenIssuer {
  public static final String SESSION = "session";
  public static final String API = "api";

  private final Clock clock;
  private final AuthConfiguration config;

  public TokenIssuer(Clock clock, AuthConfiguration config) {
    this.clock = clock;
    this.config = config;
  }

  public IssuedToken issueSession(Handle handle, long userId, String createdBy) {
    return issue(handle, userId, SESSION, null, config.sessionTtl(), createdBy);
  }

  /**
   * @param ttl how long the token lasts; null for the configured default
   * @throws IllegalArgumentException when {@code ttl} is not positive or exceeds the configured
   *     maximum
   */
  public IssuedToken issueApi(
      Handle handle, long userId, String label, Duration ttl, String createdBy) {
    Duration lifetime = ttl == null ? config.apiTokenDefaultTtl() : ttl;
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("a token's lifetime must be positive");
    }
    if (lifetime.compareTo(config.apiTokenMaxTtl()) > 0) {
      throw new IllegalArgumentException(
          "a token may last at most "
              + config.apiTokenMaxTtl().toDays()
              + " days; asked for "
              + lifetime.toDays());
    }
    if (label != null
        && (label.isBlank()
            || label.length() > 200
            || DisplayText.firstRefused(label, false).isPresent())) {
      throw new IllegalArgumentException(
          DisplayText.problem("label", label, false).orElse("label must be 1 to 200 characters"));
    }
    return issue(handle, userId, API, label, lifetime, createdBy);
  }

  private IssuedToken issue(
      Handle handle, long userId, String kind, String label, Duration ttl, String createdBy) {
    String token = BearerTokens.generate();
    Instant now = clock.instant();
    Instant expiresAt = now.plus(ttl);
    long id =
        handle
            .attach(TokenDao.class)
            .insert(
                new TokenDao.NewToken(
                    userId,
                    kind,
                    BearerTokens.sha256Hex(token),
                    BearerTokens.shownPrefix(token),
                    label,
                    now.atOffset(ZoneOffset.UTC),
                    createdBy,
                    expiresAt.atOffset(ZoneOffset.UTC)));
    return new IssuedToken(id, token, kind, label, expiresAt);
  }
}
