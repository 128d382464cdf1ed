package org.sightline.server.auth;

import java.time.Duration;

/**
 * A login that did not succeed: wrong credentials, too many recent failures (for this username or
 * address), or too many logins at once on the whole server ({@link LoginGate}).
 */
public final class LoginRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  private LoginRefusedException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** Deliberately the same for an unknown user, a wrong password and a deactivated user. */
  public static LoginRefusedException invalidCredentials() {
    return new LoginRefusedException("username or password is wrong", null);
  }

  public static LoginRefusedException throttled(Duration retryAfter) {
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    return new LoginRefusedException(
        "too many failed logins; try again in " + seconds + " s", Duration.ofSeconds(seconds));
  }

  /** The server checks as many passwords as it may right now ({@link LoginGate}). */
  public static LoginRefusedException busy(Duration retryAfter) {
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    return new LoginRefusedException(
        "the server is checking too many logins at once; try again in " + seconds + " s",
        Duration.ofSeconds(seconds));
  }

  /** Set when throttled or busy: how long to wait. */
  public Duration retryAfter() {
    return retryAfter;
  }

  public boolean throttled() {
    return retryAfter != null;
  }
}
