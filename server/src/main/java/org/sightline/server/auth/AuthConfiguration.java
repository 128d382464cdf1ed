package org.sightline.server.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/** The {@code auth} section of the configuration: token lifetimes and login throttling. */
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

  public boolean createFirstAdmin() {
    return createFirstAdmin;
  }
}
