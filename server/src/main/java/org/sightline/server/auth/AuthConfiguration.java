package org.sightline.server.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * The {@code auth} section of the configuration: token lifetimes, login throttling (per username
 * and address: {@link LoginThrottle}) and the global limit on password checks ({@link LoginGate}).
 */
public class AuthConfiguration {
  /** How long a token from a password login lasts. */
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MINUTES)
  @JsonProperty
  private Duration sessionTtl = Duration.hours(12);

  /** Lifetime of an API token when its creator names none. */
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MINUTES)
  @JsonProperty
  private Duration apiTokenDefaultTtl = Duration.days(90);

  /** The longest lifetime an API token may be given. */
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MINUTES)
  @JsonProperty
  private Duration apiTokenMaxTtl = Duration.days(366);

  /**
   * Failed logins for one username within {@link #loginThrottleWindow} before it is refused for a
   * while.
   */
  @Min(1)
  @Max(1000)
  @JsonProperty
  private int maxFailuresPerUsername = 5;

  /**
   * Failed logins from one address within the window before that address is refused for a while.
   */
  @Min(1)
  @Max(100_000)
  @JsonProperty
  private int maxFailuresPerAddress = 20;

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  @JsonProperty
  private Duration loginThrottleWindow = Duration.minutes(15);

  /**
   * Password checks (logins and password changes) running at once on the whole server, whatever the
   * username or address; 0: one per processor. More wait, up to {@link #passwordCheckWait}.
   */
  @Min(0)
  @Max(1000)
  @JsonProperty
  private int maxConcurrentPasswordChecks = 0;

  /** How long a login waits for a password check to free up before it is refused (429). */
  @NotNull
  @MinDuration(value = 0, unit = TimeUnit.MILLISECONDS)
  @MaxDuration(value = 1, unit = TimeUnit.MINUTES)
  @JsonProperty
  private Duration passwordCheckWait = Duration.seconds(2);

  /**
   * Login attempts admitted a second on the whole server (up to one second's worth at once); more
   * are refused (429) before any work is done.
   */
  @DecimalMin("0.1")
  @DecimalMax("100000")
  @JsonProperty
  private double maxLoginsPerSecond = 20;

  /**
   * On a start with no users at all, create user {@code admin} with a random password and print it
   * once.
   */
  @JsonProperty private boolean createFirstAdmin = true;

  public java.time.Duration sessionTtl() {
    return sessionTtl.toJavaDuration();
  }

  public java.time.Duration apiTokenDefaultTtl() {
    return apiTokenDefaultTtl.toJavaDuration();
  }

  public java.time.Duration apiTokenMaxTtl() {
    return apiTokenMaxTtl.toJavaDuration();
  }

  public int maxFailuresPerUsername() {
    return maxFailuresPerUsername;
  }

  public int maxFailuresPerAddress() {
    return maxFailuresPerAddress;
  }

  public java.time.Duration loginThrottleWindow() {
    return loginThrottleWindow.toJavaDuration();
  }

  /** As configured, or the number of processors for 0. */
  public int maxConcurrentPasswordChecks() {
    return maxConcurrentPasswordChecks > 0
        ? maxConcurrentPasswordChecks
        : Runtime.getRuntime().availableProcessors();
  }

  public java.time.Duration passwordCheckWait() {
    return passwordCheckWait.toJavaDuration();
  }

  public double maxLoginsPerSecond() {
    return maxLoginsPerSecond;
  }

  public boolean createFirstAdmin() {
    return createFirstAdmin;
  }
}
