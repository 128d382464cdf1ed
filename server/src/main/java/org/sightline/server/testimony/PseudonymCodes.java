package org.sightline.server.testimony;

import java.security.SecureRandom;

/**
 * Random pseudonymous codes for witnesses, {@code W-} and six Crockford base-32 characters (about a
 * billion codes): random rather than sequential, so a code says nothing about when or in what order
 * a witness was recorded. Thread-safe.
 */
final class PseudonymCodes {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private PseudonymCodes() {}

  static String next() {
    StringBuilder code = new StringBuilder("W-");
    for (int i = 0; i < 6; i++) {
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }
}
