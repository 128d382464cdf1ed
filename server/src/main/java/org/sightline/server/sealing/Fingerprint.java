package org.sightline.server.sealing;

import java.util.regex.Pattern;

/**
 * One keyed fingerprint of a witness identity: its kind and the HMAC-SHA256 PRF output (32 bytes)
 * over the kind and the normalised detail, as unpadded base64url (43 characters). Equal values of
 * one kind mean equal normalised details under the same key; without the key, a value reveals
 * nothing of the detail.
 *
 * @param kind what the fingerprint is made of
 * @param value the keyed hash, base64url without padding
 */
public record Fingerprint(FingerprintKind kind, String value) {
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");

  public Fingerprint {
    if (kind == null) {
      throw new IllegalArgumentException("kind must not be null");
    }
    if (value == null || !VALUE.matcher(value).matches()) {
      throw new IllegalArgumentException("a fingerprint is 43 base64url characters");
    }
  }

  /** Whether sharing this fingerprint makes two identities one person. */
  public boolean strong() {
    return kind.strong();
  }
}
