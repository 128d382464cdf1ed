package org.sightline.server.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Refuses logins for a username after {@code maxFailuresPerUsername} failures within the window
 * (counted since its last success), and from an address after {@code maxFailuresPerAddress}, until
 * the oldest counted failure leaves the window. Refused attempts are not counted, so a throttled
 * attacker cannot extend the lock-out forever. Kept in the database, so it holds across restarts
 * and servers. Thread-safe; stateless.
 */
public final class LoginThrottle {
  private final int maxPerUsername;
  private final int maxPerAddress;
  private final Duration window;

  public LoginThrottle(AuthConfiguration config) {
    this(
        config.maxFailuresPerUsername(),
        config.maxFailuresPerAddress(),
        config.loginThrottleWindow());
  }

  public LoginThrottle(int maxPerUsername, int maxPerAddress, Duration window) {
    this.maxPerUsername = maxPerUsername;
    this.maxPerAddress = maxPerAddress;
    this.window = window;
  }

  /**
   * How long {@code username} from {@code remoteAddress} must wait, or empty when it may try now.
   */
  public Optional<Duration> waitBeforeAttempt(
      Handle handle, String username, String remoteAddress, Instant now) {
    LoginAttemptDao attempts = handle.attach(LoginAttemptDao.class);
    OffsetDateTime since = now.minus(window).atOffset(ZoneOffset.UTC);
    Optional<OffsetDateTime> byName =
        attempts.nthRecentFailureForUsername(username, since, maxPerUsername);
    Optional<OffsetDateTime> byAddress =
        remoteAddress == null
            ? Optional.empty()
            : attempts.nthRecentFailureFromAddress(remoteAddress, since, maxPerAddress);
    Instant until = null;
    for (Optional<OffsetDateTime> failure : List.of(byName, byAddress)) {
      if (failure.isPresent()) {
        Instant liftedAt = failure.get().toInstant().plus(window);
        until = until == null || liftedAt.isAfter(until) ? liftedAt : until;
      }
    }
    if (until == null || !until.isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, until));
  }
}
