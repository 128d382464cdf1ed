package org.sightline.server.errors;

import java.time.Duration;

/**
 * Too many recent failed attempts (logins); the caller may try again after {@link #retryAfter()}.
 */
public class TooManyAttemptsException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public TooManyAttemptsException(String message, Duration retryAfter) {
    super(ErrorKind.TOO_MANY_ATTEMPTS, message);
    this.retryAfter = retryAfter;
  }

  /** How long to wait, whole seconds. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
