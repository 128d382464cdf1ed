package org.sightline.server.auth;

import java.time.Duration;

/** A login that did not succeed: wrong credentials, or too many recent failures. */
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

  /** Set when throttled: how long to wait. */
  public Duration retryAfter() {
    return retryAfter;
  }

  public boolean throttled() {
    return retryAfter != null;
  }
}
