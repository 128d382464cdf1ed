package org.sightline.server.auth;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The global limit on password checks, whatever the username or address (a flood from many
 * addresses passes the per-username and per-address {@link LoginThrottle}): at most {@code
 * maxLoginsPerSecond} attempts a second (a token bucket holding one second's worth, refilled from
 * the clock), and at most {@code maxConcurrentPasswordChecks} at once, an attempt waiting up to
 * {@code passwordCheckWait} for its turn. Entered before a database connection is taken, so a flood
 * holds at most that many of the pool's connections and processors (Argon2 costs one processor for
 * tens of milliseconds). A refused attempt is a {@link LoginRefusedException#busy}: nothing is read
 * or recorded for it. Thread-safe.
 */
public final class LoginGate {
  /** What a caller refused here is told to wait. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  private final int maxConcurrent;
  private final Semaphore checks;
  private final Duration wait;
  private final double perSecond;
  private final Clock clock;
  private final Meter refused;

  /** Attempts the bucket holds now: at most one second's worth, and at least room for one. */
  private double tokens;

  private long refilledAtMillis;

  /**
   * @param maxConcurrent password checks at once
   * @param wait how long an attempt waits for one of them
   * @param perSecond attempts admitted a second, on average
   * @param clock refills the bucket
   * @param refused counts the refused attempts
   */
  public LoginGate(int maxConcurrent, Duration wait, double perSecond, Clock clock, Meter refused) {
    if (maxConcurrent < 1 || perSecond <= 0) {
      throw new IllegalArgumentException("the login gate needs at least one check a second");
    }
    this.maxConcurrent = maxConcurrent;
    this.checks = new Semaphore(maxConcurrent, true);
    this.wait = wait;
    this.perSecond = perSecond;
    this.clock = clock;
    this.refused = refused;
    this.tokens = capacity();
    this.refilledAtMillis = clock.millis();
  }

  /**
   * As configured, with its metrics: the meter {@code org.sightline.server.auth.LoginGate.refused}
   * (attempts refused here) and the gauge {@code
   * org.sightline.server.auth.LoginGate.checks-running}.
   */
  public static LoginGate of(AuthConfiguration config, Clock clock, MetricRegistry metrics) {
    LoginGate gate =
        new LoginGate(
            config.maxConcurrentPasswordChecks(),
            config.passwordCheckWait(),
            config.maxLoginsPerSecond(),
            clock,
            metrics.meter(MetricRegistry.name(LoginGate.class, "refused")));
    metrics.registerGauge(
        MetricRegistry.name(LoginGate.class, "checks-running"), gate::checksRunning);
    return gate;
  }

  /** Password checks running now. */
  public int checksRunning() {
    return maxConcurrent - checks.availablePermits();
  }

  /**
   * Runs {@code check} once admitted, and lets the next one in when it returns or throws.
   *
   * @throws LoginRefusedException (busy) when the rate is spent, or no check frees up in time
   */
  public <T> T admit(Supplier<T> check) throws LoginRefusedException {
    enter();
    try {
      return check.get();
    } finally {
      checks.release();
    }
  }

  /** Takes a token and a check, or refuses. */
  void enter() throws LoginRefusedException {
    if (!takeToken()) {
      refused.mark();
      throw LoginRefusedException.busy(RETRY_AFTER);
    }
    boolean admitted;
    try {
      admitted = checks.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      refused.mark();
      throw LoginRefusedException.busy(RETRY_AFTER);
    }
  }

  /** Gives back the check {@link #enter} took. */
  void leave() {
    checks.release();
  }

  /** One second's worth, and at least one attempt. */
  private double capacity() {
    return Math.max(1, perSecond);
  }

  private synchronized boolean takeToken() {
    long now = clock.millis();
    // A clock set back refills nothing, and takes nothing away.
    long elapsed = Math.max(0, now - refilledAtMillis);
    refilledAtMillis = Math.max(now, refilledAtMillis);
    tokens = Math.min(capacity(), tokens + elapsed * perSecond / 1000.0);
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }
}
