package org.sightline.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer token strings: {@code slt_} followed by 43 base64url characters (256 random bits). Tokens
 * are stored only as their SHA-256 (hex): with 256 bits of entropy a fast hash is enough, and
 * lookup stays one indexed equality. Thread-safe.
 */
public final class BearerTokens {
  public static final String PREFIX = "slt_";

  /** How many leading characters of a token are kept in clear, to tell tokens apart. */
  public static final int SHOWN_CHARS = 10;

  private static final SecureRandom RANDOM = new SecureRandom();

  private BearerTokens() {}

  public static String generate() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /** Whether {@code token} has the shape of a Sightline token (checked before any lookup). */
  public static boolean wellFormed(String token) {
    return token != null
        && token.length() == PREFIX.length() + 43
        && token.startsWith(PREFIX)
        && token.substring(PREFIX.length()).matches("[A-Za-z0-9_-]{43}");
  }

  public static String sha256Hex(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  public static String shownPrefix(String token) {
    return token.substring(0, SHOWN_CHARS);
  }
}
