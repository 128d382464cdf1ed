package org.sightline.server.auth;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

/**
 * Hashes passwords with Argon2id (OWASP's parameters: 19 MiB, 2 iterations, 1 lane, 32-byte output)
 * into the PHC string format, which carries its own salt and parameters, so old hashes still verify
 * if the parameters are raised later. Passwords are never logged or stored. Thread-safe.
 */
public final class PasswordHasher {
  private static final int MEMORY_KIB = 19_456;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int OUTPUT_BYTES = 32;

  private final Argon2Function argon2 =
      Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, OUTPUT_BYTES, Argon2.ID);

  /** Checked against when a username is unknown, so that its timing does not reveal that. */
  private final String decoyHash = hash("decoy password that matches nothing");

  /** A PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) with a fresh random salt. */
  public String hash(String password) {
    return argon2.hash(password).getResult();
  }

  /**
   * Whether {@code password} matches {@code phcHash}; a null hash (no password set) never matches.
   */
  public boolean matches(String password, String phcHash) {
    if (phcHash == null) {
      Argon2Function.getInstanceFromHash(decoyHash).check(password, decoyHash);
      return false;
    }
    return Argon2Function.getInstanceFromHash(phcHash).check(password, phcHash);
  }

  /** Spends the time of one check, for unknown usernames. */
  public void spendCheckTime(String password) {
    matches(password, null);
  }
}
