package org.sightline.server.auth;

import java.util.Locale;

/** What a new password must be: 12 to 256 characters, not all the same, not the username. */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 256;

  private PasswordPolicy() {}

  /**
   * @throws IllegalArgumentException saying what is wrong (never echoing the password)
   */
  public static void check(String username, String password) {
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("password is required");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "password must have at least " + MIN_LENGTH + " characters, it has " + length);
    }
    if (length > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "password must have at most " + MAX_LENGTH + " characters, it has " + length);
    }
    if (password.codePoints().distinct().count() < 4) {
      throw new IllegalArgumentException("password must use at least 4 different characters");
    }
    if (username != null
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("password must not contain the username");
    }
  }
}
